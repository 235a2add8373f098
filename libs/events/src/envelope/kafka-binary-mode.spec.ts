import { createCloudEvent } from './cloud-event';
import { fromKafkaRecord, InvalidEnvelopeError, toKafkaRecord } from './kafka-binary-mode';

describe('CloudEvents Kafka binary mode', () => {
  const event = createCloudEvent({ type: 'org.plume.test.v1', source: '/plume/test', subject: 'case/1', data: { caseId: '1', count: 2 } });

  it('round-trips an event through headers and a JSON value', () => {
    const record = toKafkaRecord(event, '1');
    expect(record.key).toBe('1');
    expect(record.headers).toMatchObject({ ce_specversion: '1.0', ce_id: event.id, ce_type: 'org.plume.test.v1', 'content-type': 'application/json' });
    expect(JSON.parse(record.value)).toEqual({ caseId: '1', count: 2 });
    const headersAsBuffers = Object.fromEntries(Object.entries(record.headers).map(([k, v]) => [k, Buffer.from(v)]));
    expect(fromKafkaRecord({ value: Buffer.from(record.value), headers: headersAsBuffers })).toEqual(event);
  });

  it('refuses a message without CloudEvents headers', () => {
    expect(() => fromKafkaRecord({ value: '{}', headers: {} })).toThrow(InvalidEnvelopeError);
  });

  it('refuses a value that is not JSON', () => {
    const record = toKafkaRecord(event, '1');
    expect(() => fromKafkaRecord({ value: 'not json', headers: record.headers })).toThrow('the message value is not valid JSON');
  });
});
