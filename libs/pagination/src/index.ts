export { decodeCursor, encodeCursor } from './keyset-cursor';
export { pageArguments, toConnection } from './connection';
export type { Connection, PageArguments } from './connection';
