import { describe, expect, it } from 'vitest';
import {
  type OrgAccess,
  type Permission,
  PERMISSIONS,
  ROLES,
  can,
  departmentScope,
  inScope,
  primaryRole,
} from '@/lib/auth/permissions';

const access = (roles: OrgAccess['roles'], managedDepartmentIds: string[] = []): OrgAccess => ({
  organizationId: 'org',
  roles,
  managedDepartmentIds,
  unionOrganizationId: null,
});

// The role × permission matrix, written out so that any change to who may do what is a deliberate test change.
const MATRIX: Record<Permission, string> = {
  'read:statistics': 'HR MANAGER UNION_REP ADMIN',
  'read:statistics:unsuppressed': 'HR ADMIN',
  'import:statistics': 'HR',
  'configure:statistics': 'HR',
  'read:plan:draft': 'HR MANAGER',
  'read:plan:published': 'HR MANAGER UNION_REP',
  'edit:plan': 'HR',
  'export:plan': 'HR',
  'read:activity': 'HR MANAGER',
  'edit:activity': 'HR',
  'follow-up:activity': 'HR MANAGER',
  'review:ask': 'UNION_REP',
  'review:answer': 'HR',
  'admin:users': 'ADMIN',
  'admin:reference-data': 'ADMIN',
  'read:audit-log': 'ADMIN',
};

describe('permissions', () => {
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const expected = MATRIX[permission].split(' ').includes(role);
      it(`${role} ${expected ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(access([role]), permission)).toBe(expected);
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
    expect(departmentScope(manager)).toEqual({ kind: 'departments', ids: ['d1'] });
    expect(inScope(departmentScope(manager), 'd1')).toBe(true);
    expect(inScope(departmentScope(manager), 'd2')).toBe(false);
    expect(inScope(departmentScope(manager), null)).toBe(false);
    expect(departmentScope(access(['HR']))).toEqual({ kind: 'all' });
    expect(departmentScope(access(['MANAGER', 'HR'], ['d1']))).toEqual({ kind: 'all' });
  });

  it('picks the most capable role for the start page', () => {
    expect(primaryRole(access(['UNION_REP', 'HR']))).toBe('HR');
    expect(primaryRole(access(['ADMIN', 'MANAGER']))).toBe('MANAGER');
    expect(primaryRole(access(['ADMIN']))).toBe('ADMIN');
  });
});
