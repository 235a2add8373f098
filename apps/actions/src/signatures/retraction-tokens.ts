import { createHmac } from 'node:crypto';

/**
 * The "that was not me" token of a signPetition request: an HMAC of the section and the website's
 * idempotency key under this service's secret. Derived, not random, so a retried request gets the same
 * token back without the token ever being stored (the database keeps its SHA-256 only).
 */
export class RetractionTokens {
  constructor(private readonly secret: string) {}

  issue(section: string, idempotencyKey: string): string {
    return createHmac('sha256', this.secret).update(`petition-retraction\n${section}\n${idempotencyKey}`).digest('base64url');
  }
}
