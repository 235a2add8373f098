import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { BackgroundTask } from '@plume/server';
import { periodOf } from './feedback-period';
import { createMonthlyFeedbackRequests } from './monthly-feedback-requests';

/**
 * The monthly questionnaire job: at start and then every `intervalMs`, makes sure the current month's
 * requests exist (idempotent, so running often only catches adoptions started since the last run).
 * Several instances may run it at once: the unique index keeps one request per adoption and month.
 */
export function createMonthlyFeedbackJob(options: { dataSource: DataSource; logger: Logger; intervalMs: number }): BackgroundTask {
  const logger = options.logger.child({ component: 'monthly-feedback' });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let healthy = false;
  let stopped = true;

  async function runOnce(): Promise<void> {
    const period = periodOf(new Date());
    try {
      const created = await createMonthlyFeedbackRequests(options.dataSource, period);
      if (created > 0) logger.info({ period, created }, 'monthly feedback requests created');
      healthy = true;
    } catch (error) {
      healthy = false;
      logger.warn({ err: error, period }, 'monthly feedback requests could not be created; retrying at the next run');
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce().finally(schedule);
    }, options.intervalMs);
  }

  return {
    name: 'monthly-feedback',
    async start() {
      stopped = false;
      running = runOnce().finally(schedule);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    ready: () => healthy,
  };
}
