import { Kind, valueFromASTUntyped, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The public writes a bot or a troll farm will flood first, and where each one carries the person's
 * email (the contact reference is derived from it).
 */
export const PUBLIC_WRITES: Record<string, { emailPath?: string[] }> = {
  signPetition: { emailPath: ['signer', 'email'] },
  registerSupporter: { emailPath: ['input', 'email'] },
  recordAction: {},
};

export interface PublicWrite {
  field: string;
  email?: string;
}

/**
 * Every public write of a mutation, one entry per field as written — aliases included, so that
 * `a: signPetition(…) b: signPetition(…)` counts twice.
 */
export function publicWritesOf(operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): PublicWrite[] {
  if (operation.operation !== 'mutation') return [];
  return rootFields(operation.selectionSet)
    .filter((field) => field.name.value in PUBLIC_WRITES)
    .map((field) => ({ field: field.name.value, email: emailOf(field, variables) }));
}

function rootFields(selectionSet: SelectionSetNode): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet);
    return []; // named fragments on Mutation are not used by Plume's clients; GraphQL validation still applies
  });
}

function emailOf(field: FieldNode, variables: Record<string, unknown>): string | undefined {
  const path = PUBLIC_WRITES[field.name.value].emailPath;
  if (!path) return undefined;
  const [argument, ...rest] = path;
  const node = field.arguments?.find((candidate) => candidate.name.value === argument);
  let value: unknown = node ? valueFromASTUntyped(node.value, variables) : undefined;
  for (const key of rest) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
