import { z } from 'zod';
import { Topic } from '../topics';
import { defineEventContract } from './define-contract';

/**
 * Events of the deliveries subgraph: handovers of a case's petitions to an embassy. Ids, section codes,
 * countries, the embassy's city, dates and counts only: the name of the official who received the
 * petitions, the staff member who handed them over, notes and free-text reasons never travel here.
 * Keyed by the delivery id (subject `delivery/<id>`).
 */

const section = z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/).describe('Section code, e.g. BE-FR');
const country = z.string().length(2).describe('ISO 3166-1 alpha-2');
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

const embassy = z
  .object({
    embassyId: z.uuid(),
    representedCountry: country.describe('The country the embassy represents'),
    hostCountry: country.describe('The country the embassy is in'),
    city: z.string().describe('Local name of the city, e.g. Bruxelles'),
    cityNames: z.record(z.string(), z.string()).describe('The city by language (ISO 639-1), e.g. { "en": "Brussels" }'),
  })
  .describe('Where the handover takes place (public directory data)');

const delivery = { deliveryId: z.uuid(), caseId: z.uuid(), section, embassy };

export const DeliveryPlanned = defineEventContract({
  type: 'org.plume.delivery.planned.v1',
  topic: Topic.Deliveries,
  aggregate: 'delivery',
  description: "A section planned to hand a case's petitions to an embassy on `plannedFor`.",
  schema: z.object({ ...delivery, plannedFor: isoDate }),
});

export const DeliveryCompleted = defineEventContract({
  type: 'org.plume.delivery.completed.v1',
  topic: Topic.Deliveries,
  aggregate: 'delivery',
  description:
    'Petitions were handed over: the counts are what the section collected up to `cutoffAt` that no earlier handover of the case and section covered.',
  schema: z.object({
    ...delivery,
    deliveredAt: isoDateTime,
    cutoffAt: isoDateTime,
    counts: z.object({
      onlineSignatures: z.number().int().min(0),
      paperSignatures: z.number().int().min(0),
      letters: z.number().int().min(0),
    }),
  }),
});

export const DeliveryRefused = defineEventContract({
  type: 'org.plume.delivery.refused.v1',
  topic: Topic.Deliveries,
  aggregate: 'delivery',
  description: 'The embassy refused the petitions; what was collected stays awaiting delivery.',
  schema: z.object({ ...delivery, refusedAt: isoDateTime }),
});

export const DeliveryPostponed = defineEventContract({
  type: 'org.plume.delivery.postponed.v1',
  topic: Topic.Deliveries,
  aggregate: 'delivery',
  description: 'A planned handover was put off; `plannedFor` is the new date, null while none is fixed.',
  schema: z.object({ ...delivery, previousPlannedFor: isoDate.nullable(), plannedFor: isoDate.nullable() }),
});

export const DeliveryCancelled = defineEventContract({
  type: 'org.plume.delivery.cancelled.v1',
  topic: Topic.Deliveries,
  aggregate: 'delivery',
  description: 'A planned handover was called off: by staff, or because the case was released or closed.',
  schema: z.object({ ...delivery, reason: z.enum(['STAFF_DECISION', 'CASE_RELEASED', 'CASE_CLOSED']), cancelledAt: isoDateTime }),
});
