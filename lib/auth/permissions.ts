/**
 * Who may do what: the one place that defines it. The server refuses with these, the UI hides with them.
 * Pure (no database), so it is unit-tested exhaustively.
 */

export const ROLES = ['HR', 'MANAGER', 'UNION_REP', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  HR: 'HR-konsult',
  MANAGER: 'Chef',
  UNION_REP: 'Fackligt ombud',
  ADMIN: 'Administratör',
};

export const PERMISSIONS = [
  'read:statistics',
  'read:statistics:unsuppressed', // small cells (n < 5) shown as they are
  'import:statistics',
  'configure:statistics', // the organisation's definitions, e.g. of turnover
  'read:plan:draft',
  'read:plan:published', // plans under samverkan or adopted
  'edit:plan',
  'export:plan',
  'read:activity',
  'edit:activity',
  'follow-up:activity',
  'review:ask',
  'review:answer',
  'manage:review', // samverkan meetings: create them, invite unions, send a plan version, write the minutes
  'read:notifications',
  'admin:users',
  'admin:reference-data',
  'read:audit-log',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * How far a permission reaches. A role grants a permission organisation-wide (the bare name) or only for the
 * departments the user manages (`…:own-department`), in the manner of the Epic Stack's `…:own` / `…:any`.
 */
export const OWN_DEPARTMENT = ':own-department';
export type Grant = Permission | `${Permission}${typeof OWN_DEPARTMENT}`;

const ROLE_GRANTS: Record<RoleName, readonly Grant[]> = {
  HR: [
    'read:statistics',
    'read:statistics:unsuppressed',
    'import:statistics',
    'configure:statistics',
    'read:plan:draft',
    'read:plan:published',
    'edit:plan',
    'export:plan',
    'read:activity',
    'edit:activity',
    'follow-up:activity',
    'review:answer',
    'manage:review',
    'read:notifications',
  ],
  // A manager reads the whole plan, but statistics and activities only of the departments they manage.
  MANAGER: [
    'read:statistics:own-department',
    'read:plan:draft',
    'read:plan:published',
    'read:activity:own-department',
    'follow-up:activity:own-department',
    'read:notifications',
  ],
  UNION_REP: ['read:statistics', 'read:plan:published', 'review:ask', 'read:notifications'],
  ADMIN: [
    'read:statistics',
    'read:statistics:unsuppressed',
    'admin:users',
    'admin:reference-data',
    'read:audit-log',
    'read:notifications',
  ],
};

/**
 * Samverkan is between the employer and the unions (MBL): one person never speaks for both in one organisation.
 * The employer's side are the roles that run samverkan and answer in it; the union side the roles that ask.
 * A Chef may be a union member and rep (neither runs nor answers samverkan), so only these pairs conflict.
 */
const speaksForEmployer = (role: RoleName) =>
  ROLE_GRANTS[role].some((g) => g === 'review:answer' || g === 'manage:review');
const speaksForUnion = (role: RoleName) => ROLE_GRANTS[role].includes('review:ask');

/** The first employer-side and union-side role the combination holds together, or null when it may be held. */
export function separationOfDutiesConflict(roles: readonly RoleName[]): { employer: RoleName; union: RoleName } | null {
  const employer = roles.find(speaksForEmployer);
  const union = roles.find(speaksForUnion);
  return employer && union ? { employer, union } : null;
}

function parseGrant(grant: Grant): { permission: Permission; ownDepartment: boolean } {
  return grant.endsWith(OWN_DEPARTMENT)
    ? { permission: grant.slice(0, -OWN_DEPARTMENT.length) as Permission, ownDepartment: true }
    : { permission: grant as Permission, ownDepartment: false };
}

export function grantsOf(role: RoleName): readonly Grant[] {
  return ROLE_GRANTS[role];
}

/** A user's standing in one organisation (a user may hold several roles there). */
export type OrgAccess = {
  organizationId: string;
  roles: readonly RoleName[];
  /** Departments a manager is scoped to. */
  managedDepartmentIds: readonly string[];
  unionOrganizationId: string | null;
};

/** Every permission any of the user's roles grants, at any scope. */
export function permissionsOf(access: OrgAccess): Set<Permission> {
  return new Set(access.roles.flatMap((role) => ROLE_GRANTS[role].map((g) => parseGrant(g).permission)));
}

/**
 * Whether the user holds the permission at all (organisation-wide or for some department). Enough for showing
 * a page or a link; what the page then reads follows `scopeFor`.
 */
export function can(access: OrgAccess | null | undefined, permission: Permission): boolean {
  return access ? permissionsOf(access).has(permission) : false;
}

/** Which departments' rows a permission reaches: all of them, some, or none (then nothing is read). */
export type Scope = { kind: 'all' } | { kind: 'departments'; ids: readonly string[] } | { kind: 'none' };

/**
 * The reach of one permission for this user: the union of what each of their roles grants for *that*
 * permission. A Chef who is also Fackligt ombud reads statistics organisation-wide (the union rep's grant, still
 * suppressed) but activities only of their own departments (no other role grants more). A grant for the own
 * departments of a user with no departments reaches nothing.
 */
export function scopeFor(access: OrgAccess | null | undefined, permission: Permission): Scope {
  if (!access) return { kind: 'none' };
  const ids = new Set<string>();
  for (const role of access.roles)
    for (const grant of ROLE_GRANTS[role]) {
      const parsed = parseGrant(grant);
      if (parsed.permission !== permission) continue;
      if (!parsed.ownDepartment) return { kind: 'all' };
      for (const id of access.managedDepartmentIds) ids.add(id);
    }
  return ids.size ? { kind: 'departments', ids: [...ids] } : { kind: 'none' };
}

export function inScope(scope: Scope, departmentId: string | null): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return departmentId !== null && scope.ids.includes(departmentId);
}

/** Which start page content a user gets, most capable role first. */
export function primaryRole(access: OrgAccess): RoleName {
  return ROLES.find((role) => access.roles.includes(role)) ?? 'UNION_REP';
}

/**
 * Permissions that belong to no organisation: system administration (User.isSystemAdmin). They grant nothing in
 * any organisation, and no organisation role grants them.
 */
export const SYSTEM_PERMISSIONS = ['read:sign-in-log', 'read:organizations', 'read:reference-data'] as const;
export type SystemPermission = (typeof SYSTEM_PERMISSIONS)[number];

/** A user's standing outside the organisations, built from the signed-in user (session.ts), never from input. */
export type SystemAccess = { userId: string; isSystemAdmin: boolean };

export function canSystem(access: SystemAccess | null | undefined, permission: SystemPermission): boolean {
  return Boolean(access?.isSystemAdmin) && SYSTEM_PERMISSIONS.includes(permission);
}
