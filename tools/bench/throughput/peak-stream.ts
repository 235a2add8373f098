import { randomUUID } from 'node:crypto';
import type { ActionRow } from '../history/action-row';
import { marathonActions } from '../history/marathon-actions';
import { Random, WeightedChoice, zipfWeights } from '../history/random';
import { buildWorld } from '../history/world';

/**
 * The stream at a marathon's peak: `count` actions of one marathon's ten cases within the last hour,
 * through the 70 sections — online signatures of people signing several cases, letters, paper
 * petitions — in the order they were recorded, as the outbox relay publishes them.
 */
export function marathonPeak(count: number, seed: number): ActionRow[] {
  const random = new Random(seed);
  const world = buildWorld(random);
  const marathon = world.marathons[world.marathons.length - 1];
  const now = new Date();
  const supporters = Array.from({ length: 1_000 }, () => randomUUID());
  const rows = [
    ...marathonActions(
      {
        campaignId: marathon.campaign.id,
        cases: marathon.cases,
        sections: world.sections,
        count,
        window: { from: new Date(now.getTime() - 3_600_000), to: now },
        firstPerson: 0,
        supporters: new WeightedChoice(supporters, zipfWeights(supporters.length, 0.8)),
        consentTextVersion: `${now.getUTCFullYear()}-11`,
        now,
      },
      random,
    ),
  ];
  return rows.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
}
