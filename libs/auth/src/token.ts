import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
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

/** Verifies a Plume access token (signature, issuer, audience, expiry, claims) and returns who calls. */
export function createTokenVerifier(settings: TokenSettings) {
  const key = new TextEncoder().encode(settings.secret);
  return async function verifyToken(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, key, { issuer: settings.issuer, audience: settings.audience, algorithms: [ALGORITHM] });
      const parsed = claims.safeParse(payload);
      if (!parsed.success) throw new InvalidTokenError('the token claims are not valid');
      return { kind: 'authenticated', role: parsed.data.role, subject: parsed.data.sub, section: parsed.data.section ?? null };
    } catch (error) {
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
