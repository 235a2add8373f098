import { randomUUID } from 'node:crypto';
import { waitFor } from '@plume/testing';
import { operation } from './support/operations';
import { ANALYST, SITE_BE_FR, STAFF_BE_FR, startPlatform, type Platform } from './support/platform';

const CASE_ID = `query($slug: String!) { case(slug: $slug) { id } }`;
const CASE_REPORT = `query($filter: ActionReportFilter) {
  caseReport(filter: $filter) {
    signatures onlineSignatures distinctSigners
    case { slug country status statusChangedOn adopterCount deliveries { status counts { onlineSignatures } } }
  }
}`;
const SECTION_REPORT = `query($filter: ActionReportFilter) {
  actionReport(filter: $filter, groupBy: [SECTION, ACTION_TYPE], period: YEAR) {
    asOf suppressedRows
    rows { section type period suppressed quantity distinctSupporters }
    totals { quantity distinctSigners }
  }
}`;

interface CaseReportRow {
  signatures: number;
  onlineSignatures: number;
  distinctSigners: number;
  case: { slug: string; country: string; status: string; adopterCount: number | null; deliveries: { status: string }[] | null };
}

/**
 * Issue 6 through the gateway: an analyst's report on a case joins what the actions subgraph counted
 * with the case (cases), its adopters (supporters) and its handovers (deliveries), live from the stream.
 */
describe('reports for the international secretariat through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform('e2e_reports');
  }, 240_000);
  afterAll(() => platform?.stop(), 60_000);

  it('counts a new signature in the case report, composed with the case, its adopters and its handovers', async () => {
    const caseId = (await platform.call<{ case: { id: string } }>(CASE_ID, { slug: 'khaled-drareni' })).data!.case.id;
    const caseReport = async () => {
      const response = await platform.call<{ caseReport: CaseReportRow[] }>(CASE_REPORT, { filter: { caseIds: [caseId] } }, ANALYST);
      expect(response.errors).toBeUndefined();
      return response.data!.caseReport[0];
    };
    // The demo history holds no signature for this case (the seed documents give no such number).
    expect(await caseReport()).toBeUndefined();
    const signed = await platform.call(
      operation('sign-petition'),
      { caseId, signer: { name: 'Signataire Rapport', email: `rapport.${randomUUID().slice(0, 8)}@example.org`, country: 'BE' }, consent: { accepted: true, textVersion: '2020-11', language: 'fr' }, idempotencyKey: randomUUID() },
      SITE_BE_FR,
    );
    expect(signed.errors).toBeUndefined();

    const after = await waitFor('the new signature to reach the case report', async () => (await caseReport()) ?? undefined);
    expect([after.onlineSignatures, after.signatures, after.distinctSigners]).toEqual([1, 1, 1]);
    expect(after.case).toMatchObject({ slug: 'khaled-drareni', country: 'DZ' });
    expect(typeof after.case.adopterCount).toBe('number');
    expect(Array.isArray(after.case.deliveries)).toBe(true);
    expect(JSON.stringify(after)).not.toContain('Signataire Rapport');
  });

  it('gives staff their own section, and refuses section websites, with the codes of the subgraph', async () => {
    // After the first test: BE-FR has the signature it took (one person: below five, so suppressed).
    type SectionReport = { actionReport: { rows: { section: string | null; suppressed: boolean }[]; totals: { quantity: number } } };
    const staff = await platform.call<SectionReport>(SECTION_REPORT, {}, STAFF_BE_FR);
    expect(staff.errors).toBeUndefined();
    const { rows, totals } = staff.data!.actionReport;
    expect(totals.quantity).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
    // Rows of fewer than five people are merged into the suppressed row; every other row is BE-FR's.
    expect(rows.filter((row) => !row.suppressed && row.section !== 'BE-FR')).toEqual([]);

    const otherSection = await platform.call(SECTION_REPORT, { filter: { sections: ['DZ'] } }, STAFF_BE_FR);
    expect(otherSection.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const site = await platform.call(SECTION_REPORT, {}, SITE_BE_FR);
    expect(site.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await platform.call(SECTION_REPORT, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
