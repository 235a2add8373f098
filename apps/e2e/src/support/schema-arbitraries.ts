import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { invalidScalar, type LeafValues } from './leaf-values';

/** One generated operation: a mutation document and its variables. */
export interface FuzzOperation {
  field: string;
  /** `plausible` or `valid` (schema-valid), or how it was made invalid (e.g. `invalid $input`, `missing argument id`). */
  variant: string;
  document: string;
  variables: Record<string, unknown>;
}

const mandatory = (input: GraphQLArgument | GraphQLInputField) => isNonNullType(input.type) && input.defaultValue === undefined;

function without(value: unknown, key: string): Record<string, unknown> {
  const copy = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}

/**
 * Arbitraries for the values of input types, by walking them: scalars (shaped by the field name), enums,
 * input objects, lists, non-null. `valid` values pass GraphQL's own coercion (not necessarily the
 * subgraph's validation) — `plausible` ones only what a real client would send, so that some writes
 * succeed; `invalid` ones fail coercion somewhere inside (wrong type, unknown enum value, out-of-range
 * Int, null for non-null, missing required or unknown field).
 */
export function inputArbitraries(leaves: LeafValues) {
  function valid(type: GraphQLInputType, name: string, parentName: string, plausible = false): fc.Arbitrary<unknown> {
    if (!isNonNullType(type)) return fc.oneof({ weight: 4, arbitrary: present(type, name, parentName, plausible) }, { weight: 1, arbitrary: fc.constant(null) });
    return present(type.ofType, name, parentName, plausible);
  }

  function present(type: GraphQLInputType, name: string, parentName: string, plausible = false): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return present(type.ofType, name, parentName, plausible);
    if (isListType(type)) return fc.array(valid(type.ofType, name, parentName, plausible), plausible ? { minLength: 1, maxLength: 2 } : { maxLength: 3 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const model = Object.fromEntries(fields.map((field) => [field.name, valid(field.type, field.name, type.name, plausible)]));
      return fc.record(model, { requiredKeys: fields.filter(mandatory).map((field) => field.name) });
    }
    return leaves.scalar(type.name, name, parentName, plausible);
  }

  function invalid(type: GraphQLInputType, name: string, parentName: string): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return fc.oneof(fc.constant(null), invalid(type.ofType, name, parentName));
    if (isListType(type)) return fc.array(invalid(type.ofType, name, parentName), { minLength: 1, maxLength: 2 });
    if (isEnumType(type)) return fc.constantFrom('NOT_A_VALUE', type.getValues()[0].name.toLowerCase(), 3, '');
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const required = fields.filter(mandatory);
      const whole = present(type, name, parentName);
      const variants: fc.Arbitrary<unknown>[] = [
        fc.constantFrom('not an object', 42, true),
        whole.map((value) => ({ ...(value as object), fuzzUnknownField: 'x' })),
        fc.constantFrom(...fields).chain((field) =>
          fc.tuple(whole, invalid(field.type, field.name, type.name)).map(([value, bad]) => ({ ...(value as object), [field.name]: bad })),
        ),
      ];
      if (required.length > 0) variants.push(fc.constantFrom(...required).chain((field) => whole.map((value) => without(value, field.name))));
      return fc.oneof(...variants);
    }
    return invalidScalar(type.name);
  }

  return { valid, invalid };
}

export type InputArbitraries = ReturnType<typeof inputArbitraries>;

/**
 * Operations calling one mutation: every argument as a variable declared with its schema type, the
 * payload's scalar leaves selected. Mostly schema-valid variables (plausible ones, or odd ones);
 * otherwise one argument invalid, a required variable or argument missing, or an argument the schema
 * does not know.
 */
export function operationArbitrary(field: GraphQLField<unknown, unknown>, inputs: InputArbitraries, selection: string): fc.Arbitrary<FuzzOperation> {
  const args = field.args;
  const required = args.filter(mandatory);
  const document = (declared: readonly GraphQLArgument[], extra?: string) => {
    const variables = declared.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = [...declared.map((arg) => `${arg.name}: $${arg.name}`), ...(extra ? [extra] : [])].join(', ');
    return `mutation Fuzz${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
  };
  const full = document(args);
  const variablesOf = (plausible: boolean) =>
    fc.record(Object.fromEntries(args.map((arg) => [arg.name, inputs.valid(arg.type, arg.name, field.name, plausible)])), {
      requiredKeys: required.map((arg) => arg.name),
    }) as fc.Arbitrary<Record<string, unknown>>;
  const validVariables = variablesOf(false);
  const operation = (variant: string, variables: Record<string, unknown>, text = full): FuzzOperation => ({ field: field.name, variant, document: text, variables });

  const variants: fc.WeightedArbitrary<FuzzOperation>[] = [
    { weight: 4, arbitrary: variablesOf(true).map((variables) => operation('plausible', variables)) },
    { weight: 3, arbitrary: validVariables.map((variables) => operation('valid', variables)) },
    { weight: 1, arbitrary: validVariables.map((variables) => operation('unknown argument', variables, document(args, 'fuzzUnknownArgument: 1'))) },
  ];
  if (args.length > 0) {
    variants.push({
      weight: 3,
      arbitrary: fc
        .constantFrom(...args)
        .chain((arg) => fc.tuple(validVariables, inputs.invalid(arg.type, arg.name, field.name)).map(([variables, bad]) => operation(`invalid $${arg.name}`, { ...variables, [arg.name]: bad }))),
    });
  }
  if (required.length > 0) {
    variants.push(
      { weight: 1, arbitrary: fc.constantFrom(...required).chain((arg) => validVariables.map((variables) => operation(`missing variable $${arg.name}`, without(variables, arg.name)))) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...required)
          .chain((arg) => validVariables.map((variables) => operation(`missing argument ${arg.name}`, without(variables, arg.name), document(args.filter((other) => other !== arg))))),
      },
    );
  }
  return fc.oneof(...variants);
}
