import { toActionStats } from './action-stats';

describe('action stats', () => {
  const rows = [
    { actionType: 'ONLINE_SIGNATURE' as const, source: 'WEBSITE' as const, quantity: 200 },
    { actionType: 'PAPER_SIGNATURES' as const, source: 'QUESTIONNAIRE' as const, quantity: 40 },
    { actionType: 'LETTER' as const, source: 'QUESTIONNAIRE' as const, quantity: 12 },
    { actionType: 'LETTER' as const, source: 'IMPORT' as const, quantity: 800_000 },
    { actionType: 'TWEET' as const, source: 'WEBSITE' as const, quantity: 0 },
  ];

  it('adds up signatures, letters and totals by type and source, leaving out zeros', () => {
    expect(toActionStats(rows, '*', undefined)).toEqual({
      section: null,
      total: 800_252,
      signatures: 240,
      onlineSignatures: 200,
      paperSignatures: 40,
      letters: 800_012,
      distinctSigners: 200,
      byType: [
        { type: 'LETTER', quantity: 800_012 },
        { type: 'ONLINE_SIGNATURE', quantity: 200 },
        { type: 'PAPER_SIGNATURES', quantity: 40 },
      ],
      bySource: [
        { source: 'WEBSITE', quantity: 200 },
        { source: 'QUESTIONNAIRE', quantity: 52 },
        { source: 'IMPORT', quantity: 800_000 },
      ],
    });
  });

  it('names the section and takes the distinct signers it is given', () => {
    const stats = toActionStats([], 'DZ', null);
    expect(stats).toMatchObject({ section: 'DZ', total: 0, distinctSigners: null, byType: [], bySource: [] });
    expect(toActionStats(rows, '*', 150).distinctSigners).toBe(150);
  });
});
