/**
 * `npx tsx tools/actions-tail/tail.ts [--type …] [--case …] [--section …] [--from-beginning] [--max n]`
 *
 * A plain `npx tsx` from the repository root does not know the workspace's `@plume/*` import paths
 * (they live in tsconfig.base.json, and tsx only looks for a tsconfig.json). This entry point loads the
 * real command (tail-cli.ts) through a tsx loader registered with tsconfig.base.json.
 */
import { resolve } from 'node:path';
import { register } from 'tsx/cjs/api';

// tsx's loader API takes its tsconfig from this variable only; this sets it, it reads no configuration.
// eslint-disable-next-line no-restricted-properties
process.env.TSX_TSCONFIG_PATH ??= resolve(__dirname, '../../tsconfig.base.json');
register({ namespace: 'plume-actions-tail' }).require('./tail-cli', __filename);
