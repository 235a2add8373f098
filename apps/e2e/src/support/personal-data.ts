import { getNamedType, isInputObjectType, type GraphQLField, type GraphQLInputType } from 'graphql';

/**
 * The input fields that carry a person's data: supporters, signers, the official who received a
 * petition. Organisations' contact details (embassies, sections, authorities' offices) are not listed.
 */
const PERSONAL_FIELDS = new Set([
  'SignerInput.name',
  'SignerInput.email',
  'RegisterSupporterInput.givenName',
  'RegisterSupporterInput.familyName',
  'RegisterSupporterInput.email',
  'RegisterSupporterInput.phone',
  'UpdateSupporterInput.givenName',
  'UpdateSupporterInput.familyName',
  'UpdateSupporterInput.email',
  'UpdateSupporterInput.phone',
  'SupporterAddressInput.street',
  'ReceivedByInput.name',
]);

/** Short or blank values could appear in any message by chance: only distinctive ones are looked for. */
const distinctive = (value: string) => value.trim().length >= 6 && /[\p{L}\p{N}]/u.test(value);

function collect(type: GraphQLInputType, value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((item) => collect(type, item, found));
  const named = getNamedType(type);
  if (!isInputObjectType(named) || typeof value !== 'object' || value === null) return;
  const fields = named.getFields();
  for (const [key, fieldValue] of Object.entries(value)) {
    if (!fields[key]) continue;
    if (PERSONAL_FIELDS.has(`${named.name}.${key}`) && typeof fieldValue === 'string' && distinctive(fieldValue)) found.add(fieldValue);
    collect(fields[key].type, fieldValue, found);
  }
}

/** The personal data an operation sends in its variables (walked with the schema's input types, whatever else is wrong with them). */
export function personalValues(mutation: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string[] {
  const found = new Set<string>();
  for (const arg of mutation.args) collect(arg.type, variables[arg.name], found);
  return [...found];
}
