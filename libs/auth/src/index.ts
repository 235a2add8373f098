export { ANONYMOUS, hasRole, ROLES, SECTION_ROLES } from './principal';
export type { Principal, Role } from './principal';
export type { AuthenticatedPrincipal } from './authorization';
export { createTokenVerifier, InvalidTokenError, issueToken } from './token';
export type { TokenRequest, TokenSettings, TokenVerifier } from './token';
export { CLIENT_ADDRESS_HEADER, GATEWAY_CREDENTIAL_HEADER, isValidGatewayCredential } from './gateway-credential';
export { principalFromAuthorization } from './request-principal';
export { actsForSection, canSeeUnpublished, requireRole, requireSectionRole } from './authorization';
