import { parseCommandLine, UsageError } from './report-options';

const parse = (argv: string[]) => {
  const line = parseCommandLine(argv);
  if (line === 'help') throw new Error('unexpected help');
  return line;
};

describe('the command line', () => {
  it('reads a report and its filter, normalising codes', () => {
    const line = parse(['campaign-summary', '--campaign', 'w4r-2020', '--from', '2020-01-01', '--to', '2020-12-31', '--section', 'be-fr,DZ', '--section', 'BE-FR', '--out', 'out/dir', '--quiet']);
    expect(line.report).toEqual({ report: 'campaign-summary', campaign: 'W4R-2020', caseSlug: null, from: '2020-01-01', to: '2020-12-31', sections: ['BE-FR', 'DZ'], language: 'en' });
    expect(line).toMatchObject({ out: 'out/dir', quiet: true, token: null, gateway: null });
  });

  it('takes the token and the gateway', () => {
    expect(parse(['section-league', '--token', 'abc.def.ghi', '--gateway', 'http://127.0.0.1:4100/graphql'])).toMatchObject({ token: 'abc.def.ghi', gateway: 'http://127.0.0.1:4100/graphql' });
  });

  it('answers help', () => {
    expect(parseCommandLine(['--help'])).toBe('help');
    expect(parseCommandLine(['month-by-month', '-h'])).toBe('help');
  });

  it.each([
    [[], 'name the report first'],
    [['annual'], 'unknown report annual: one of campaign-summary, case-dossier, section-league, month-by-month'],
    [['campaign-summary'], 'campaign-summary needs --campaign CODE, e.g. --campaign W4R-2020'],
    [['case-dossier'], 'case-dossier needs --case SLUG, e.g. --case khaled-drareni'],
    [['month-by-month', '--case', 'khaled-drareni'], '--case applies to case-dossier only'],
    [['month-by-month', '--from', '2020-02-30'], '--from needs a date written YYYY-MM-DD, e.g. 2020-11-20'],
    [['month-by-month', '--from', '2021-01-01', '--to', '2020-12-31'], '--from must not be after --to'],
    [['month-by-month', '--section', 'Belgium'], '--section needs section codes such as DZ or BE-FR, not "Belgium"'],
    [['month-by-month', '--gateway', 'ftp://example.org'], '--gateway needs an http(s) URL'],
    [['month-by-month', '--language', 'french'], '--language needs an ISO 639-1 code such as en or fr'],
    [['month-by-month', '--out'], '--out needs a value'],
    [['month-by-month', '--max', '3'], 'unknown option --max'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(new UsageError(message));
  });

  it('never repeats the value of an option in a message (it may be a token)', () => {
    expect(() => parseCommandLine(['month-by-month', '--token', 'secret-token', '--bogus'])).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseCommandLine(['month-by-month', '--token'])).toThrow(new UsageError('--token needs a value'));
  });
});
