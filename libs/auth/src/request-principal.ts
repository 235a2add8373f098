import { unauthenticated } from '@plume/errors';
import { ANONYMOUS, type Principal } from './principal';
import { InvalidTokenError, type TokenVerifier } from './token';

/**
 * Who is calling, from the `Authorization: Bearer …` header. No header is an anonymous caller; a header
 * with a bad token is refused outright (a site with an expired token should learn it, not silently
 * lose its rights).
 */
export async function principalFromAuthorization(authorization: string | undefined, verifyToken: TokenVerifier): Promise<Principal> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".', 401);
  try {
    return await verifyToken(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(`Access token refused: ${error.message}.`, 401);
    throw error;
  }
}
