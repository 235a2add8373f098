import { GraphQLError } from 'graphql';
import pino from 'pino';
import { createErrorFormatter } from './format-error';

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

  it('masks unexpected errors and logs them on the server', () => {
    const formatted = format({ message: 'connect ECONNREFUSED 127.0.0.1:5432', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    expect(formatted.message).toBe('Something went wrong on our side. Please try again later.');
    expect(JSON.stringify(formatted)).not.toContain('5432');
    expect(JSON.stringify(logged)).toContain('ECONNREFUSED');
  });
});
