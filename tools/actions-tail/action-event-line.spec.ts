import { createCloudEvent } from '@plume/events';
import { formatLine, matches } from './action-event-line';
import { parseTailOptions } from './tail-options';

const caseId = '7c0e2a4e-1f3b-4c1e-9a39-1d1f6f1a2b3c';
const recorded = createCloudEvent({
  type: 'org.plume.action.recorded.v1',
  source: '/plume/actions',
  subject: `case/${caseId}`,
  time: new Date('2020-11-20T09:00:00Z'),
  data: { actionId: 'a1', caseId, campaignId: null, section: 'DZ', supporterId: null, type: 'ONLINE_SIGNATURE', source: 'WEBSITE', quantity: 1, occurredAt: '2020-11-20T09:00:00Z', recordedAt: '2020-11-20T09:00:00Z', feedbackSubmissionId: null },
});
const milestone = createCloudEvent({
  type: 'org.plume.case.milestone-reached.v1',
  source: '/plume/actions',
  time: new Date('2020-11-21T10:00:00Z'),
  data: { caseId, metric: 'SIGNATURES', threshold: 1000, total: 1000, reachedAt: '2020-11-21T10:00:00Z' },
});
const filters = (argv: string[]) => {
  const options = parseTailOptions(argv);
  if (options === 'help') throw new Error('unexpected help');
  return options;
};

describe('action event lines', () => {
  it('prints one greppable line per event', () => {
    expect(formatLine(recorded)).toBe(
      `2020-11-20T09:00:00.000Z action.recorded        case=${caseId} section=DZ type=ONLINE_SIGNATURE source=WEBSITE quantity=+1 action=a1`,
    );
    expect(formatLine(milestone)).toBe(`2020-11-21T10:00:00.000Z case.milestone-reached case=${caseId} metric=SIGNATURES threshold=1000 total=1000`);
  });

  it('filters by action type or event type, case and section, all filters together', () => {
    expect(matches(recorded, filters(['--type', 'online_signature']))).toBe(true);
    expect(matches(recorded, filters(['--type', 'LETTER,action.retracted']))).toBe(false);
    expect(matches(recorded, filters(['--type', 'org.plume.action.recorded.v1', '--case', caseId.toUpperCase()]))).toBe(true);
    expect(matches(recorded, filters(['--section', 'be-fr', '--section', 'dz']))).toBe(true);
    expect(matches(recorded, filters(['--section', 'BE-FR']))).toBe(false);
    expect(matches(milestone, filters(['--section', 'DZ']))).toBe(false);
    expect(matches(milestone, filters(['--type', 'case.milestone-reached']))).toBe(true);
  });

  it('refuses unknown options and types with a usage message', () => {
    expect(() => parseTailOptions(['--colour'])).toThrow('unknown option --colour');
    expect(() => parseTailOptions(['--type', 'SMOKE_SIGNAL'])).toThrow(/unknown type SMOKE_SIGNAL/);
    expect(() => parseTailOptions(['--max', '0'])).toThrow('--max needs a whole number of at least 1');
    expect(() => parseTailOptions(['--case'])).toThrow('--case needs a value');
    expect(parseTailOptions(['--help'])).toBe('help');
    expect(filters(['--from-beginning', '--max', '3', '--brokers', 'k1:9092,k2:9092'])).toMatchObject({ fromBeginning: true, max: 3, brokers: ['k1:9092', 'k2:9092'] });
  });
});
