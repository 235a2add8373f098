import { z } from 'zod';

export class ConfigurationError extends Error {
  constructor(appName: string, problems: string[]) {
    super(`${appName}: the environment is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Parses the process environment (or any record) with a zod schema and fails fast with one readable
 * message listing every problem. Values are never echoed: a secret in the wrong place must not end up
 * in a log.
 */
export function loadEnvironment<Schema extends z.ZodType>(
  appName: string,
  schema: Schema,
  source: Record<string, string | undefined> = process.env,
): z.output<Schema> {
  const result = schema.safeParse(withoutEmptyValues(source));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ConfigurationError(appName, problems);
}

/** `FOO=` in a shell or an .env file means "not set", so that defaults apply. */
function withoutEmptyValues(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
