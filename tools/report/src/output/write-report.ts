import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderReportPage } from '../html/report-page';
import type { Report } from '../model/report';
import { tableToCsv } from './csv';

/** Writes one CSV per table and the HTML page into `directory` (created if needed); returns the paths written. */
export async function writeReport(report: Report, directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const table of report.tables) {
    const path = join(directory, `${table.id}.csv`);
    await writeFile(path, tableToCsv(table), 'utf8');
    written.push(path);
  }
  const page = join(directory, `${report.name}.html`);
  await writeFile(page, renderReportPage(report), 'utf8');
  written.push(page);
  return written;
}
