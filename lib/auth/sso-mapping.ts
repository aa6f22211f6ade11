/**
 * "Rollkoppling": from the app-role claim of an SSO token to roles in organisations. Pure, so it is unit-tested;
 * lib/auth/sso.ts reads the mappings and writes what this decides.
 */
import { type RoleName, separationOfDutiesConflict } from './permissions';

export type RoleMapping = {
  claimValue: string;
  organizationId: string;
  role: RoleName;
  /** A manager's departments (empty for the other roles). */
  departmentIds: string[];
  /** A union rep's union (null for the other roles). */
  unionId: string | null;
};

/** One organisation's access, in the shape lib/admin/memberships.ts writes. */
export type MappedAccess = { roles: RoleName[]; departmentIds: string[]; unionId: string | null };

export type MappingResult =
  | {
      ok: true;
      /**
       * Every organisation that has a mapping, with the access the claims give there (possibly none). An SSO
       * user's memberships in these organisations become exactly this; organisations without mappings keep the
       * roles an administrator gave by hand.
       */
      organizations: Map<string, MappedAccess>;
    }
  | { ok: false; organizationId: string; reason: 'roles-conflict' | 'two-unions' };

/** The token's app roles (`roles`: an array of strings; anything else counts as none). */
export function claimedRoles(claims: Record<string, unknown>): string[] {
  const roles = claims.roles;
  if (!Array.isArray(roles)) return [];
  return [...new Set(roles.filter((r): r is string => typeof r === 'string').map((r) => r.trim()))].filter(Boolean);
}

export function mapClaimsToAccess(claimValues: readonly string[], mappings: readonly RoleMapping[]): MappingResult {
  const claimed = new Set(claimValues);
  const organizations = new Map<string, MappedAccess>();
  for (const m of mappings) {
    if (!organizations.has(m.organizationId)) {
      organizations.set(m.organizationId, { roles: [], departmentIds: [], unionId: null });
    }
  }
  for (const m of mappings) {
    if (!claimed.has(m.claimValue)) continue;
    const access = organizations.get(m.organizationId)!;
    if (!access.roles.includes(m.role)) access.roles.push(m.role);
    if (m.role === 'MANAGER') access.departmentIds.push(...m.departmentIds);
    if (m.role === 'UNION_REP') {
      // A membership has one union: two claims naming different unions is a mistake in the mapping, not a choice.
      if (access.unionId && m.unionId && access.unionId !== m.unionId) {
        return { ok: false, organizationId: m.organizationId, reason: 'two-unions' };
      }
      access.unionId ??= m.unionId;
    }
  }
  for (const [organizationId, access] of organizations) {
    access.roles.sort();
    access.departmentIds = [...new Set(access.departmentIds)].sort();
    if (separationOfDutiesConflict(access.roles)) return { ok: false, organizationId, reason: 'roles-conflict' };
  }
  return { ok: true, organizations };
}

/** Whether two accesses are the same (so re-applying an unchanged mapping writes nothing and logs nothing). */
export function sameAccess(a: MappedAccess, b: MappedAccess): boolean {
  const sorted = (values: readonly string[]) => [...values].sort().join('\n');
  return (
    sorted(a.roles) === sorted(b.roles) &&
    sorted(a.roles.includes('MANAGER') ? a.departmentIds : []) ===
      sorted(b.roles.includes('MANAGER') ? b.departmentIds : []) &&
    (a.roles.includes('UNION_REP') ? a.unionId : null) === (b.roles.includes('UNION_REP') ? b.unionId : null)
  );
}

/** The subject a user is keyed on: Entra ID's object id (`oid`, stable across e-mail changes), else `sub`. */
export function ssoSubject(claims: Record<string, unknown>): string | null {
  const value = typeof claims.oid === 'string' && claims.oid ? claims.oid : claims.sub;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The e-mail Entra ID gives: `email` when the account has one, else the sign-in name. Lower case. */
export function ssoEmail(claims: Record<string, unknown>): string {
  const value = [claims.email, claims.preferred_username, claims.upn].find((v) => typeof v === 'string' && v.trim());
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}
