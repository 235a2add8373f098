import { GraphQLError } from 'graphql';
import { ErrorCode } from '@plume/errors';

/** Seconds an analyst is told to wait before asking again for a report still being computed. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A report that takes longer than `limitMs` (the first one of its kind for a while: counting people over
 * millions of rows) is answered with a retryable SERVICE_UNAVAILABLE before the gateway's subgraph
 * timeout cuts it off with a vaguer one; the computation goes on and its answer waits in the report
 * cache, so asking again a few seconds later gets it. Only with the cache on: without it, asking again
 * would start again.
 */
export function withPatience<Answer>(answer: Promise<Answer>, limitMs: number): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const outOfPatience = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new GraphQLError(
            `This report is still being computed (it counts people over millions of actions). Ask again in ${RETRY_AFTER_SECONDS} seconds: the answer will be ready then.`,
            { extensions: { code: ErrorCode.ServiceUnavailable, retryAfter: RETRY_AFTER_SECONDS } },
          ),
        ),
      limitMs,
    );
  });
  // The answer settles on its own later; a rejection after we gave up is the cache's to forget.
  answer.catch(() => undefined);
  return Promise.race([answer, outOfPatience]).finally(() => clearTimeout(timer));
}
