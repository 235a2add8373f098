import type { z } from 'zod';
import { badUserInput } from './graphql-errors';

/**
 * Validates a mutation input with its zod schema. On failure every problem is reported at once, as
 * `BAD_USER_INPUT` with the path of each invalid field, so a web developer can fix a form in one go.
 */
export function validateInput<Schema extends z.ZodType>(schema: Schema, input: unknown, argumentName = 'input'): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // argumentName '' validates a field's whole argument list at once: paths are then the argument names.
  const invalidFields = result.error.issues.map((issue) => ({
    field: [argumentName, ...issue.path.map(String)].filter((part) => part !== '').join('.'),
    message: issue.message,
  }));
  const summary = invalidFields.map((f) => `${f.field}: ${f.message}`).join('; ');
  throw badUserInput(`Invalid ${argumentName || 'arguments'}. ${summary}`, invalidFields);
}
