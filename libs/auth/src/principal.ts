/** Roles carried by Plume access tokens (see the security model in ARCHITECTURE.md). */
export const ROLES = ['site', 'staff', 'analyst', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose token must name the section they act for. */
export const SECTION_ROLES: ReadonlySet<Role> = new Set(['site', 'staff']);

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'authenticated'; role: Role; subject: string; section: string | null };

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' });

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.kind === 'authenticated' && roles.includes(principal.role);
}
