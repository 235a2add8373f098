import type { ActionRow } from './action-row';
import { Random, WeightedChoice } from './random';

/** What kinds of actions other than online signatures look like: how they arrive, how many each counts. */
export interface ActionKind {
  type: ActionRow['type'];
  sources: WeightedChoice<ActionRow['source']>;
  quantity: [number, number];
  /** Share recorded with the supporter's id (staff records of a known supporter). */
  withSupporter: number;
}

const kind = (type: ActionRow['type'], sources: [ActionRow['source'], number][], quantity: [number, number], withSupporter = 0): ActionKind => ({
  type,
  sources: new WeightedChoice(
    sources.map(([source]) => source),
    sources.map(([, weight]) => weight),
  ),
  quantity,
  withSupporter,
});

/** During a marathon, beside signatures: letters (single from the website, bundles from staff), paper petitions… */
export const MARATHON_KINDS = new WeightedChoice(
  [
    kind('LETTER', [['WEBSITE', 5], ['STAFF', 3], ['IMPORT', 2]], [1, 1]),
    kind('LETTER', [['STAFF', 3], ['IMPORT', 1]], [2, 20], 0.3),
    kind('EMAIL', [['WEBSITE', 1]], [1, 1]),
    kind('TWEET', [['WEBSITE', 1]], [1, 1]),
    kind('POSTCARD', [['STAFF', 1], ['EVENT', 1]], [1, 30]),
    kind('DRAWING', [['EVENT', 2], ['STAFF', 1]], [1, 10]),
    kind('PAPER_SIGNATURES', [['EVENT', 3], ['STAFF', 2]], [10, 500]),
    kind('EVENT', [['EVENT', 1]], [1, 1]),
    kind('OTHER', [['STAFF', 1]], [1, 1]),
  ],
  [25, 15, 18, 10, 10, 5, 12, 4, 1],
);

/** Individual at risk, beside questionnaire answers and signatures: staff records, events, emails. */
export const NETWORK_KINDS = new WeightedChoice(
  [
    kind('EMAIL', [['WEBSITE', 1]], [1, 1]),
    kind('LETTER', [['STAFF', 2], ['IMPORT', 1]], [1, 10], 0.5),
    kind('PAPER_SIGNATURES', [['EVENT', 1], ['STAFF', 1]], [10, 500]),
    kind('EVENT', [['EVENT', 1]], [1, 1]),
  ],
  [10, 8, 4, 3],
);

/** What a supporter reports in the monthly questionnaire for the case they adopted. */
export const QUESTIONNAIRE_TYPES = new WeightedChoice<ActionRow['type']>(['LETTER', 'EMAIL', 'POSTCARD', 'DRAWING'], [70, 15, 10, 5]);

export const quantityOf = (kind: ActionKind, random: Random) => random.integer(kind.quantity[0], kind.quantity[1]);
