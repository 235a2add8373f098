import { ErrorCode, PUBLIC_ERROR_CODES } from '@plume/errors';
import type { GraphqlResponse } from '@plume/testing';

/**
 * The codes a client may get for whatever it sends while every service is up: the project's public
 * codes (libs/errors), except SERVICE_UNAVAILABLE — with nothing down, that would be a subgraph failing.
 */
export const EXPECTED_ERROR_CODES: ReadonlySet<string> = new Set([...PUBLIC_ERROR_CODES].filter((code) => code !== ErrorCode.ServiceUnavailable));

/**
 * What is wrong with an answer to any request: a 5xx, an error without a code or with an unexpected
 * one (INTERNAL_SERVER_ERROR included), personal data that was sent coming back in an error.
 */
export function responseProblems(response: GraphqlResponse<unknown>, personal: readonly string[]): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  for (const error of response.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !EXPECTED_ERROR_CODES.has(code)) problems.push(`error code ${String(code)}: ${error.message}`);
    const text = JSON.stringify({ message: error.message, extensions: error.extensions });
    for (const value of personal) {
      if (error.message.includes(value) || text.includes(JSON.stringify(value).slice(1, -1))) problems.push(`personal data ${JSON.stringify(value)} echoed in: ${error.message}`);
    }
  }
  return problems;
}

/** Where sent personal data appears in a service's output, as short excerpts. */
export function personalDataInLogs(outputs: Record<string, string>, personal: Iterable<string>): string[] {
  const found: string[] = [];
  for (const value of personal) {
    for (const [service, output] of Object.entries(outputs)) {
      const at = output.includes(value) ? output.indexOf(value) : output.indexOf(JSON.stringify(value).slice(1, -1));
      if (at >= 0) found.push(`${service} logged ${JSON.stringify(value)}: …${output.slice(Math.max(0, at - 200), at + value.length + 100)}…`);
    }
  }
  return found;
}
