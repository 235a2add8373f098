import type { Platform } from './platform';
import { ADMIN, STAFF_BE_FR, STAFF_DZ } from './platform';

export type IdKind = 'case' | 'campaign' | 'target' | 'embassy' | 'delivery' | 'supporter' | 'adoption';

/** Ids and codes of the seeded data, so that generated operations reach past "not found" too. */
export interface KnownValues {
  ids: Record<IdKind, string[]>;
  campaignCodes: string[];
  slugs: string[];
  sectionCodes: string[];
}

interface Node {
  id: string;
}

const CASES = `{ cases(first: 50) { edges { node { id slug targets { id } } } } campaigns { id code } embassies { id } sections { code } }`;
const SECTION_DATA = `query($section: String!) {
  deliveries(section: $section) { id }
  supporters(first: 50) { edges { node { id adoptions { id } } } }
}`;

interface Catalogue {
  cases: { edges: { node: Node & { slug: string; targets: Node[] } }[] };
  campaigns: (Node & { code: string })[];
  embassies: Node[];
  sections: { code: string }[];
}

interface SectionData {
  deliveries: Node[];
  supporters: { edges: { node: Node & { adoptions: Node[] } }[] };
}

/** Reads the seeded catalogue (as admin) and each section's own records (as its staff). */
export async function knownValues(platform: Platform): Promise<KnownValues> {
  const catalogue = await platform.call<Catalogue>(CASES, {}, ADMIN);
  if (!catalogue.data) throw new Error(`could not read the seeded catalogue: ${JSON.stringify(catalogue.errors)}`);
  const { cases, campaigns, embassies, sections } = catalogue.data;
  const known: KnownValues = {
    ids: {
      case: cases.edges.map((edge) => edge.node.id),
      campaign: campaigns.map((campaign) => campaign.id),
      target: cases.edges.flatMap((edge) => edge.node.targets.map((target) => target.id)),
      embassy: embassies.map((embassy) => embassy.id),
      delivery: [],
      supporter: [],
      adoption: [],
    },
    campaignCodes: campaigns.map((campaign) => campaign.code),
    slugs: cases.edges.map((edge) => edge.node.slug),
    sectionCodes: sections.map((section) => section.code),
  };
  for (const [section, staff] of [['BE-FR', STAFF_BE_FR], ['DZ', STAFF_DZ]] as const) {
    const own = await platform.call<SectionData>(SECTION_DATA, { section }, staff);
    if (!own.data) throw new Error(`could not read the records of ${section}: ${JSON.stringify(own.errors)}`);
    known.ids.delivery.push(...own.data.deliveries.map((delivery) => delivery.id));
    known.ids.supporter.push(...own.data.supporters.edges.map((edge) => edge.node.id));
    known.ids.adoption.push(...own.data.supporters.edges.flatMap((edge) => edge.node.adoptions.map((adoption) => adoption.id)));
  }
  return known;
}
