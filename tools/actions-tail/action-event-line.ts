import type { CloudEvent } from '@plume/events';
import type { TailOptions } from './tail-options';

/** What the action events carry that a line shows or a filter looks at (all optional across types). */
interface ActionEventData {
  actionId?: string;
  caseId?: string;
  section?: string;
  type?: string;
  source?: string;
  quantity?: number;
  reason?: string;
  campaignId?: string | null;
  supporterId?: string | null;
  period?: string;
  revision?: number;
  letters?: number;
  signaturesCollected?: number;
  otherActions?: number;
  metric?: string;
  threshold?: number;
  total?: number;
}

/** `org.plume.action.recorded.v1` → `action.recorded` */
export const shortType = (ceType: string) => ceType.replace(/^org\.plume\./, '').replace(/\.v\d+$/, '');

/** True when the event passes every filter given (any of the values of each). */
export function matches(event: CloudEvent, filters: Pick<TailOptions, 'types' | 'cases' | 'sections'>): boolean {
  const data = event.data as ActionEventData;
  const types = filters.types;
  if (types.length && !types.includes(shortType(event.type)) && !(data.type && types.includes(data.type))) return false;
  if (filters.cases.length && !(data.caseId && filters.cases.includes(data.caseId))) return false;
  if (filters.sections.length && !(data.section && filters.sections.includes(data.section))) return false;
  return true;
}

/** One line per event: time, event type, then key=value fields a person can read and grep. */
export function formatLine(event: CloudEvent): string {
  const data = event.data as ActionEventData;
  const kind = shortType(event.type);
  const fields: [string, unknown][] = [['case', data.caseId]];
  switch (kind) {
    case 'action.recorded':
    case 'action.retracted':
      fields.push(
        ['section', data.section],
        ['type', data.type],
        ['source', data.source],
        ['quantity', `${kind === 'action.recorded' ? '+' : '-'}${data.quantity}`],
        ['action', data.actionId],
        ['reason', data.reason],
        ['campaign', data.campaignId],
      );
      break;
    case 'feedback.submitted':
      fields.push(['section', data.section], ['period', data.period], ['revision', data.revision], ['letters', data.letters], ['signaturesCollected', data.signaturesCollected], ['otherActions', data.otherActions]);
      break;
    case 'case.milestone-reached':
      fields.push(['metric', data.metric], ['threshold', data.threshold], ['total', data.total]);
      break;
  }
  const shown = fields.filter(([, value]) => value !== undefined && value !== null).map(([key, value]) => `${key}=${value}`);
  return [event.time, kind.padEnd(22), ...shown].join(' ');
}
