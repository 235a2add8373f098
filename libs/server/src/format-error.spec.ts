import {
  getVariableValues,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  locatedError,
  parse,
  type GraphQLInputType,
} from 'graphql';
import pino from 'pino';
import { createErrorFormatter } from './format-error';

/** The error graphql-js (then Apollo Server, keeping it as `originalError`) gives for a refused `$input`. */
function refusedVariable(schema: GraphQLSchema, value: unknown, type: GraphQLInputType): GraphQLError {
  const operation = parse(`query($input: ${String(type)}) { f(input: $input) }`).definitions[0] as never;
  const result = getVariableValues(schema, (operation as { variableDefinitions: never }).variableDefinitions, { input: value });
  const error = result.errors![0];
  return new GraphQLError(error.message, { originalError: error.originalError ?? error });
}

describe('createErrorFormatter', () => {
  const logged: unknown[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
  const format = createErrorFormatter(logger);

  it('keeps the message and code of errors meant for clients, and nothing else', () => {
    const formatted = format(
      { message: 'Invalid input. input.country: must be an ISO code', path: ['createCase'], extensions: { code: 'BAD_USER_INPUT', invalidFields: [{ field: 'input.country' }], stacktrace: ['at x'], serviceName: 'cases', response: { url: 'http://10.0.0.5:4001/graphql' } } },
      new GraphQLError('x'),
    );
    expect(formatted).toEqual({ message: 'Invalid input. input.country: must be an ISO code', path: ['createCase'], locations: undefined, extensions: { code: 'BAD_USER_INPUT', invalidFields: [{ field: 'input.country' }] } });
  });

  it('never repeats the value of a refused variable (it may be personal data), only where and why', () => {
    const address = new GraphQLInputObjectType({ name: 'AddressInput', fields: { street: { type: new GraphQLNonNull(GraphQLString) }, zip: { type: GraphQLInt } } });
    const input = new GraphQLInputObjectType({ name: 'RegisterInput', fields: { email: { type: new GraphQLNonNull(GraphQLString) }, address: { type: address }, language: { type: new GraphQLNonNull(GraphQLString) } } });
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { f: { type: GraphQLString, args: { input: { type: input } } } } }) });
    const refuse = (value: unknown) => refusedVariable(schema, value, input);
    const messages = [
      refuse({ email: 'amina@example.org', address: { street: 'Rue de la Loi 16' } }),
      refuse({ email: 'amina@example.org', language: 'fr', address: { street: 'Rue de la Loi 16', zip: 'amina@example.org' } }),
      refuse({ email: ['amina@example.org'], language: 'fr' }),
      refuse('amina@example.org'),
    ].map((error) => format({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error).message);
    expect(messages).toEqual([
      'Variable "$input" got an invalid value; Field "language" of required type "String!" was not provided.',
      'Variable "$input" got an invalid value at "input.address.zip"; must be a valid Int.',
      'Variable "$input" got an invalid value at "input.email"; must be a valid String.',
      'Variable "$input" got an invalid value; Expected type "RegisterInput" to be an object.',
    ]);
  });

  it('masks unexpected errors and logs them on the server', () => {
    const formatted = format({ message: 'connect ECONNREFUSED 127.0.0.1:5432', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    expect(formatted.message).toBe('Something went wrong on our side. Please try again later.');
    expect(JSON.stringify(formatted)).not.toContain('5432');
    expect(JSON.stringify(logged)).toContain('ECONNREFUSED');
  });

  it('answers a busy or unreachable database as SERVICE_UNAVAILABLE, retryable, without details', () => {
    const poolTimeout = new Error('timeout exceeded when trying to connect');
    const formatted = format({ message: poolTimeout.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, poolTimeout);
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatted.message).toMatch(/try again/);
    expect(formatted.message).not.toContain('timeout exceeded');
  });

  it('recognises a connection error thrown as a value that is not an Error (wrapped by graphql-js)', () => {
    const refused = locatedError({ errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port: 5432 }, undefined, ['signPetition']);
    const formatted = format({ message: refused.message, path: ['signPetition'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refused);
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(JSON.stringify(formatted)).not.toMatch(/5432|127\.0\.0\.1|ECONNREFUSED/);
  });
});
