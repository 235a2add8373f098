import { randomUUID } from 'node:crypto';
import type { ActionRow } from './action-row';
import { marathonActions } from './marathon-actions';
import { networkActions } from './network-actions';
import { Random, WeightedChoice, zipfWeights } from './random';
import { FIRST_MARATHON_YEAR, type World } from './world';

/** Of all action rows, the marathons' (the rest: the individual-at-risk networks). */
const MARATHON_SHARE = 0.78;
/** Each marathon a little bigger than the one before. */
const YEARLY_GROWTH = 0.12;
/** Signers of one marathon who sign the next one too. */
const RETURNING_SIGNERS = 0.3;
/** Questionnaire answers per adopter over the history (two years of monthly answers). */
const ANSWERS_PER_ADOPTER = 24;

const pool = (size: number) => new WeightedChoice(Array.from({ length: size }, () => randomUUID()), zipfWeights(size, 0.8));

/**
 * Ten years of actions, `total` rows: the marathons (20 November – 31 December, most around Human
 * Rights Day on 10 December), then the networks' actions spread over every month since January 2016.
 */
export function* historyRows(world: World, total: number, random: Random, now: Date): Generator<ActionRow, void> {
  const marathonTotal = Math.round(total * MARATHON_SHARE);
  const growth = world.marathons.map((_, index) => 1 + YEARLY_GROWTH * index);
  const sum = growth.reduce((a, b) => a + b, 0);
  const staffSupporters = pool(Math.max(200, Math.round(total / 100)));
  let firstPerson = 0;
  let signerPool = 1;
  let produced = 0;
  for (const [index, marathon] of world.marathons.entries()) {
    const year = FIRST_MARATHON_YEAR + index;
    const count = index === world.marathons.length - 1 ? marathonTotal - produced : Math.round((marathonTotal * growth[index]) / sum);
    produced += count;
    const signers: number = yield* marathonActions(
      {
        campaignId: marathon.campaign.id,
        cases: marathon.cases,
        sections: world.sections,
        count,
        window: { from: new Date(Date.UTC(year, 10, 20)), to: new Date(Date.UTC(year + 1, 0, 1)), peak: { at: new Date(Date.UTC(year, 11, 10, 12)), share: 0.6, spreadDays: 6 } },
        firstPerson,
        supporters: staffSupporters,
        consentTextVersion: `${year}-11`,
        now,
      },
      random,
    );
    signerPool = Math.max(signerPool, firstPerson + signers);
    firstPerson += Math.round(signers * (1 - RETURNING_SIGNERS));
  }

  const networkTotal = total - marathonTotal;
  const adoptersPerNetwork = Math.max(10, Math.round((networkTotal * 0.45) / ANSWERS_PER_ADOPTER / world.networks.length));
  yield* networkActions(
    {
      world,
      count: networkTotal,
      window: { from: new Date(Date.UTC(FIRST_MARATHON_YEAR, 0, 1)), to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) },
      adopters: new Map(world.networks.map((network) => [network.campaign.id, pool(adoptersPerNetwork)])),
      signerPool,
      now,
    },
    random,
  );
}
