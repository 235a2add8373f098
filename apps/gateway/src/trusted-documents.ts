import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The trusted documents: the operations published by the section websites and tools
 * (apps/gateway/operations, hashed by graphql-codegen into persisted-documents.json). A client may send
 * an operation by id (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`) or as the exact
 * document text.
 */
export interface TrustedDocuments {
  documentFor(id: string): string | undefined;
  isTrusted(query: string): boolean;
  size: number;
}

export function loadTrustedDocuments(manifestPath: string): TrustedDocuments {
  const manifest: Record<string, string> = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const ids = new Map(Object.entries(manifest));
  return {
    documentFor: (id) => ids.get(id),
    isTrusted: (query) => ids.has(createHash('sha256').update(query).digest('hex')),
    size: ids.size,
  };
}
