import { petitionCsv } from './petition-csv';

describe('petition CSV', () => {
  const signedAt = new Date('2020-11-20T09:00:00Z');

  it('writes a header and one CRLF line per signature', () => {
    expect(petitionCsv([{ id: '1', signedAt, name: 'Amina Benali', email: 'amina@example.org', country: 'DZ' }])).toBe(
      'signed_at,name,email,country\r\n2020-11-20T09:00:00.000Z,Amina Benali,amina@example.org,DZ\r\n',
    );
    expect(petitionCsv([])).toBe('signed_at,name,email,country\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(petitionCsv([{ id: '1', signedAt, name: 'Vásquez, "Teo"\nline', email: 'e@example.org', country: 'SV' }])).toContain(
      '"Vásquez, ""Teo""\nline"',
    );
  });

  it('neutralises values a spreadsheet would run as formulas', () => {
    const csv = petitionCsv([{ id: '1', signedAt, name: '=HYPERLINK("http://x")', email: '+1@example.org', country: 'BE' }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(",'+1@example.org,");
  });
});
