import type { DeliveryStatus } from './delivery.entity';

/** A history step as served: it carries its delivery's section, since `reason` is for that section's staff. */
export interface DeliveryStatusChangeView {
  status: DeliveryStatus;
  at: Date;
  plannedFor: string | null;
  reason: string | null;
  section: string;
}

/** Who received a handover; `name` is personal data, for the delivery's section staff only. */
export interface ReceivedByView {
  title: string;
  name: string | null;
  section: string;
}
