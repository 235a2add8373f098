import { createHmac } from 'node:crypto';

/**
 * Emails are compared in one canonical form: trimmed, lower-cased (the domain is case-insensitive, and
 * in practice so are mailboxes). Nothing provider-specific (dots, "+tags") is folded: that would merge
 * people who are different.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A salted, keyed reference to a contact (HMAC-SHA256 of the normalised email with a server secret):
 * the same person gives the same reference in every subgraph, so duplicates can be found and an
 * erasure can reach every copy — without storing or sending the email itself. Without the secret the
 * reference cannot be reversed or recomputed from a list of emails.
 */
export function contactReference(email: string, secret: string): string {
  return createHmac('sha256', secret).update(normalizeEmail(email)).digest('base64url');
}
