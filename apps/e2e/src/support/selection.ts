import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLOutputType } from 'graphql';

/** A field that can be selected without arguments (none required, or all required ones have a default). */
function selectableAlone(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((argument) => !isNonNullType(argument.type) || argument.defaultValue !== undefined);
}

/**
 * The selection set of a payload built from the schema: its scalar and enum fields; when it has none
 * (a payload wrapping objects), the scalar and enum fields of those objects, one level down.
 */
export function scalarSelection(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter(selectableAlone);
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type))).map((field) => field.name);
  if (leaves.length > 0 || depth === 0) return `{ __typename ${leaves.join(' ')} }`;
  const nested = fields.filter((field) => isObjectType(getNamedType(field.type))).map((field) => `${field.name} ${scalarSelection(field.type, depth - 1)}`);
  return `{ __typename ${nested.join(' ')} }`;
}
