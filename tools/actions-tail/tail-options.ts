import { ACTION_TYPES } from '@plume/events';

export interface TailOptions {
  /** Action types (LETTER, ONLINE_SIGNATURE…) and event types (action.recorded, org.plume.action.retracted.v1…). */
  types: string[];
  cases: string[];
  sections: string[];
  fromBeginning: boolean;
  /** Stop after printing this many lines. */
  max: number | null;
  brokers: string[] | null;
}

export const USAGE = `Tails the action events of plume.actions, one line each.

  npx tsx tools/actions-tail/tail.ts [options]

  --type T[,T…]       action type (LETTER, ONLINE_SIGNATURE, PAPER_SIGNATURES…) or event type
                      (action.recorded, action.retracted, feedback.submitted, case.milestone-reached)
  --case ID[,ID…]     case ids
  --section S[,S…]    section codes, e.g. BE-FR
  --from-beginning    replay the topic from its first event (default: from now on)
  --max N             exit after N lines
  --brokers H:P[,…]   Kafka brokers (default: KAFKA_BROKERS, else 127.0.0.1:9092)
  --help

Filters combine: an event is printed when it matches every filter given (any value of each).`;

export class UsageError extends Error {
  override name = 'UsageError';
}

const EVENT_TYPES = ['action.recorded', 'action.retracted', 'feedback.submitted', 'case.milestone-reached'];

/** Parses the command line; `--x a,b` and `--x a --x b` are the same. */
export function parseTailOptions(argv: string[]): TailOptions | 'help' {
  const options: TailOptions = { types: [], cases: [], sections: [], fromBeginning: false, max: null, brokers: null };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return next.split(',').map((part) => part.trim()).filter(Boolean);
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--type':
        options.types.push(...value().map(normaliseType));
        break;
      case '--case':
        options.cases.push(...value().map((id) => id.toLowerCase()));
        break;
      case '--section':
        options.sections.push(...value().map((code) => code.toUpperCase()));
        break;
      case '--from-beginning':
        options.fromBeginning = true;
        break;
      case '--max': {
        const max = Number(value()[0]);
        if (!Number.isInteger(max) || max < 1) throw new UsageError('--max needs a whole number of at least 1');
        options.max = max;
        break;
      }
      case '--brokers':
        options.brokers = value();
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  return options;
}

function normaliseType(type: string): string {
  if ((ACTION_TYPES as readonly string[]).includes(type.toUpperCase())) return type.toUpperCase();
  const short = type.replace(/^org\.plume\./, '').replace(/\.v1$/, '');
  if (EVENT_TYPES.includes(short)) return short;
  throw new UsageError(`unknown type ${type}: an action type (${ACTION_TYPES.join(', ')}) or an event type (${EVENT_TYPES.join(', ')})`);
}
