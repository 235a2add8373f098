import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { kafkaEnvironment, loadEnvironment, z } from '@plume/config';
import { contractFor, createKafka, subscribeToEvents, Topic, type EventSubscription } from '@plume/events';
import { formatLine, matches } from './action-event-line';
import { RecentEventIds } from './recent-event-ids';
import { parseTailOptions, USAGE, UsageError } from './tail-options';

/**
 * The action stream for internal tools, as a command: a real consumer of plume.actions built on the
 * shared contracts (each event is checked against its contract before it is shown). It uses a consumer
 * group of its own per run, so it never takes partitions from another reader and needs no offsets.
 * Delivery is at least once: an event that comes again with a `ce_id` this run has already read is skipped.
 */
async function main(): Promise<void> {
  let options;
  try {
    options = parseTailOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const settings = loadEnvironment('actions-tail', z.object({ KAFKA_BROKERS: kafkaEnvironment.KAFKA_BROKERS, KAFKA_TOPIC_PREFIX: kafkaEnvironment.KAFKA_TOPIC_PREFIX }));
  const brokers = options.brokers ?? settings.KAFKA_BROKERS;
  const kafka = createKafka({ brokers, clientId: 'plume-actions-tail', topicPrefix: settings.KAFKA_TOPIC_PREFIX }, pino({ level: 'error' }, pino.destination(2)));
  let printed = 0;
  const seen = new RecentEventIds();
  // `finish` may be called from the message loop before subscribeToEvents has returned.
  const run: { done: boolean; subscription?: EventSubscription } = { done: false };
  const finish = async () => {
    run.done = true;
    if (!run.subscription) return;
    await run.subscription.stop();
    process.exit(0);
  };
  run.subscription = await subscribeToEvents(kafka, {
    topics: [Topic.Actions],
    groupId: `plume-actions-tail-${randomBytes(4).toString('hex')}`,
    fromBeginning: options.fromBeginning,
    onEvent: ({ event }) => {
      if (run.done || !seen.firstTime(event.id)) return;
      const contract = contractFor(event.type);
      const parsed = contract?.schema.safeParse(event.data);
      if (!contract || !parsed?.success) {
        console.error(`skipped ${event.id}: not a valid ${event.type} event`);
        return;
      }
      const checked = { ...event, data: parsed.data };
      if (!matches(checked, options)) return;
      console.log(formatLine(checked));
      printed += 1;
      if (options.max !== null && printed >= options.max) void finish();
    },
  });
  if (run.done) await finish();
  process.once('SIGINT', () => void finish());
  process.once('SIGTERM', () => void finish());
}

main().catch((error: Error) => {
  console.error(error.name === 'ConfigurationError' ? error.message : error);
  process.exit(1);
});
