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
  'admin:users',
  'admin:reference-data',
  'read:audit-log',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
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
  ],
  // A manager's statistics, activities and follow-ups are limited to their departments (see departmentScope).
  MANAGER: ['read:statistics', 'read:plan:draft', 'read:plan:published', 'read:activity', 'follow-up:activity'],
  UNION_REP: ['read:statistics', 'read:plan:published', 'review:ask'],
  ADMIN: ['read:statistics', 'read:statistics:unsuppressed', 'admin:users', 'admin:reference-data', 'read:audit-log'],
};

/** A user's standing in one organisation (a user may hold several roles there). */
export type OrgAccess = {
  organizationId: string;
  roles: readonly RoleName[];
  /** Departments a manager is scoped to. */
  managedDepartmentIds: readonly string[];
  unionOrganizationId: string | null;
};

export function permissionsOf(access: OrgAccess): Set<Permission> {
  return new Set(access.roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function can(access: OrgAccess | null | undefined, permission: Permission): boolean {
  return access ? permissionsOf(access).has(permission) : false;
}

export type DepartmentScope = { kind: 'all' } | { kind: 'departments'; ids: readonly string[] };

/** Which departments' rows a user may read or follow up. Organisation-wide roles see all. */
export function departmentScope(access: OrgAccess): DepartmentScope {
  if (access.roles.some((role) => role !== 'MANAGER')) return { kind: 'all' };
  return { kind: 'departments', ids: access.managedDepartmentIds };
}

export function inScope(scope: DepartmentScope, departmentId: string | null): boolean {
  if (scope.kind === 'all') return true;
  return departmentId !== null && scope.ids.includes(departmentId);
}

/** Which start page content a user gets, most capable role first. */
export function primaryRole(access: OrgAccess): RoleName {
  return ROLES.find((role) => access.roles.includes(role)) ?? 'UNION_REP';
}
