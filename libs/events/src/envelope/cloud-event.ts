import { randomUUID } from 'node:crypto';

/** A CloudEvents 1.0 event with a JSON `data` payload. */
export interface CloudEvent<Data = unknown> {
  specversion: '1.0';
  /** Unique per event; consumers de-duplicate on it. */
  id: string;
  /** e.g. `org.plume.case.created.v1` */
  type: string;
  /** URI-reference of the producer, e.g. `/plume/cases` */
  source: string;
  /** The aggregate the event is about, e.g. `case/4f0c…` */
  subject?: string;
  /** RFC 3339 time the change happened. */
  time: string;
  datacontenttype: 'application/json';
  data: Data;
}

export interface NewCloudEvent<Data> {
  type: string;
  source: string;
  subject?: string;
  data: Data;
  id?: string;
  time?: Date;
}

export function createCloudEvent<Data>(event: NewCloudEvent<Data>): CloudEvent<Data> {
  return {
    specversion: '1.0',
    id: event.id ?? randomUUID(),
    type: event.type,
    source: event.source,
    subject: event.subject,
    time: (event.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    data: event.data,
  };
}
