import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { requestedReportParts } from './report-selection';

/** The parts a query document asks of its `actionReport` field. */
function partsOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  return [...requestedReportParts({ fieldNodes: [field], fragments })].sort();
}

describe('requestedReportParts', () => {
  it('asks for people only when a people field is selected', () => {
    expect(partsOf(`{ actionReport { asOf rows { section actions } totals { actions } } }`)).toEqual(['rows', 'totals']);
    expect(partsOf(`{ actionReport { rows { distinctSigners } totals { distinctSupporters } } }`)).toEqual(['rowPeople', 'rows', 'totalPeople']);
  });

  it('reads fields through aliases, inline fragments and named fragments', () => {
    expect(partsOf(`{ r: actionReport { ... on ActionReport { suppressedRows } ...T } } fragment T on ActionReport { totals { ...P } } fragment P on ActionReportTotals { people: distinctSigners }`)).toEqual([
      'rows',
      'totalPeople',
    ]);
  });

  it('asks for nothing but the watermark when only asOf and minPeople are selected', () => {
    expect(partsOf(`{ actionReport { asOf minPeople } }`)).toEqual([]);
  });
});
