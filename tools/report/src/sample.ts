/**
 * Writes every report from the canned demo answers (invented figures, no gateway needed), to look at the
 * pages or take the README's picture:
 *
 *   npx tsx --tsconfig tsconfig.base.json tools/report/src/sample.ts [out-dir]   (default tmp/reports/sample)
 */
import { join } from 'node:path';
import { gatewayReportApi } from './gateway/report-api';
import { cannedTransport } from './fixtures/canned-transport';
import { DEMO_ANSWERS } from './fixtures/demo-answers';
import { writeReport } from './output/write-report';
import { silentProgress } from './progress';
import { REPORTS, REPORT_NAMES, type ReportOptions } from './reports';

async function main(): Promise<void> {
  const out = process.argv[2] ?? join('tmp', 'reports', 'sample');
  const api = gatewayReportApi(cannedTransport(DEMO_ANSWERS));
  for (const name of REPORT_NAMES) {
    const options: ReportOptions = {
      report: name,
      campaign: name === 'case-dossier' ? null : 'W4R-2020',
      caseSlug: name === 'case-dossier' ? 'khaled-drareni' : null,
      from: null,
      to: null,
      sections: [],
      language: 'en',
    };
    const report = await REPORTS[name].build({ api, options, progress: silentProgress, now: new Date('2021-02-01T08:00:00Z') });
    report.filter.push({ label: 'Data', value: 'invented sample figures (tools/report/src/fixtures)' });
    for (const path of await writeReport(report, join(out, name))) console.log(path);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
