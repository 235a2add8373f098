import { progressDeltas, totalDeltas, type CountedAction } from './counter-changes';

const caseA = '00000000-0000-4000-8000-00000000000a';
const caseB = '00000000-0000-4000-8000-00000000000b';
const campaign = '00000000-0000-4000-8000-0000000000c1';
const supporter = '00000000-0000-4000-8000-0000000000d1';
const signature: CountedAction = { caseId: caseA, campaignId: campaign, section: 'DZ', supporterId: null, type: 'ONLINE_SIGNATURE', source: 'WEBSITE', quantity: 1 };
const letters: CountedAction = { caseId: caseB, campaignId: null, section: 'BE-FR', supporterId: supporter, type: 'LETTER', source: 'QUESTIONNAIRE', quantity: 12 };

describe('counter changes', () => {
  it('moves the case and campaign rows of the section and of all sections, and the supporter row', () => {
    expect(totalDeltas([{ action: signature, direction: 1 }]).map((d) => `${d.subjectKind}:${d.section}:${d.delta}`)).toEqual([
      'CAMPAIGN:*:1',
      'CAMPAIGN:DZ:1',
      'CASE:*:1',
      'CASE:DZ:1',
    ]);
    expect(totalDeltas([{ action: letters, direction: 1 }]).map((d) => `${d.subjectKind}:${d.section}:${d.delta}`)).toEqual([
      'CASE:*:12',
      'CASE:BE-FR:12',
      'SUPPORTER:BE-FR:12',
    ]);
  });

  it('merges changes of the same row and drops those that cancel out (an answer replaced by the same numbers)', () => {
    const replaced = totalDeltas([
      { action: letters, direction: -1 },
      { action: { ...letters, quantity: 15 }, direction: 1 },
      { action: signature, direction: 1 },
      { action: signature, direction: -1 },
    ]);
    expect(replaced.map((d) => d.delta)).toEqual([3, 3, 3]);
    expect(totalDeltas([{ action: letters, direction: -1 }, { action: letters, direction: 1 }])).toEqual([]);
  });

  it('gives the same order whatever the order of the changes, so writers lock rows alike', () => {
    const forward = totalDeltas([{ action: signature, direction: 1 }, { action: letters, direction: 1 }]);
    const backward = totalDeltas([{ action: letters, direction: 1 }, { action: signature, direction: 1 }]);
    expect(backward).toEqual(forward);
  });

  it('sums signatures (online and paper) and letters per case for the milestones', () => {
    const paper: CountedAction = { ...signature, caseId: caseB, type: 'PAPER_SIGNATURES', source: 'QUESTIONNAIRE', quantity: 40 };
    expect(progressDeltas([{ action: letters, direction: 1 }, { action: paper, direction: 1 }, { action: signature, direction: 1 }])).toEqual([
      { caseId: caseA, signatures: 1, letters: 0 },
      { caseId: caseB, signatures: 40, letters: 12 },
    ]);
    expect(progressDeltas([{ action: { ...signature, type: 'TWEET' }, direction: 1 }])).toEqual([]);
  });
});
