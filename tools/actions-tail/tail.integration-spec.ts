import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { childProcessEnvironment } from '@plume/config';
import { ActionRecorded, createEventPublisher, createKafka, type EventData, type EventPublisher } from '@plume/events';
import { TEST_TOPIC_PREFIX, testKafkaBrokers, testKafkaConnection, testLogger } from '@plume/testing';

const ROOT = resolve(__dirname, '../..');
/** `ce_time`, the time a line starts with. */
const time = new Date('2020-11-20T09:00:00.000Z');

/** The command itself, as a person runs it, in this test file's topic namespace. */
async function tail(args: string[]): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [require.resolve('tsx/cli'), 'tools/actions-tail/tail.ts', ...args, '--brokers', (await testKafkaBrokers()).join(',')],
    { cwd: ROOT, timeout: 60_000, env: childProcessEnvironment({ KAFKA_TOPIC_PREFIX: TEST_TOPIC_PREFIX }) },
  );
  return stdout.trim().split('\n');
}

describe('the actions tail on the real broker', () => {
  let publisher: EventPublisher;
  beforeAll(async () => {
    publisher = await createEventPublisher(createKafka(await testKafkaConnection('actions-tail-test'), testLogger()));
  });
  afterAll(() => publisher?.stop());

  const recorded = (caseId: string, section: string, type: EventData<typeof ActionRecorded>['type']): EventData<typeof ActionRecorded> => ({
    actionId: randomUUID(),
    caseId,
    campaignId: null,
    section,
    supporterId: null,
    type,
    source: 'WEBSITE',
    quantity: 1,
    occurredAt: '2020-11-20T09:00:00.000Z',
    recordedAt: '2020-11-20T09:00:00.000Z',
    feedbackSubmissionId: null,
  });

  it('replays from the beginning, filters by case and section, and prints an event delivered twice once (same ce_id)', async () => {
    const caseId = randomUUID();
    const first = recorded(caseId, 'DZ', 'ONLINE_SIGNATURE');
    const [sent] = await publisher.publish(ActionRecorded, [{ aggregateId: caseId, time, data: first }]);
    // The same event again, as a relay re-sends after a crash, then events the filters keep or drop.
    const later = recorded(caseId, 'DZ', 'EMAIL');
    await publisher.publish(ActionRecorded, [
      { aggregateId: caseId, id: sent.id, time, data: first },
      { aggregateId: caseId, time, data: recorded(caseId, 'BE-FR', 'ONLINE_SIGNATURE') },
      { aggregateId: caseId, time, data: later },
    ]);
    const otherCase = randomUUID();
    await publisher.publish(ActionRecorded, [{ aggregateId: otherCase, time, data: recorded(otherCase, 'DZ', 'LETTER') }]);

    // Two lines wanted: printing the repeat would make them the same action twice.
    const lines = await tail(['--from-beginning', '--case', caseId, '--section', 'dz', '--max', '2']);
    expect(lines).toEqual([
      `2020-11-20T09:00:00.000Z action.recorded        case=${caseId} section=DZ type=ONLINE_SIGNATURE source=WEBSITE quantity=+1 action=${first.actionId}`,
      `2020-11-20T09:00:00.000Z action.recorded        case=${caseId} section=DZ type=EMAIL source=WEBSITE quantity=+1 action=${later.actionId}`,
    ]);
  });
});
