import { refusalOf, type ActionRequest, type CaseFacts } from './action-acceptance';

const caseId = '0b7a3c1e-4a55-4c1e-9a39-1d1f6f1a2b3c';
const active: CaseFacts = { caseId, status: 'ACTIVE', statusChangedOn: null, published: true };
const released: CaseFacts = { caseId, status: 'RELEASED', statusChangedOn: '2017-10-26', published: true };
const closed: CaseFacts = { ...released, status: 'CLOSED' };
const online = (occurredAt = new Date()): ActionRequest => ({ caseId, audience: 'public', channel: 'ONLINE', occurredAt, field: 'caseId' });
const reported = (occurredAt: Date): ActionRequest => ({ caseId, audience: 'staff', channel: 'REPORTED', occurredAt, field: 'input.caseId' });
const codeOf = (facts: CaseFacts | null, request: ActionRequest) => refusalOf(facts, request)?.extensions.code ?? null;

describe('which actions a case takes', () => {
  it('does not know unknown cases, nor unpublished ones on the public side', () => {
    expect(codeOf(null, online())).toBe('NOT_FOUND');
    expect(codeOf({ ...active, published: false }, online())).toBe('NOT_FOUND');
    expect(codeOf({ ...active, published: false }, reported(new Date()))).toBeNull();
  });

  it('takes everything for an active case', () => {
    expect(codeOf(active, online())).toBeNull();
    expect(codeOf(active, reported(new Date('2013-12-01T00:00:00Z')))).toBeNull();
  });

  it('refuses online actions once the case is released or closed', () => {
    expect(codeOf(released, online())).toBe('BAD_USER_INPUT');
    expect(codeOf(closed, online())).toBe('BAD_USER_INPUT');
    expect(refusalOf(released, online())?.message).toBe('The case was released on 2017-10-26: it no longer takes online actions.');
  });

  it('still counts reports of work done up to the end of the month of the release, not after', () => {
    expect(codeOf(released, reported(new Date('2017-10-31T23:59:59.999Z')))).toBeNull();
    expect(codeOf(released, reported(new Date('2017-09-01T00:00:00Z')))).toBeNull();
    expect(codeOf(released, reported(new Date('2017-11-01T00:00:00Z')))).toBe('BAD_USER_INPUT');
    expect(refusalOf(closed, reported(new Date('2018-01-01T00:00:00Z')))?.extensions.invalidFields).toEqual([
      { field: 'input.caseId', message: 'the case was closed; actions after 2017-10 are not counted' },
    ]);
  });
});
