import type { AwaitingDeliveryInfo, DeliveryInfo } from '../gateway/report-types';
import type { Table } from './report';

/** A case's handovers at embassies, as the deliveries subgraph lists them (newest first). */
export function handoverTable(deliveries: DeliveryInfo[]): Table {
  return {
    id: 'handovers',
    title: 'Handovers at embassies',
    columns: [
      { key: 'section', label: 'Section', kind: 'text' },
      { key: 'embassy_city', label: 'Embassy in', kind: 'text' },
      { key: 'host_country', label: 'Host country', kind: 'text', csvOnly: true },
      { key: 'status', label: 'Status', kind: 'text' },
      { key: 'planned_for', label: 'Planned for', kind: 'text' },
      { key: 'delivered_at', label: 'Delivered at', kind: 'text' },
      { key: 'cutoff_at', label: 'Cut-off', kind: 'text', csvOnly: true },
      { key: 'signatures', label: 'Signatures', kind: 'number' },
      { key: 'online_signatures', label: 'Online', kind: 'number', csvOnly: true },
      { key: 'paper_signatures', label: 'Paper', kind: 'number', csvOnly: true },
      { key: 'letters', label: 'Letters', kind: 'number' },
    ],
    rows: deliveries.map((delivery) => ({
      cells: {
        section: delivery.section,
        embassy_city: delivery.embassy?.city ?? null,
        host_country: delivery.embassy?.hostCountry ?? null,
        status: delivery.status,
        planned_for: delivery.plannedFor,
        delivered_at: delivery.deliveredAt,
        cutoff_at: delivery.cutoffAt,
        signatures: delivery.counts?.signatures ?? null,
        online_signatures: delivery.counts?.onlineSignatures ?? null,
        paper_signatures: delivery.counts?.paperSignatures ?? null,
        letters: delivery.counts?.letters ?? null,
      },
    })),
    suppressedRows: 0,
  };
}

/**
 * Per section, what was collected for the case since the beginning, what delivered handovers took to an
 * embassy and what awaits the next one.
 */
export function collectedVersusHandedOverTable(awaiting: AwaitingDeliveryInfo[], deliveries: DeliveryInfo[]): Table {
  const handedOver = new Map<string, { signatures: number; letters: number }>();
  for (const delivery of deliveries) {
    if (delivery.status !== 'DELIVERED' || !delivery.counts) continue;
    const sum = handedOver.get(delivery.section) ?? { signatures: 0, letters: 0 };
    sum.signatures += delivery.counts.signatures;
    sum.letters += delivery.counts.letters;
    handedOver.set(delivery.section, sum);
  }
  const sections = [...new Set([...awaiting.map((tally) => tally.section), ...handedOver.keys()])].sort();
  return {
    id: 'signatures-handed-over',
    title: 'Collected and handed over, per section (since the beginning)',
    columns: [
      { key: 'section', label: 'Section', kind: 'text' },
      { key: 'signatures_collected', label: 'Signatures collected', kind: 'number' },
      { key: 'signatures_handed_over', label: 'Handed over', kind: 'number' },
      { key: 'signatures_awaiting', label: 'Awaiting delivery', kind: 'number' },
      { key: 'letters_collected', label: 'Letters collected', kind: 'number' },
      { key: 'letters_handed_over', label: 'Letters handed over', kind: 'number' },
      { key: 'letters_awaiting', label: 'Letters awaiting', kind: 'number' },
      { key: 'last_cutoff_at', label: 'Last cut-off', kind: 'text' },
    ],
    rows: sections.map((section) => {
      const tally = awaiting.find((entry) => entry.section === section);
      const delivered = handedOver.get(section) ?? { signatures: 0, letters: 0 };
      return {
        cells: {
          section,
          signatures_collected: tally?.collected.signatures ?? null,
          signatures_handed_over: delivered.signatures,
          signatures_awaiting: tally?.signatures ?? null,
          letters_collected: tally?.collected.letters ?? null,
          letters_handed_over: delivered.letters,
          letters_awaiting: tally?.letters ?? null,
          last_cutoff_at: tally?.lastCutoffAt ?? null,
        },
      };
    }),
    suppressedRows: 0,
  };
}
