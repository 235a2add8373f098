/**
 * Demo data for the supporters subgraph.
 *
 * The sections are the two of the seed documents: the Belgian French-speaking section, which runs the
 * "Agir pour une personne en danger" network (contact address from its own page), and Amnesty
 * International Algérie, which took part in the 2020 letter-writing marathon.
 *
 * The supporters are INVENTED for the demo (names, `example.org` addresses, plausible Belgian and
 * Algerian streets): no real person's data. They act for the individuals at risk of the seed documents,
 * named by the public slug the cases subgraph gives them. The DZ section writes in Arabic and French,
 * so its supporters have either; they act for the Algerian journalist of the 2020 marathon and for
 * Teodora del Carmen Vásquez.
 */

export interface DemoSection {
  code: string;
  name: string;
  country: string;
  languages: string[];
  websiteOrigins: string[];
  contactEmail: string;
}

export interface DemoSupporter {
  section: string;
  language: string;
  givenName: string;
  familyName: string;
  email: string;
  postalAddress: { street: string; postalCode: string; locality: string; country: string };
  commitment: 'A_LITTLE' | 'A_LOT' | 'PASSIONATELY';
  /** Slugs of the cases they act for (adopted once the projection of plume.cases knows them). */
  adopts: string[];
}

/** The version of the sign-up form's consent text the demo supporters agreed to. */
export const DEMO_CONSENT_TEXT_VERSION = '2017-09';

export const DEMO_SECTIONS: DemoSection[] = [
  {
    code: 'BE-FR',
    name: 'Amnesty International Belgique francophone',
    country: 'BE',
    languages: ['fr'],
    websiteOrigins: ['https://www.amnesty.be'],
    contactEmail: 'personneendanger@amnesty.be',
  },
  {
    code: 'DZ',
    name: 'Amnesty International Algérie',
    country: 'DZ',
    languages: ['ar', 'fr'],
    websiteOrigins: ['https://www.amnestyalgerie.org'],
    contactEmail: 'contact@amnestyalgerie.org',
  },
];

export const DEMO_SUPPORTERS: DemoSupporter[] = [
  {
    section: 'BE-FR',
    language: 'fr',
    givenName: 'Claire',
    familyName: 'Dumont',
    email: 'claire.dumont@example.org',
    postalAddress: { street: 'Rue Saint-Gilles 42', postalCode: '4000', locality: 'Liège', country: 'BE' },
    commitment: 'PASSIONATELY',
    adopts: ['teodora-del-carmen-vasquez'],
  },
  {
    section: 'BE-FR',
    language: 'fr',
    givenName: 'Marc',
    familyName: 'Lejeune',
    email: 'marc.lejeune@example.org',
    postalAddress: { street: 'Rue de Fer 12', postalCode: '5000', locality: 'Namur', country: 'BE' },
    commitment: 'A_LITTLE',
    adopts: ['hamid-babaei'],
  },
  {
    section: 'BE-FR',
    language: 'fr',
    givenName: 'Nadia',
    familyName: 'Benali',
    email: 'nadia.benali@example.org',
    postalAddress: { street: 'Avenue de la Couronne 205', postalCode: '1050', locality: 'Ixelles', country: 'BE' },
    commitment: 'A_LOT',
    adopts: ['khaled-drareni'],
  },
  {
    section: 'BE-FR',
    language: 'fr',
    givenName: 'Julien',
    familyName: 'Peeters',
    email: 'julien.peeters@example.org',
    postalAddress: { street: 'Rue des Carmes 7', postalCode: '7500', locality: 'Tournai', country: 'BE' },
    commitment: 'A_LOT',
    adopts: ['hamid-babaei', 'teodora-del-carmen-vasquez'],
  },
  {
    section: 'DZ',
    language: 'ar',
    givenName: 'Yacine',
    familyName: 'Benaissa',
    email: 'yacine.benaissa@example.org',
    postalAddress: { street: 'Rue Didouche Mourad 31', postalCode: '16000', locality: 'Alger', country: 'DZ' },
    commitment: 'PASSIONATELY',
    adopts: ['khaled-drareni'],
  },
  {
    section: 'DZ',
    language: 'fr',
    givenName: 'Lamia',
    familyName: 'Haddad',
    email: 'lamia.haddad@example.org',
    postalAddress: { street: 'Boulevard de la Soummam 8', postalCode: '31000', locality: 'Oran', country: 'DZ' },
    commitment: 'A_LOT',
    adopts: ['khaled-drareni'],
  },
  {
    section: 'DZ',
    language: 'ar',
    givenName: 'Meriem',
    familyName: 'Boukhalfa',
    email: 'meriem.boukhalfa@example.org',
    postalAddress: { street: 'Rue Larbi Ben M’hidi 12', postalCode: '25000', locality: 'Constantine', country: 'DZ' },
    commitment: 'A_LITTLE',
    adopts: ['teodora-del-carmen-vasquez'],
  },
];
