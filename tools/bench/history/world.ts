import { randomUUID } from 'node:crypto';
import { Random, WeightedChoice, zipfWeights } from './random';

/**
 * The world a benchmark history happens in: 70 sections (biggest first, Zipf-weighted), cases in
 * countries where people are at risk, ten yearly marathons of ten cases each and the sections'
 * individual-at-risk networks. Codes carry `BENCH-` and slugs `bench-`: the demo data already owns
 * W4R-2020 and IAR-BE-FR (codes are unique), and `--clean` finds bench rows by these marks.
 */

export interface Section {
  code: string;
  language: string;
}

const SECTION_LIST =
  'FR:fr DE:de GB:en US:en NL:nl PL:pl ES:es IT:it CA-EN:en BE-FR:fr BE-NL:nl CH-FR:fr CH-DE:de AT:de SE:sv NO:no DK:da ' +
  'FI:fi IE:en AU:en NZ:en JP:ja KR:ko TW:zh HK:zh MX:es AR:es BR:pt CL:es PE:es PY:es UY:es VE:es PR:es CA-FR:fr PT:pt ' +
  'LU:fr CZ:cs SK:sk SI:sl HU:hu GR:el IS:is MT:en CY:el MD:ro UA:uk TR:tr IL:he MA:ar TN:ar DZ:fr SN:fr CI:fr BF:fr TG:fr ' +
  'GH:en NG:en SL:en KE:en ZA:en BJ:fr ZM:en ZW:en NP:ne LK:si IN:en PH:en TH:th MN:mn';

export const SECTIONS: Section[] = SECTION_LIST.split(' ').map((entry) => {
  const [code, language] = entry.split(':');
  return { code, language };
});

/** Countries of the people at risk, most frequent first. */
const CASE_COUNTRIES =
  'CN IR SA EG TR RU BY MX BR VN MM DZ NG PH CU VE HN CO IN PK BD ET ER SY BH AE KZ AZ TH KH GT NI SV PE CM CD ZW BI UG TZ SD SS MA TN LY YE IQ AF UZ TJ TM LA MY ID SG HU PL'.split(
    ' ',
  );

export const FIRST_MARATHON_YEAR = 2016;
export const MARATHON_YEARS = 10;
const CASES_PER_MARATHON = 10;
const INDIVIDUAL_AT_RISK_NETWORKS = 20;
const TOTAL_CASES = 300;
export const BENCH_CODE_PREFIX = 'BENCH-';
export const BENCH_SLUG_PREFIX = 'bench-';

export interface Campaign {
  id: string;
  code: string;
  kind: 'MARATHON' | 'INDIVIDUAL_AT_RISK';
  /** The marathon's year, or the network's section. */
  year?: number;
  section?: Section;
}

export interface Case {
  id: string;
  slug: string;
  country: string;
  campaign: Campaign;
}

export interface World {
  sections: WeightedChoice<Section>;
  campaigns: Campaign[];
  cases: Case[];
  marathons: { campaign: Campaign; cases: WeightedChoice<Case> }[];
  networks: { campaign: Campaign; cases: Case[] }[];
  /** Every individual-at-risk case, Zipf-weighted (a few are famous, most are quiet). */
  networkCases: WeightedChoice<Case>;
}

export function buildWorld(random: Random): World {
  const sections = new WeightedChoice(SECTIONS, zipfWeights(SECTIONS.length, 1));
  const countries = new WeightedChoice(CASE_COUNTRIES, zipfWeights(CASE_COUNTRIES.length, 0.8));
  const cases: Case[] = [];
  const newCase = (campaign: Campaign): Case => {
    const created = { id: randomUUID(), slug: `${BENCH_SLUG_PREFIX}case-${cases.length + 1}`, country: countries.pick(random), campaign };
    cases.push(created);
    return created;
  };

  const marathons = Array.from({ length: MARATHON_YEARS }, (_, index) => {
    const year = FIRST_MARATHON_YEAR + index;
    const campaign: Campaign = { id: randomUUID(), code: `${BENCH_CODE_PREFIX}W4R-${year}`, kind: 'MARATHON', year };
    const yearCases = Array.from({ length: CASES_PER_MARATHON }, () => newCase(campaign));
    return { campaign, cases: new WeightedChoice(yearCases, zipfWeights(CASES_PER_MARATHON, 1)) };
  });

  const networkCount = (TOTAL_CASES - cases.length) / INDIVIDUAL_AT_RISK_NETWORKS;
  const networks = SECTIONS.slice(0, INDIVIDUAL_AT_RISK_NETWORKS).map((section) => {
    const campaign: Campaign = { id: randomUUID(), code: `${BENCH_CODE_PREFIX}IAR-${section.code}`, kind: 'INDIVIDUAL_AT_RISK', section };
    return { campaign, cases: Array.from({ length: networkCount }, () => newCase(campaign)) };
  });
  const individualCases = networks.flatMap((network) => network.cases);

  return {
    sections,
    campaigns: [...marathons.map((marathon) => marathon.campaign), ...networks.map((network) => network.campaign)],
    cases,
    marathons,
    networks,
    networkCases: new WeightedChoice(random.shuffle(individualCases), zipfWeights(individualCases.length, 1)),
  };
}
