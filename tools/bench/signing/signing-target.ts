import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graphqlQuery, siteToken } from '../shared/gateway';
import type { BenchPlatform } from '../shared/platform';

/** The trusted document a section website sends for one-click signing. */
export const SIGN_PETITION = readFileSync(resolve(__dirname, '../../../apps/gateway/operations/sign-petition.graphql'), 'utf8');

const ACTIVE_CASES = `query { cases(filter: { status: ACTIVE }, first: 100) { edges { node { id slug } } } }`;

/** What the signing benchmarks sign: a section website's token and the cases it signs for. */
export interface SigningTarget {
  gatewayUrl: string;
  section: string;
  token: string;
  cases: { id: string; slug: string }[];
}

/**
 * The section BE-FR's website signing the published ACTIVE cases (a marathon signs several at once; all
 * of one case's signatures queue on its counter rows), or only `slug`.
 */
export async function signingTarget(platform: BenchPlatform, slug?: string): Promise<SigningTarget> {
  const section = 'BE-FR';
  const token = await siteToken(section);
  const target = { url: platform.gatewayUrl, headers: {} };
  const data = await graphqlQuery<{ cases: { edges: { node: { id: string; slug: string } }[] } }>(target, ACTIVE_CASES, {}, token);
  const cases = data.cases.edges.map((edge) => edge.node).filter((node) => !slug || node.slug === slug);
  if (cases.length === 0) throw new Error(slug ? `no published active case ${slug}` : 'no published active case to sign');
  return { gatewayUrl: platform.gatewayUrl, section, token, cases };
}

/** The variables of one signature, by another made-up person each time (`<prefix>.<n>@example.org`, key `<prefix>.<n>`). */
export function signatureVariables(target: SigningTarget, signerPrefix: string, n: number): Record<string, unknown> {
  return {
    caseId: target.cases[n % target.cases.length].id,
    signer: { name: 'Bench Signer', email: `${signerPrefix}.${n}@example.org`, country: 'BE' },
    consent: { accepted: true, textVersion: '2020-11', language: 'fr' },
    idempotencyKey: `${signerPrefix}.${n}`,
  };
}

/** One signature outside the load (the probe that tells the event subscription is live). */
export async function signOnce(target: SigningTarget, signerPrefix: string, n: number): Promise<void> {
  await graphqlQuery({ url: target.gatewayUrl, headers: {} }, SIGN_PETITION, signatureVariables(target, signerPrefix, n), target.token);
}
