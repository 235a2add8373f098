import { z } from 'zod';
import type { Topic } from '../topics';

/**
 * An event contract: its CloudEvents type, the topic it travels on, and the zod schema of its data.
 * Producers validate before writing the outbox; consumers validate on receipt (invalid → dead letter).
 * The JSON Schema published for internal tools is derived from the same zod schema.
 */
export interface EventContract<Schema extends z.ZodType = z.ZodType> {
  type: string;
  topic: Topic;
  /** The aggregate the key and subject refer to, e.g. `case`. */
  aggregate: string;
  description: string;
  schema: Schema;
}

export type EventData<Contract extends EventContract> = z.output<Contract['schema']>;

export function defineEventContract<Schema extends z.ZodType>(contract: EventContract<Schema>): EventContract<Schema> {
  return contract;
}

export function jsonSchemaOf(contract: EventContract): Record<string, unknown> {
  return {
    $id: `https://plume.example/events/${contract.type}.json`,
    title: contract.type,
    description: contract.description,
    // 'input' mode leaves additionalProperties open: a v1 event may gain optional fields, consumers ignore unknown ones.
    ...z.toJSONSchema(contract.schema, { target: 'draft-2020-12', io: 'input' }),
  };
}
