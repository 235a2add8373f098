import { calendarDate, httpUrl, text } from '@plume/errors';
import { z } from 'zod';
import { DELIVERY_STATUSES, EVIDENCE_KINDS } from './delivery.entity';

/** Clocks of staff laptops drift: "now" recorded by a client may be this much ahead of ours. */
export const CLOCK_SKEW_MS = 2 * 60_000;

export const sectionCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/, 'must be a section code such as "BE-FR" or "DZ"');
const instant = z.coerce.date({ message: 'must be a date-time such as "2020-12-10T10:00:00Z"' });
const notInFuture = instant.refine((at) => at.getTime() <= Date.now() + CLOCK_SKEW_MS, 'must not be in the future');
const deliveryId = z.uuid('must be a delivery id');
const notes = text(5_000).nullish();
const reason = text(1_000);
const evidence = z
  .array(z.object({ kind: z.enum(EVIDENCE_KINDS), url: httpUrl, caption: text(300).nullish().transform((caption) => caption ?? null) }))
  .max(20, 'at most 20 links')
  .nullish()
  .transform((links) => links ?? []);

export const planDeliveryInput = z.object({
  caseId: z.uuid('must be a case id'),
  embassyId: z.uuid('must be an embassy id'),
  plannedFor: calendarDate,
  section: sectionCode.nullish(),
  notes,
});
export type PlanDeliveryInput = z.output<typeof planDeliveryInput>;

export const recordHandoverInput = z
  .object({
    deliveryId,
    deliveredAt: notInFuture,
    receivedBy: z.object({ title: text(200), name: text(200).nullish().transform((name) => name ?? null) }),
    cutoffAt: instant.nullish(),
    evidence,
    notes,
  })
  .refine((input) => !input.cutoffAt || input.cutoffAt.getTime() <= input.deliveredAt.getTime(), {
    path: ['cutoffAt'],
    message: 'must not be after the handover (deliveredAt): what was collected later was not handed over',
  });
export type RecordHandoverInput = z.output<typeof recordHandoverInput>;

const today = () => new Date().toISOString().slice(0, 10);
export const postponeDeliveryInput = z.object({
  deliveryId,
  plannedFor: calendarDate.refine((date) => date >= today(), 'must not be in the past: a handover is put off to a later day').nullish(),
  reason: reason.nullish(),
});
export type PostponeDeliveryInput = z.output<typeof postponeDeliveryInput>;

export const cancelDeliveryInput = z.object({ deliveryId, reason });
export type CancelDeliveryInput = z.output<typeof cancelDeliveryInput>;

export const recordRefusalInput = z.object({ deliveryId, refusedAt: notInFuture.nullish(), reason: reason.nullish(), evidence });
export type RecordRefusalInput = z.output<typeof recordRefusalInput>;

export const deliveriesArguments = z.object({
  section: sectionCode,
  status: z.enum(DELIVERY_STATUSES).nullish(),
  first: z.number().int().min(1, 'must be at least 1').max(200, 'must be at most 200').nullish().transform((n) => n ?? 50),
});

export const optionalSection = sectionCode.nullish();
