import { startCaptchaProvider } from '@plume/testing';
import { DEMO_SECTIONS } from '../seed/demo-data';
import { ADMIN, SITE_BE_FR, SITE_DZ, STAFF_BE_FR, startSupportersTestService, type SupportersTestService } from '../test-support/supporters-test-service';

const SAVE_SECTION = `mutation($input: SaveSectionInput!) { saveSection(input: $input) { code } }`;
const REGISTER = `mutation($input: RegisterSupporterInput!, $humanCheckToken: String) { registerSupporter(input: $input, humanCheckToken: $humanCheckToken) { supporterId } }`;

const registration = (email: string) => ({
  language: 'fr',
  givenName: 'Amélie',
  familyName: 'Verhoeven',
  email,
  postalAddress: { street: 'Rue Haute 150', postalCode: '1000', locality: 'Bruxelles', country: 'BE' },
  commitment: 'A_LITTLE',
  consentTextVersion: '2024-01',
  consents: [
    { purpose: 'EMAIL_CONTACT', granted: true },
    { purpose: 'POSTAL_MAIL', granted: true },
  ],
});

/** Issue 7's human-check hook on sign-ups: on for BE-FR here, off for DZ; staff never face it. */
describe('sign-up behind a section captcha (real PostgreSQL and Kafka)', () => {
  let service: SupportersTestService;
  let captcha: Awaited<ReturnType<typeof startCaptchaProvider>>;

  beforeAll(async () => {
    captcha = await startCaptchaProvider();
    service = await startSupportersTestService('supporters_human_check', { HUMAN_CHECK_SECTIONS: 'BE-FR', HUMAN_CHECK_VERIFY_URL: captcha.url, HUMAN_CHECK_SECRET: 'captcha-secret' });
    for (const section of DEMO_SECTIONS) expect((await service.call(SAVE_SECTION, { input: section }, ADMIN)).errors).toBeUndefined();
  });
  afterAll(async () => {
    await service?.stop();
    await captcha?.stop();
  });

  it('asks a section website for the token, refuses a bad one without writing, and takes a good one', async () => {
    const missing = await service.call(REGISTER, { input: registration('captcha.1@example.org') }, SITE_BE_FR);
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await service.call(REGISTER, { input: registration('captcha.1@example.org'), humanCheckToken: 'bot' }, SITE_BE_FR);
    expect(forged.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await service.count('SELECT count(*)::int AS n FROM supporter')).toBe(0);
    const human = await service.call(REGISTER, { input: registration('captcha.1@example.org'), humanCheckToken: 'human' }, SITE_BE_FR);
    expect(human.errors).toBeUndefined();
  });

  it('leaves sections without a captcha, and staff, as they were', async () => {
    expect((await service.call(REGISTER, { input: registration('captcha.2@example.org') }, SITE_DZ)).errors).toBeUndefined();
    expect((await service.call(REGISTER, { input: registration('captcha.3@example.org') }, STAFF_BE_FR)).errors).toBeUndefined();
  });
});
