import { handoverKindOf } from './handover-kind';

describe('handoverKindOf', () => {
  it('keeps signatures, online and on paper, whatever their source', () => {
    expect(handoverKindOf({ type: 'ONLINE_SIGNATURE', source: 'WEBSITE' })).toBe('ONLINE_SIGNATURE');
    expect(handoverKindOf({ type: 'PAPER_SIGNATURES', source: 'QUESTIONNAIRE' })).toBe('PAPER_SIGNATURES');
    expect(handoverKindOf({ type: 'PAPER_SIGNATURES', source: 'STAFF' })).toBe('PAPER_SIGNATURES');
  });

  it('keeps the letters the section holds, not those supporters already posted', () => {
    expect(handoverKindOf({ type: 'LETTER', source: 'EVENT' })).toBe('LETTER');
    expect(handoverKindOf({ type: 'LETTER', source: 'STAFF' })).toBe('LETTER');
    expect(handoverKindOf({ type: 'LETTER', source: 'QUESTIONNAIRE' })).toBeNull();
  });

  it('leaves out actions that go straight to their addressees', () => {
    for (const type of ['EMAIL', 'TWEET', 'POSTCARD', 'DRAWING', 'EVENT', 'OTHER'] as const) {
      expect(handoverKindOf({ type, source: 'WEBSITE' })).toBeNull();
    }
  });
});
