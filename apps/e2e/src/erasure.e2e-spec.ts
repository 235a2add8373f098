import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { waitFor } from '@plume/testing';
import { operation } from './support/operations';
import { SITE_DZ, STAFF_DZ, startPlatform, type Platform } from './support/platform';

const ERASE = `mutation($id: ID!) { eraseSupporter(id: $id) { supporterId erasedAt } }`;
const PETITION_LIST = `query($caseId: ID!) { petitionList(caseId: $caseId) { signatures(first: 100) { totalCount erasedCount edges { node { id name email } } } } }`;

interface CasePage {
  case: { id: string; actionStats: { signatures: number } };
}
interface PetitionList {
  petitionList: { signatures: { totalCount: number; erasedCount: number; edges: { node: { id: string; name: string; email: string } }[] } };
}
interface SignatureRow {
  action_id: string;
  signer_name: string | null;
  signer_email: string | null;
  signer_country: string | null;
  contact_reference: string | null;
  erased_at: Date | null;
}

const PERSON = { name: 'Yacine Effacé', email: 'yacine.erasure.e2e@example.org', country: 'DZ' };

/**
 * Issue 4, "erasure of a supporter removes their personal data from signatures", across services: a
 * person signs a case's petition on the Algerian section's website and signs up with that section with
 * the same email; staff erase the supporter (supporters subgraph), and the actions subgraph, hearing
 * supporter.erased on plume.supporters, wipes the signer's name, email and country from the signature
 * while the case keeps counting it.
 */
describe('erasing a supporter through the gateway', () => {
  let platform: Platform;
  let actionsDb: Client;

  beforeAll(async () => {
    platform = await startPlatform('e2e_erasure');
    actionsDb = new Client({ connectionString: platform.databaseUrl('actions') });
    await actionsDb.connect();
  }, 240_000);
  afterAll(async () => {
    await actionsDb?.end();
    await platform?.stop();
  }, 60_000);

  const casePage = async () => (await platform.call<CasePage>(operation('case-page'), { slug: 'khaled-drareni', language: 'fr' })).data!.case;
  /** The signature rows of the actions database matching `condition` (read directly: what is really kept). */
  const signatures = async (condition: string, params: unknown[]) =>
    (await actionsDb.query<SignatureRow>(`SELECT action_id, signer_name, signer_email, signer_country, contact_reference, erased_at FROM signature WHERE ${condition}`, params)).rows;

  it("wipes the signer's name, email and country from their signature and keeps it counted", async () => {
    const { id: caseId } = await casePage();
    const signed = await platform.call(
      operation('sign-petition'),
      { caseId, signer: PERSON, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() },
      SITE_DZ,
    );
    expect(signed.errors).toBeUndefined();
    const registered = await platform.call<{ registerSupporter: { supporterId: string } }>(
      operation('register-supporter'),
      {
        input: {
          language: 'fr',
          givenName: 'Yacine',
          familyName: 'Effacé',
          email: PERSON.email,
          postalAddress: { street: 'Rue Didouche Mourad 12', postalCode: '16000', locality: 'Alger', country: 'DZ' },
          commitment: 'A_LOT',
          consentTextVersion: '2026-01',
          consents: [
            { purpose: 'EMAIL_CONTACT', granted: true },
            { purpose: 'POSTAL_MAIL', granted: true },
          ],
        },
      },
      SITE_DZ,
    );
    expect(registered.errors).toBeUndefined();
    const supporterId = registered.data!.registerSupporter.supporterId;

    // Before: the section's staff see the signature on the petition list, with the person's data.
    const before = await signatures('case_id = $1 AND signer_email = $2', [caseId, PERSON.email]);
    expect(before).toHaveLength(1);
    const actionId = before[0].action_id;
    expect(before[0]).toMatchObject({ signer_name: PERSON.name, signer_country: 'DZ', erased_at: null });
    const listBefore = (await platform.call<PetitionList>(PETITION_LIST, { caseId }, STAFF_DZ)).data!.petitionList.signatures;
    expect(listBefore.edges.map((edge) => edge.node)).toContainEqual({ id: actionId, name: PERSON.name, email: PERSON.email });
    const counted = (await casePage()).actionStats.signatures;

    const erased = await platform.call<{ eraseSupporter: { supporterId: string } }>(ERASE, { id: supporterId }, STAFF_DZ);
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseSupporter.supporterId).toBe(supporterId);

    const wiped = await waitFor('the actions subgraph to erase the signer from the signature', async () => {
      const [row] = await signatures('action_id = $1', [actionId]);
      return row.erased_at ? row : undefined;
    }, 30_000, 100);
    expect(wiped).toMatchObject({ signer_name: null, signer_email: null, signer_country: null, contact_reference: null });

    // The case keeps counting the signature; the petition list keeps it as an erased one, without a name.
    expect((await casePage()).actionStats.signatures).toBe(counted);
    const listAfter = (await platform.call<PetitionList>(PETITION_LIST, { caseId }, STAFF_DZ)).data!.petitionList.signatures;
    expect(listAfter.erasedCount).toBe(listBefore.erasedCount + 1);
    expect(listAfter.totalCount).toBe(listBefore.totalCount - 1);
    expect(JSON.stringify(listAfter)).not.toContain(PERSON.email);
    expect(JSON.stringify(listAfter)).not.toContain(actionId);
  });
});
