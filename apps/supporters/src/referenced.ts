/**
 * A row a foreign key guarantees (an adoption's supporter, a supporter's section). Its absence is a
 * bug, not the caller's doing: it surfaces as an internal error, logged in full, masked for the client.
 */
export function referenced<Row>(row: Row | null | undefined, what: string): Row {
  if (row === null || row === undefined) throw new Error(`${what} is missing although a foreign key guarantees it`);
  return row;
}
