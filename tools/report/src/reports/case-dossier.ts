import { totalsOf } from '../gateway/report-api';
import { actionTable, chartOf, oldestAsOf, quantityChart } from '../model/action-tables';
import { COLLECTED_COLUMNS, collectedCells } from '../model/case-tables';
import { collectedVersusHandedOverTable, handoverTable } from '../model/delivery-tables';
import type { Report } from '../model/report';
import { ReportInputError, type ReportDefinition } from './report-definition';
import { actionFilter, describeFilter, optionalCampaign } from './report-filter';

/**
 * One case, for the researchers: what was done for the person month by month, per section and per
 * action type; signatures collected against those handed over at embassies; adopters; status and dates.
 */
export const caseDossier: ReportDefinition = {
  name: 'case-dossier',
  summary: 'one case (--case SLUG): month by month, per section, per action type, handovers, adopters, status',
  steps: (options) => (options.campaign ? 6 : 5),
  async build(context): Promise<Report> {
    const { api, options, progress, now } = context;
    if (!options.caseSlug) throw new ReportInputError('case-dossier needs --case SLUG, e.g. --case khaled-drareni');
    progress.step(`case ${options.caseSlug}, its handovers and adopters`);
    const { case: found, warnings } = await api.caseBySlug(options.caseSlug, options.language);
    if (!found) throw new ReportInputError(`no case has the slug ${options.caseSlug} (or it is not visible to this token)`);
    const campaign = await optionalCampaign(context);
    const filter = actionFilter(options, { caseId: found.id, campaignId: campaign?.id });

    progress.step('signatures and letters collected');
    const [collected] = await api.caseReport(filter, 1);
    progress.step('month by month');
    const perMonth = await api.actionReport({ filter, groupBy: [], period: 'MONTH', totals: true });
    progress.step('per section');
    const perSection = await api.actionReport({ filter, groupBy: ['SECTION'] });
    progress.step('per action type');
    const perType = await api.actionReport({ filter, groupBy: ['ACTION_TYPE'] });

    const months = actionTable({ id: 'per-month', title: 'Month by month', report: perMonth, dimension: 'month', from: options.from ?? undefined, to: options.to ?? undefined });
    const sections = actionTable({ id: 'per-section', title: 'Per section', report: perSection, dimension: 'section' });
    const types = actionTable({ id: 'per-action-type', title: 'Per action type', report: perType, dimension: 'type' });
    const deliveries = found.deliveries ?? [];
    const handovers = handoverTable(deliveries);
    const versus = collectedVersusHandedOverTable(found.awaitingDelivery ?? [], deliveries);
    const handedOver = deliveries.filter((delivery) => delivery.status === 'DELIVERED').reduce((sum, delivery) => sum + (delivery.counts?.signatures ?? 0), 0);
    const awaiting = found.awaitingDelivery?.reduce((sum, tally) => sum + tally.signatures, 0) ?? null;
    const totals = totalsOf(perMonth);
    const status = found.statusChangedOn ? `${found.status} since ${found.statusChangedOn}` : found.status;
    const periodNote = options.from || options.to || campaign ? ' (in the filter)' : '';

    return {
      name: 'case-dossier',
      title: `Case dossier: ${found.personName}`,
      asOf: oldestAsOf([perMonth.asOf, perSection.asOf, perType.asOf]),
      generatedAt: now.toISOString(),
      filter: [
        { label: 'Case', value: `${found.personName} (${found.slug})` },
        { label: 'Country', value: found.country },
        { label: 'Case campaigns', value: found.campaigns.map((campaign) => `${campaign.code} — ${campaign.name}`).join('; ') || 'none' },
        ...describeFilter(options, campaign),
      ],
      facts: [
        { label: 'Status', value: status },
        { label: 'Adopters now', value: found.adopterCount },
        { label: `Signatures collected${periodNote}`, value: collected?.signatures ?? 0 },
        { label: `Letters${periodNote}`, value: collected?.letters ?? 0 },
        { label: 'Signatures handed over', value: found.deliveries ? handedOver : null },
        { label: 'Signatures awaiting delivery', value: awaiting },
        { label: `All actions (quantity)${periodNote}`, value: totals.quantity },
        { label: 'Distinct supporters', value: totals.distinctSupporters },
        { label: 'Online signers', value: totals.distinctSigners },
      ],
      tables: [
        {
          id: 'case',
          title: 'The case',
          columns: [
            { key: 'slug', label: 'Slug', kind: 'text', csvOnly: true },
            { key: 'person_name', label: 'Person', kind: 'text' },
            { key: 'country', label: 'Country', kind: 'text' },
            { key: 'status', label: 'Status', kind: 'text' },
            { key: 'status_changed_on', label: 'Since', kind: 'text' },
            { key: 'adopters', label: 'Adopters now', kind: 'number' },
            ...COLLECTED_COLUMNS,
          ],
          rows: [
            {
              cells: {
                slug: found.slug,
                person_name: found.personName,
                country: found.country,
                status: found.status,
                status_changed_on: found.statusChangedOn,
                adopters: found.adopterCount,
                ...collectedCells(collected),
              },
            },
          ],
          suppressedRows: 0,
        },
        months,
        sections,
        types,
        versus,
        handovers,
      ],
      charts: [
        quantityChart(months, 'month', 'Quantity month by month'),
        quantityChart(sections, 'section', 'Quantity per section'),
        quantityChart(types, 'type', 'Quantity per action type'),
        chartOf(versus, {
          id: 'signatures-handed-over',
          title: 'Signatures collected and handed over, per section',
          label: 'section',
          values: [
            { key: 'signatures_collected', name: 'Collected' },
            { key: 'signatures_handed_over', name: 'Handed over' },
          ],
        }),
      ],
      warnings,
    };
  },
};
