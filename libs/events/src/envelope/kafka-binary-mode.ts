import type { CloudEvent } from './cloud-event';

/**
 * CloudEvents Kafka protocol binding, binary content mode: attributes travel as `ce_*` headers, the
 * value is the JSON data itself, the key is the aggregate id so that Kafka keeps per-aggregate order.
 */
export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

export type KafkaHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

export class InvalidEnvelopeError extends Error {
  override name = 'InvalidEnvelopeError';
}

export function toKafkaRecord(event: CloudEvent, key: string): KafkaRecord {
  const headers: Record<string, string> = {
    ce_specversion: event.specversion,
    ce_id: event.id,
    ce_type: event.type,
    ce_source: event.source,
    ce_time: event.time,
    'content-type': event.datacontenttype,
  };
  if (event.subject) headers.ce_subject = event.subject;
  return { key, value: JSON.stringify(event.data), headers };
}

export function fromKafkaRecord(record: { value: Buffer | string | null; headers?: KafkaHeaders }): CloudEvent {
  const header = (name: string) => headerValue(record.headers, name);
  const specversion = header('ce_specversion');
  if (specversion !== '1.0') throw new InvalidEnvelopeError(`unsupported ce_specversion "${specversion ?? '(missing)'}"`);
  const id = required(header('ce_id'), 'ce_id');
  const type = required(header('ce_type'), 'ce_type');
  const source = required(header('ce_source'), 'ce_source');
  const time = required(header('ce_time'), 'ce_time');
  const contentType = header('content-type') ?? 'application/json';
  if (!contentType.startsWith('application/json')) throw new InvalidEnvelopeError(`unsupported content-type "${contentType}"`);
  if (record.value === null) throw new InvalidEnvelopeError('the message has no value');
  let data: unknown;
  try {
    data = JSON.parse(record.value.toString());
  } catch {
    throw new InvalidEnvelopeError('the message value is not valid JSON');
  }
  return { specversion: '1.0', id, type, source, time, subject: header('ce_subject'), datacontenttype: 'application/json', data };
}

function headerValue(headers: KafkaHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first === undefined ? undefined : first.toString();
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new InvalidEnvelopeError(`missing header ${name}`);
  return value;
}
