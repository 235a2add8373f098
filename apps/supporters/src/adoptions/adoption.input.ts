import { z } from 'zod';

export const adoptCaseInput = z.object({
  supporterId: z.uuid('must be a supporter id'),
  caseId: z.uuid('must be a case id'),
});
export type AdoptCaseInput = z.output<typeof adoptCaseInput>;

export const switchCaseInput = z.object({
  adoptionId: z.uuid('must be an adoption id'),
  caseId: z.uuid('must be a case id'),
});
export type SwitchCaseInput = z.output<typeof switchCaseInput>;

export const recordKitStatusInput = z.object({
  adoptionId: z.uuid('must be an adoption id'),
  status: z.enum(['SHIPPED', 'DELIVERED', 'RETURNED'], 'must be SHIPPED, DELIVERED or RETURNED (a kit is REQUESTED when the case is adopted)'),
  at: z.coerce
    .date({ message: 'must be a date-time' })
    .refine((at) => at.getTime() <= Date.now() + 60_000, 'must not be in the future')
    .nullish(),
});
export type RecordKitStatusInput = z.output<typeof recordKitStatusInput>;

export const adoptionId = z.uuid('must be an adoption id');
