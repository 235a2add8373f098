export * from './cases.contracts';
export * from './supporters.contracts';
export * from './actions.contracts';
export * from './deliveries.contracts';
export { defineEventContract, jsonSchemaOf } from './define-contract';
export type { EventContract, EventData } from './define-contract';
export { ALL_CONTRACTS, contractFor } from './registry';
