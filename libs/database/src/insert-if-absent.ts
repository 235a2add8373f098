import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * `INSERT … ON CONFLICT DO NOTHING`, telling whether the row was written (true) or one of its unique
 * keys was already taken (false). The way to claim something under concurrency — an idempotency key,
 * "this person signed this case" — without a read-then-write race: a concurrent claimant waits for the
 * first transaction and then finds the key taken.
 */
export async function insertIfAbsent<Entity extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<Entity>, values: Partial<Entity>): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(values as never)
    .orIgnore()
    .updateEntity(false)
    .returning('1 AS written')
    .execute();
  return (result.raw as unknown[]).length > 0;
}
