import { createKafka, startEventReader, Topic, type EventReader } from '@plume/events';
import { errorCodes, testKafkaConnection, testLogger, uniqueName } from '@plume/testing';
import { ADMIN, STAFF_BE_FR, startCasesTestService, type CasesTestService } from '../test-support/cases-test-service';

const CREATE_CASE = `mutation Create($input: CreateCaseInput!) { createCase(input: $input) { id } }`;

const newCase = (slug: string, country: string, themes: string[]) => ({
  slug,
  personName: `Person ${slug}`,
  country,
  themes,
  defaultLanguage: 'fr',
  summary: [{ language: 'fr', text: 'Résumé.' }, { language: 'en', text: 'Summary.' }],
  story: [{ language: 'fr', text: 'Histoire.' }],
  petitionText: [{ language: 'fr', text: 'Pétition.' }],
  campaignCodes: ['W4R-TEST'],
  published: true,
});

/**
 * The admin's other mutations (targets, letter templates, case and campaign updates with their events),
 * the country and theme filters of `cases`, and the translations staff see; the real cases service on
 * real PostgreSQL, its events read back from the real topic.
 */
describe('cases subgraph: content management by admins (real PostgreSQL and Kafka)', () => {
  let service: CasesTestService;
  let reader: EventReader;
  const caseIds: Record<string, string> = {};

  beforeAll(async () => {
    service = await startCasesTestService('cases_admin');
    const kafka = createKafka(await testKafkaConnection('cases-admin-test'), testLogger());
    reader = await startEventReader(kafka, [Topic.Cases], uniqueName('cases-admin-reader'));
    const campaign = await service.call(
      `mutation { createCampaign(input: { code: "W4R-TEST", kind: GLOBAL_MARATHON, names: [{ language: "fr", text: "Marathon test" }], startsOn: "2020-11-20", endsOn: "2020-12-31", status: ACTIVE }) { code } }`,
      {},
      ADMIN,
    );
    expect(campaign.errors).toBeUndefined();
    for (const [slug, country, themes] of [
      ['dz-journalist', 'DZ', ['journalists', 'freedom-of-expression']],
      ['dz-activist', 'DZ', ['womens-rights']],
      ['ng-teenager', 'NG', ['torture', 'journalists-not']],
    ] as const) {
      const created = await service.call<{ createCase: { id: string } }>(CREATE_CASE, { input: newCase(slug, country, [...themes]) }, ADMIN);
      expect(created.errors).toBeUndefined();
      caseIds[slug] = created.data!.createCase.id;
    }
  });
  afterAll(async () => {
    await reader?.stop();
    await service?.stop();
  });

  it('adds a target and a letter template addressed to it, both shown on the case page', async () => {
    const target = await service.call<{ addTarget: { id: string; title: string } }>(
      `mutation($input: AddTargetInput!) { addTarget(input: $input) { id title } }`,
      {
        input: {
          caseId: caseIds['dz-journalist'],
          title: 'Monsieur le Président de la République',
          organisation: 'Présidence de la République',
          country: 'DZ',
          address: { street: 'El Mouradia', locality: 'Alger', country: 'DZ' },
        },
      },
      ADMIN,
    );
    expect(target.errors).toBeUndefined();
    const targetId = target.data!.addTarget.id;
    const template = await service.call(
      `mutation($input: AddLetterTemplateInput!) { addLetterTemplate(input: $input) { language subject target { id } } }`,
      { input: { caseId: caseIds['dz-journalist'], language: 'fr', targetId, subject: 'Libérez-le', body: 'Monsieur le Président, …' } },
      ADMIN,
    );
    expect(template.errors).toBeUndefined();
    expect(template.data).toEqual({ addLetterTemplate: { language: 'fr', subject: 'Libérez-le', target: { id: targetId } } });

    const page = await service.call(
      `{ case(slug: "dz-journalist") { targets { id title organisation address { locality country } } letterTemplates(language: "fr") { subject body target { title } } } }`,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data).toEqual({
      case: {
        targets: [{ id: targetId, title: 'Monsieur le Président de la République', organisation: 'Présidence de la République', address: { locality: 'Alger', country: 'DZ' } }],
        letterTemplates: [{ subject: 'Libérez-le', body: 'Monsieur le Président, …', target: { title: 'Monsieur le Président de la République' } }],
      },
    });
    // The page changed: case.updated names what, so caches of the page (the gateway's) drop it at once.
    for (const field of ['targets', 'letterTemplates']) {
      const announced = await reader.waitFor(
        (r) => r.key === caseIds['dz-journalist'] && r.event.type === 'org.plume.case.updated.v1' && (r.event.data as { changedFields: string[] }).changedFields.includes(field),
      );
      expect(announced.event.data).toMatchObject({ caseId: caseIds['dz-journalist'], changedFields: [field] });
      expect(JSON.stringify(announced.event.data)).not.toContain('El Mouradia'); // the target's address stays out of Kafka
    }
    // Only admins add them.
    const byStaff = await service.call(
      `mutation($input: AddLetterTemplateInput!) { addLetterTemplate(input: $input) { id } }`,
      { input: { caseId: caseIds['dz-journalist'], language: 'en', subject: 'Free him', body: '…' } },
      STAFF_BE_FR,
    );
    expect(errorCodes(byStaff)).toEqual(['FORBIDDEN']);
  });

  it('publishes case.updated.v1 for an updated case, with the fields that changed and no text', async () => {
    const caseId = caseIds['dz-activist'];
    const updated = await service.call(
      `mutation($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) { themes story(language: "en") } }`,
      { id: caseId, input: { themes: ['womens-rights', 'human-rights-defenders'], story: [{ language: 'en', text: 'Her story in English.' }] } },
      ADMIN,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({ updateCase: { themes: ['womens-rights', 'human-rights-defenders'], story: 'Her story in English.' } });

    const received = await reader.waitFor((r) => r.key === caseId && r.event.type === 'org.plume.case.updated.v1');
    expect(received.event.data).toEqual({
      caseId,
      slug: 'dz-activist',
      country: 'DZ',
      themes: ['womens-rights', 'human-rights-defenders'],
      published: true,
      campaignCodes: ['W4R-TEST'],
      changedFields: ['themes', 'story'],
    });
    expect(JSON.stringify(received.event.data)).not.toContain('English');
  });

  it('publishes campaign.updated.v1 for an updated campaign, with the fields that changed', async () => {
    const updated = await service.call<{ updateCampaign: { id: string; status: string; endsOn: string } }>(
      `mutation { updateCampaign(code: "W4R-TEST", input: { status: ENDED, endsOn: "2021-01-15" }) { id status endsOn } }`,
      {},
      ADMIN,
    );
    expect(updated.errors).toBeUndefined();
    const { id: campaignId, status, endsOn } = updated.data!.updateCampaign;
    expect({ status, endsOn }).toEqual({ status: 'ENDED', endsOn: '2021-01-15' });

    const received = await reader.waitFor((r) => r.key === campaignId && r.event.type === 'org.plume.campaign.updated.v1');
    expect(received.event.data).toEqual({
      campaignId,
      code: 'W4R-TEST',
      kind: 'GLOBAL_MARATHON',
      status: 'ENDED',
      startsOn: '2020-11-20',
      endsOn: '2021-01-15',
      changedFields: ['endsOn', 'status'],
    });
  });

  it('filters cases by country and by theme', async () => {
    const slugs = async (filter: Record<string, unknown>) => {
      const response = await service.call<{ cases: { totalCount: number; edges: { node: { slug: string } }[] } }>(
        `query($filter: CaseFilter) { cases(filter: $filter) { totalCount edges { node { slug } } } }`,
        { filter },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.cases.totalCount).toBe(response.data!.cases.edges.length);
      return response.data!.cases.edges.map((edge) => edge.node.slug).sort();
    };
    expect(await slugs({ country: 'DZ' })).toEqual(['dz-activist', 'dz-journalist']);
    expect(await slugs({ country: 'NG' })).toEqual(['ng-teenager']);
    expect(await slugs({ country: 'FR' })).toEqual([]);
    // A theme matches whole themes only: "journalists-not" is not "journalists".
    expect(await slugs({ theme: 'journalists' })).toEqual(['dz-journalist']);
    expect(await slugs({ theme: 'torture', country: 'DZ' })).toEqual([]);
    expect(await slugs({ theme: 'torture', country: 'NG' })).toEqual(['ng-teenager']);
  });

  it('shows staff which translations exist, letter templates counted per language', async () => {
    const translations = await service.call(`{ case(slug: "dz-journalist") { translations { language summary story petitionText letterTemplates } } }`, {}, STAFF_BE_FR);
    expect(translations.errors).toBeUndefined();
    expect(translations.data).toEqual({
      case: {
        translations: [
          { language: 'en', summary: true, story: false, petitionText: false, letterTemplates: 0 },
          // The letter template added by the first test.
          { language: 'fr', summary: true, story: true, petitionText: true, letterTemplates: 1 },
        ],
      },
    });
  });
});
