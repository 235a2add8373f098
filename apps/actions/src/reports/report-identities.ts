import type { EntityManager } from 'typeorm';

/**
 * The identities reports count people by. Online signers are recognised by their contact reference
 * (the same person signing through two sections is one person); a signature whose reference is
 * already wiped (erased or retracted signer) counts as a person of its own, like the public counters.
 */
export const supporterIdentity = (supporterId: string) => `supporter:${supporterId}`;
export const signerIdentity = (contactReference: string) => `signer:${contactReference}`;
export const anonymousSignatureIdentity = (actionId: string) => `action:${actionId}`;

/** The person keys of identities, creating the missing ones (concurrent writers may race: both win). */
export async function personKeys(manager: EntityManager, identities: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(identities)].sort();
  if (unique.length === 0) return new Map();
  await manager.query(`INSERT INTO report_person (identity) SELECT unnest($1::text[]) ON CONFLICT (identity) DO NOTHING`, [unique]);
  const rows: { identity: string; person_key: number }[] = await manager.query(
    `SELECT identity, person_key FROM report_person WHERE identity = ANY($1::text[])`,
    [unique],
  );
  return new Map(rows.map((row) => [row.identity, row.person_key]));
}

/** The contact references of online signatures, by action id (absent when wiped). */
export async function signatureReferences(manager: EntityManager, actionIds: string[]): Promise<Map<string, string>> {
  if (actionIds.length === 0) return new Map();
  const rows: { action_id: string; contact_reference: string }[] = await manager.query(
    `SELECT action_id, contact_reference FROM signature WHERE action_id = ANY($1::uuid[]) AND contact_reference IS NOT NULL`,
    [actionIds],
  );
  return new Map(rows.map((row) => [row.action_id, row.contact_reference]));
}

/** Erasure: the person's identities are wiped; their numbers stay, identifying no one, so totals do not move. */
export async function forgetPerson(manager: EntityManager, identities: string[]): Promise<void> {
  await manager.query(`UPDATE report_person SET identity = NULL WHERE identity = ANY($1::text[])`, [identities]);
}
