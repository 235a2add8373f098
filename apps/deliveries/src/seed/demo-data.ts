/**
 * Demo data of the deliveries subgraph: the embassies, in Brussels and Algiers, of the countries of the
 * demo cases (Algeria, China, El Salvador, Iran, Nigeria; in Algiers, those of China, Iran and Nigeria),
 * the handovers of the Belgian French-speaking section's "individual at risk" network ("vous nous
 * renverrez les pétitions complétées et elles seront remises officiellement à l'ambassade au moment le
 * plus opportun"), and one of the Algerian section. The actions seed has no DZ signature on an active
 * case (only Moses Akatugba's letters, a released case), so the DZ handover is a planned one: a past one
 * would freeze counts no demo action backs.
 *
 * Addresses are demo data: check them, and the embassy's contacts, before planning a real handover.
 * No contact names or e-mails are invented here.
 */

export interface DemoEmbassy {
  representedCountry: string;
  hostCountry: string;
  city: string;
  cityNames: { language: string; name: string }[];
  street: string;
  postalCode: string | null;
}

const BRUSSELS = { hostCountry: 'BE', city: 'Bruxelles', cityNames: [{ language: 'en', name: 'Brussels' }, { language: 'nl', name: 'Brussel' }] };
const ALGIERS = { hostCountry: 'DZ', city: 'Alger', cityNames: [{ language: 'en', name: 'Algiers' }, { language: 'ar', name: 'الجزائر' }] };

export const DEMO_EMBASSIES: DemoEmbassy[] = [
  { ...BRUSSELS, representedCountry: 'DZ', street: 'Avenue Molière 207', postalCode: '1050' },
  { ...BRUSSELS, representedCountry: 'CN', street: 'Boulevard du Souverain 400', postalCode: '1160' },
  { ...BRUSSELS, representedCountry: 'SV', street: 'Avenue de Tervueren 171', postalCode: '1150' },
  { ...BRUSSELS, representedCountry: 'IR', street: 'Avenue Franklin Roosevelt 15', postalCode: '1050' },
  { ...BRUSSELS, representedCountry: 'NG', street: 'Avenue de Tervueren 288', postalCode: '1150' },
  { ...ALGIERS, representedCountry: 'CN', street: 'Chemin Sheikh Bachir El Ibrahimi', postalCode: null },
  { ...ALGIERS, representedCountry: 'IR', street: 'Boulevard des Martyrs', postalCode: null },
  { ...ALGIERS, representedCountry: 'NG', street: 'Rue Blaise Pascal', postalCode: null },
];

export const DEMO_EMBASSY_NOTE = 'Demo data: check the address and the contacts with the embassy before a real handover.';

export interface DemoDelivery {
  caseSlug: string;
  section: string;
  /** The embassy of the case's country in this city. */
  city: string;
  plannedFor: string;
  notes: string;
  /** A past handover from the section's archive, with the counts written down at the time. */
  handedOver?: {
    deliveredAt: string;
    cutoffAt: string;
    receivedByTitle: string;
    counts: { onlineSignatures: number; paperSignatures: number; letters: number };
  };
}

/** The next Human Rights Day (10 December), when sections like to hand petitions over. */
export function nextHumanRightsDay(today = new Date()): string {
  const year = today.getUTCMonth() === 11 && today.getUTCDate() > 10 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  return `${year}-12-10`;
}

export const DEMO_DELIVERIES: DemoDelivery[] = [
  {
    caseSlug: 'teodora-del-carmen-vasquez',
    section: 'BE-FR',
    city: 'Bruxelles',
    plannedFor: '2017-12-08',
    notes: 'Remise avec la coordination Amérique latine ; pétitions papier renvoyées par les membres du réseau.',
    handedOver: {
      deliveredAt: '2017-12-08T10:30:00Z',
      cutoffAt: '2017-12-06T17:00:00Z',
      receivedByTitle: 'Deuxième secrétaire',
      counts: { onlineSignatures: 1_842, paperSignatures: 3_127, letters: 214 },
    },
  },
  {
    caseSlug: 'hamid-babaei',
    section: 'BE-FR',
    city: 'Bruxelles',
    plannedFor: nextHumanRightsDay(),
    notes: 'Demander un rendez-vous au service consulaire deux semaines avant.',
  },
  {
    caseSlug: 'hamid-babaei',
    section: 'DZ',
    city: 'Alger',
    plannedFor: nextHumanRightsDay(),
    notes: "Remise commune des groupes d'Alger et d'Oran ; confirmer le rendez-vous avec l'ambassade une semaine avant.",
  },
];
