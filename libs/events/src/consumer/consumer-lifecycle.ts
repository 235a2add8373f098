import type { Consumer } from 'kafkajs';
import type { Logger } from 'pino';
import { backoffDelay, Waiter } from '../backoff';
import type { Lifecycle } from '../lifecycle';

export interface ConsumerConnection {
  /**
   * Connects and starts consuming; throws when Kafka cannot be reached. Calls `watch` with the
   * consumer before `run()`, which is where the group is joined.
   */
  connectAndRun(watch: (consumer: Consumer) => void): Promise<void>;
  /** Releases whatever connectAndRun set up (also after it failed half-way). */
  disconnect(): Promise<void>;
}

/**
 * The lifecycle every consumer group of Plume shares: Kafka down when the service starts must not
 * stop the service from starting, so the consumer keeps trying in the background (once running,
 * kafkajs itself rides out broker outages); ready() is true while the consumer is in its group.
 */
export function consumerLifecycle(logger: Logger, connection: ConsumerConnection): Lifecycle {
  const waiter = new Waiter();
  let running = false;
  let joined = false;
  let connecting: Promise<void> | undefined;

  function watch(consumer: Consumer): void {
    consumer.on(consumer.events.GROUP_JOIN, () => {
      joined = true;
    });
    consumer.on(consumer.events.CRASH, () => {
      joined = false;
    });
  }

  async function disconnect(): Promise<void> {
    joined = false;
    await connection.disconnect();
  }

  return {
    async start() {
      if (running) return;
      running = true;
      connecting = (async () => {
        for (let failures = 1; running; failures += 1) {
          try {
            await connection.connectAndRun(watch);
            return;
          } catch (error) {
            await disconnect();
            if (failures === 1) logger.warn({ err: error }, 'consumer cannot reach Kafka yet; retrying in the background');
            await waiter.wait(backoffDelay(failures, 200, 5_000));
          }
        }
      })();
    },
    async stop() {
      running = false;
      waiter.wake();
      await connecting;
      await disconnect();
    },
    ready: () => joined,
  };
}
