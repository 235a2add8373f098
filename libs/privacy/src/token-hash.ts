import { createHash } from 'node:crypto';

/**
 * What a service stores (or announces in an event) instead of a bearer token it hands out: the
 * SHA-256 of the token, hex. A token is 256 random (or keyed) bits, so its hash cannot be reversed
 * or guessed; a leaked table or topic therefore gives nobody a usable link. Used for the monthly
 * questionnaire links (supporters → actions, see apps/actions/README.md) and petition retraction links.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
