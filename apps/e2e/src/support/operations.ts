import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A published operation of apps/gateway/operations, sent exactly as a section website sends it. */
export function operation(name: string): string {
  return readFileSync(resolve(__dirname, '../../../gateway/operations', `${name}.graphql`), 'utf8');
}
