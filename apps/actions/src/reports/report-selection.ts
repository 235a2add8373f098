import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ReportPart } from './report-cache';

/**
 * Which parts of an `actionReport` the query asks for, read from its selection (fragments included;
 * `@skip`/`@include` are ignored, so a part may be computed without being shown, never the reverse).
 * A report is computed in one snapshot, so its parts are decided before the first read: distinct
 * people cost seconds at 10 million actions and are counted only when asked for.
 */
export function requestedReportParts(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<ReportPart> {
  const fields = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined, prefix: string) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const path = `${prefix}${selection.name.value}`;
        fields.add(path);
        if (prefix === '') walk(selection.selectionSet, `${path}.`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, prefix);
      else walk(info.fragments[selection.name.value]?.selectionSet, prefix);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, '');

  const parts = new Set<ReportPart>();
  if (fields.has('rows') || fields.has('suppressedRows')) parts.add('rows');
  if (fields.has('rows.distinctSupporters') || fields.has('rows.distinctSigners')) parts.add('rowPeople');
  if (fields.has('totals.actions') || fields.has('totals.quantity')) parts.add('totals');
  if (fields.has('totals.distinctSupporters') || fields.has('totals.distinctSigners')) parts.add('totalPeople');
  return parts;
}
