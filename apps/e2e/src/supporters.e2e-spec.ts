import { errorCodes } from '@plume/testing';
import { ANALYST, SITE_BE_FR, STAFF_BE_FR, STAFF_DZ, startPlatform, type Platform } from './support/platform';

const CASE_WITH_ADOPTERS = `query($slug: String!) { case(slug: $slug) { id personName adopterCount } }`;
const REGISTER = `mutation($input: RegisterSupporterInput!) { registerSupporter(input: $input) { supporterId } }`;
const ADOPT = `mutation($input: AdoptCaseInput!) { adoptCase(input: $input) { id status } }`;
const SUPPORTER = `query($id: ID!) { supporter(id: $id) { id givenName familyName email postalAddress { locality } } }`;

interface CaseWithAdopters {
  case: { id: string; personName: string; adopterCount: number };
}

/**
 * Issue 3 through the gateway: a section website registers a supporter who adopts the Algerian
 * journalist's case; the public case page counts the adopter (cases + supporters joined by the
 * gateway); only staff of the supporter's section read their personal data.
 */
describe('supporters through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform('e2e_supporters');
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  it('registers, adopts, counts the adopter on the case page and keeps personal data within the section', async () => {
    const before = await platform.call<CaseWithAdopters>(CASE_WITH_ADOPTERS, { slug: 'khaled-drareni' });
    expect(before.errors).toBeUndefined();
    const { id: caseId, personName, adopterCount } = before.data!.case;
    expect(personName).toBe('Khaled Drareni');

    const registered = await platform.call<{ registerSupporter: { supporterId: string } }>(
      REGISTER,
      {
        input: {
          language: 'fr',
          givenName: 'Amina',
          familyName: 'Testeuse',
          email: 'amina.e2e@example.org',
          postalAddress: { street: 'Rue de la Loi 16', postalCode: '1000', locality: 'Bruxelles', country: 'BE' },
          commitment: 'PASSIONATELY',
          consentTextVersion: '2026-01',
          consents: [
            { purpose: 'EMAIL_CONTACT', granted: true },
            { purpose: 'POSTAL_MAIL', granted: true },
          ],
        },
      },
      SITE_BE_FR,
    );
    expect(registered.errors).toBeUndefined();
    const supporterId = registered.data!.registerSupporter.supporterId;

    const adopted = await platform.call<{ adoptCase: { status: string } }>(ADOPT, { input: { supporterId, caseId } }, SITE_BE_FR);
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data!.adoptCase.status).toBe('ACTIVE');

    const after = await platform.call<CaseWithAdopters>(CASE_WITH_ADOPTERS, { slug: 'khaled-drareni' });
    expect(after.data!.case.adopterCount).toBe(adopterCount + 1);

    const ownStaff = await platform.call<{ supporter: { email: string; postalAddress: { locality: string } } }>(SUPPORTER, { id: supporterId }, STAFF_BE_FR);
    expect(ownStaff.data!.supporter).toMatchObject({ email: 'amina.e2e@example.org', postalAddress: { locality: 'Bruxelles' } });

    const otherSection = await platform.call<{ supporter: unknown }>(SUPPORTER, { id: supporterId }, STAFF_DZ);
    expect(otherSection.data?.supporter ?? null).toBeNull();
    expect(JSON.stringify(otherSection)).not.toContain('amina');
    for (const caller of [ANALYST, undefined]) {
      const refused = await platform.call(SUPPORTER, { id: supporterId }, caller);
      expect(errorCodes(refused)[0]).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(JSON.stringify(refused)).not.toContain('amina');
    }
  });

  it('lets a section website call the gateway from the origins the section declared (CORS)', async () => {
    const preflight = (origin: string) =>
      fetch(platform.gatewayUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    expect((await preflight('https://www.amnesty.be')).headers.get('access-control-allow-origin')).toBe('https://www.amnesty.be');
    expect((await preflight('https://www.amnestyalgerie.org')).headers.get('access-control-allow-origin')).toBe('https://www.amnestyalgerie.org');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
