/**
 * Demo actions, from the seed documents only. The Algerian section's announcement of the 2020 marathon
 * quotes Moses Akatugba: "after eight years in prison and 800,000 letters from Amnesty International
 * supporters, I was freed". That is recorded here as one staff import for his case and the 2013
 * marathon, by the section whose document tells it (DZ); it crosses the 1,000 / 10,000 / 100,000
 * letters milestones, so the demo stream has those too. No other number in the documents is per case.
 */
export interface DemoImport {
  caseSlug: string;
  campaignCode: string;
  section: string;
  type: 'LETTER';
  quantity: number;
  occurredAt: string;
  /** Makes the seed idempotent: the same import twice is one action. */
  idempotencyKey: string;
}

export const DEMO_IMPORTS: DemoImport[] = [
  {
    caseSlug: 'moses-akatugba',
    campaignCode: 'W4R-2013',
    section: 'DZ',
    type: 'LETTER',
    quantity: 800_000,
    occurredAt: '2013-12-31T23:59:59Z',
    idempotencyKey: 'demo-moses-akatugba-letters-w4r-2013',
  },
];
