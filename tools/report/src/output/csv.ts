import type { CellValue, Table } from '../model/report';

/**
 * CSV as RFC 4180 says: records end with CRLF (the last one too), fields are separated by commas, and a
 * field holding a comma, a double quote, a CR or an LF is enclosed in double quotes with its double
 * quotes doubled. Empty cells are null values. UTF-8, without a byte-order mark (see the README for Excel).
 */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: CellValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The table with a header line of its column keys; every column, those the HTML page leaves out too. */
export function tableToCsv(table: Table): string {
  return [csvRecord(table.columns.map((column) => column.key)), ...table.rows.map((row) => csvRecord(table.columns.map((column) => row.cells[column.key] ?? null)))].join('');
}
