import { describe, expect, it } from 'vitest';
import {
  type OrgAccess,
  type Permission,
  PERMISSIONS,
  ROLES,
  can,
  inScope,
  primaryRole,
  scopeFor,
  separationOfDutiesConflict,
} from '@/lib/auth/permissions';

const access = (roles: OrgAccess['roles'], managedDepartmentIds: string[] = []): OrgAccess => ({
  organizationId: 'org',
  roles,
  managedDepartmentIds,
  unionOrganizationId: null,
});

// The role × permission matrix with each grant's reach ("ROLE" organisation-wide, "ROLE:own" only the
// departments the user manages), written out so that any change to who may do what is a deliberate test change.
const MATRIX: Record<Permission, string> = {
  'read:statistics': 'HR MANAGER:own UNION_REP ADMIN',
  'read:statistics:unsuppressed': 'HR ADMIN',
  'import:statistics': 'HR',
  'configure:statistics': 'HR',
  'read:plan:draft': 'HR MANAGER',
  'read:plan:published': 'HR MANAGER UNION_REP',
  'edit:plan': 'HR',
  'export:plan': 'HR',
  'read:activity': 'HR MANAGER:own',
  'edit:activity': 'HR',
  'follow-up:activity': 'HR MANAGER:own',
  'review:ask': 'UNION_REP',
  'review:answer': 'HR',
  'manage:review': 'HR',
  'read:notifications': 'HR MANAGER UNION_REP ADMIN',
  'admin:users': 'ADMIN',
  'admin:reference-data': 'ADMIN',
  'read:audit-log': 'ADMIN',
};

describe('permissions', () => {
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const grants = MATRIX[permission].split(' ');
      const reach = grants.includes(role) ? 'all' : grants.includes(`${role}:own`) ? 'own' : 'none';
      it(`${role} ${reach === 'none' ? 'may not' : reach === 'all' ? 'may' : 'may, for their own departments,'} ${permission}`, () => {
        expect(can(access([role]), permission)).toBe(reach !== 'none');
        const withDepartment = scopeFor(access([role], ['d1']), permission);
        expect(withDepartment).toEqual(
          reach === 'all' ? { kind: 'all' } : reach === 'own' ? { kind: 'departments', ids: ['d1'] } : { kind: 'none' },
        );
        // A grant for the own departments reaches nothing when the user has none.
        expect(scopeFor(access([role]), permission).kind).toBe(reach === 'all' ? 'all' : 'none');
      });
    }
  }

  it('refuses everything without a membership', () => {
    expect(PERMISSIONS.some((p) => can(null, p))).toBe(false);
    expect(PERMISSIONS.some((p) => can(access([]), p))).toBe(false);
  });

  it('unites the permissions of several roles in one organisation', () => {
    const both = access(['MANAGER', 'UNION_REP']);
    expect(can(both, 'review:ask')).toBe(true);
    expect(can(both, 'follow-up:activity')).toBe(true);
  });

  it('scopes a manager to their departments, and organisation-wide roles to all', () => {
    const manager = access(['MANAGER'], ['d1']);
    const scope = scopeFor(manager, 'read:activity');
    expect(scope).toEqual({ kind: 'departments', ids: ['d1'] });
    expect(inScope(scope, 'd1')).toBe(true);
    expect(inScope(scope, 'd2')).toBe(false);
    expect(inScope(scope, null)).toBe(false);
    expect(inScope({ kind: 'none' }, 'd1')).toBe(false);
    expect(scopeFor(access(['HR']), 'read:activity')).toEqual({ kind: 'all' });
    expect(scopeFor(access(['MANAGER', 'HR'], ['d1']), 'read:activity')).toEqual({ kind: 'all' });
  });

  it('scopes per permission, not per user: a Chef who is also Fackligt ombud', () => {
    const both = access(['MANAGER', 'UNION_REP'], ['d1']);
    // Statistics organisation-wide through the union rep's grant, but still suppressed …
    expect(scopeFor(both, 'read:statistics')).toEqual({ kind: 'all' });
    expect(scopeFor(both, 'read:statistics:unsuppressed')).toEqual({ kind: 'none' });
    // … and activities and follow-up only of the own department: no role grants more.
    expect(scopeFor(both, 'read:activity')).toEqual({ kind: 'departments', ids: ['d1'] });
    expect(scopeFor(both, 'follow-up:activity')).toEqual({ kind: 'departments', ids: ['d1'] });
    expect(scopeFor(access(['MANAGER', 'UNION_REP']), 'read:activity')).toEqual({ kind: 'none' });
  });

  it('unites the departments a permission reaches, and nothing for no membership', () => {
    expect(scopeFor(access(['MANAGER'], ['d1', 'd2']), 'read:statistics')).toEqual({
      kind: 'departments',
      ids: ['d1', 'd2'],
    });
    expect(scopeFor(null, 'read:statistics')).toEqual({ kind: 'none' });
    expect(scopeFor(access([]), 'read:statistics')).toEqual({ kind: 'none' });
  });

  it('picks the most capable role for the start page', () => {
    expect(primaryRole(access(['UNION_REP', 'HR']))).toBe('HR');
    expect(primaryRole(access(['ADMIN', 'MANAGER']))).toBe('MANAGER');
    expect(primaryRole(access(['ADMIN']))).toBe('ADMIN');
  });
});

describe('separation of duties', () => {
  it('never lets one person hold the employer side (HR) and the union side (Fackligt ombud) in one organisation', () => {
    expect(separationOfDutiesConflict(['HR', 'UNION_REP'])).toEqual({ employer: 'HR', union: 'UNION_REP' });
    expect(separationOfDutiesConflict(['UNION_REP', 'ADMIN', 'HR'])).toEqual({ employer: 'HR', union: 'UNION_REP' });
    // A Chef neither runs nor answers samverkan and may be a union rep; HR with any other role is fine too.
    expect(separationOfDutiesConflict(['MANAGER', 'UNION_REP'])).toBeNull();
    expect(separationOfDutiesConflict(['ADMIN', 'UNION_REP'])).toBeNull();
    expect(separationOfDutiesConflict(['HR', 'MANAGER', 'ADMIN'])).toBeNull();
  });
});
