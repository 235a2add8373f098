import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_CONTRACTS, jsonSchemaOf } from '@plume/events';
import { contractsDocument } from './contracts-document';

/**
 * Writes the JSON Schema of every event contract to libs/events/schemas/, for internal tools that do
 * not use TypeScript, and the field reference libs/events/CONTRACTS.md.  `--check` fails when the
 * committed files differ from the contracts (CI).
 */
const directory = resolve(__dirname, '../../libs/events/schemas');
const check = process.argv.includes('--check');

const wanted = new Map(ALL_CONTRACTS.map((contract) => [`${contract.type}.json`, `${JSON.stringify(jsonSchemaOf(contract), null, 2)}\n`]));
const documentPath = resolve(__dirname, '../../libs/events/CONTRACTS.md');
const document = `${contractsDocument(ALL_CONTRACTS)}\n`;

if (check) {
  const present = readdirSync(directory).filter((file) => file.endsWith('.json'));
  const stale = [...wanted].filter(([file, content]) => !present.includes(file) || readFileSync(join(directory, file), 'utf8') !== content).map(([file]) => file);
  const extra = present.filter((file) => !wanted.has(file));
  let documentCurrent = false;
  try {
    documentCurrent = readFileSync(documentPath, 'utf8') === document;
  } catch {
    // missing counts as stale
  }
  if (!documentCurrent) stale.push('CONTRACTS.md');
  if (stale.length || extra.length) {
    console.error(`events: schemas are stale (${[...stale, ...extra].join(', ')}); run npm run events:schemas and commit`);
    process.exit(1);
  }
  console.log(`events: ${wanted.size} JSON Schemas and CONTRACTS.md up to date`);
} else {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const [file, content] of wanted) writeFileSync(join(directory, file), content);
  writeFileSync(documentPath, document);
  console.log(`events: wrote ${wanted.size} JSON Schemas to libs/events/schemas and libs/events/CONTRACTS.md`);
}
