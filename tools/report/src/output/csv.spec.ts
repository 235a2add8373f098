import type { Table } from '../model/report';
import { csvField, csvRecord, tableToCsv } from './csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone and writes numbers, booleans and null as text', () => {
    expect(csvField('BE-FR')).toBe('BE-FR');
    expect(csvField(800000)).toBe('800000');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with commas, double quotes, CR or LF, doubling the double quotes', () => {
    expect(csvField('Drareni, Khaled')).toBe('"Drareni, Khaled"');
    expect(csvField('the "Hirak"')).toBe('"the ""Hirak"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('"')).toBe('""""');
  });

  it('keeps UTF-8 text as it is and does not quote what needs no quotes', () => {
    expect(csvField('Teodora del Carmen Vásquez')).toBe('Teodora del Carmen Vásquez');
    expect(csvField("Écrire pour les droits — l'an 2020")).toBe("Écrire pour les droits — l'an 2020");
  });

  it('ends every record with CRLF, the last one too', () => {
    expect(csvRecord(['a', 1, null, true])).toBe('a,1,,true\r\n');
  });

  it('writes a header of the column keys, then every row in column order, csv-only columns included', () => {
    const table: Table = {
      id: 'per-case',
      title: 'Per case',
      columns: [
        { key: 'person_name', label: 'Case', kind: 'text' },
        { key: 'slug', label: 'Slug', kind: 'text', csvOnly: true },
        { key: 'signatures', label: 'Signatures', kind: 'number' },
      ],
      rows: [
        { cells: { signatures: 12, person_name: 'Popi Qwabe, Bongeka Phungula', slug: 'popi-qwabe' } },
        { cells: { person_name: 'Su "Changlan"', signatures: null } },
      ],
      suppressedRows: 0,
    };
    expect(tableToCsv(table)).toBe('person_name,slug,signatures\r\n"Popi Qwabe, Bongeka Phungula",popi-qwabe,12\r\n"Su ""Changlan""",,\r\n');
  });
});
