import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { ROLES, SECTION_ROLES, type Principal, type Role } from './principal';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

const claims = z
  .object({
    sub: z.string().min(1),
    role: z.enum(ROLES),
    section: z.string().regex(/^[A-Z]{2}(-[A-Z]{2,3})?$/).optional(),
  })
  .refine((c) => !SECTION_ROLES.has(c.role) || c.section, { message: 'site and staff tokens must carry a section' });

const ALGORITHM = 'HS256';

/** Distinct tokens remembered as verified: a section website sends one token for all its visitors. */
const VERIFIED_TOKENS = 1_000;

interface Verified {
  principal: Principal;
  /** `exp` in ms; a remembered token is refused from then on like any expired token. */
  expiresAtMs: number;
  notBeforeMs: number;
}

/**
 * Verifies a Plume access token (signature, issuer, audience, expiry, claims) and returns who calls.
 * A token verified once is remembered (the same bytes verify the same way) until its `exp`, so a
 * website's token is not checked again on each of its visitors' requests: that verification was 6 %
 * of the gateway's CPU under signing load. Refusals are not remembered.
 */
export function createTokenVerifier(settings: TokenSettings) {
  const key = new TextEncoder().encode(settings.secret);
  const verified = new LRUCache<string, Verified>({ max: VERIFIED_TOKENS });
  return async function verifyToken(token: string): Promise<Principal> {
    const remembered = verified.get(token);
    const now = Date.now();
    if (remembered && remembered.notBeforeMs <= now && now < remembered.expiresAtMs) return remembered.principal;
    try {
      const { payload } = await jwtVerify(token, key, { issuer: settings.issuer, audience: settings.audience, algorithms: [ALGORITHM] });
      const parsed = claims.safeParse(payload);
      if (!parsed.success) throw new InvalidTokenError('the token claims are not valid');
      const principal: Principal = { kind: 'authenticated', role: parsed.data.role, subject: parsed.data.sub, section: parsed.data.section ?? null };
      // A token without `exp` is verified every time: nothing says until when remembering it is right.
      if (payload.exp !== undefined) verified.set(token, { principal, expiresAtMs: payload.exp * 1000, notBeforeMs: (payload.nbf ?? 0) * 1000 });
      return principal;
    } catch (error) {
      verified.delete(token);
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('the token has expired');
      throw new InvalidTokenError('the token is not valid');
    }
  };
}
export type TokenVerifier = ReturnType<typeof createTokenVerifier>;

export interface TokenRequest {
  role: Role;
  subject: string;
  section?: string;
  /** e.g. "1h", "30d" */
  expiresIn?: string;
}

/** Issues a token (development, demos and tests; production tokens come from the identity provider). */
export async function issueToken(settings: TokenSettings, request: TokenRequest): Promise<string> {
  const key = new TextEncoder().encode(settings.secret);
  const payload: Record<string, string> = { role: request.role };
  if (request.section) payload.section = request.section;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(request.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '1h')
    .sign(key);
}
