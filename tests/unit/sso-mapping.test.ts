import { describe, expect, it } from 'vitest';
import {
  type RoleMapping,
  claimedRoles,
  mapClaimsToAccess,
  sameAccess,
  ssoEmail,
  ssoSubject,
} from '@/lib/auth/sso-mapping';

const mapping = (m: Partial<RoleMapping> & Pick<RoleMapping, 'claimValue' | 'role'>): RoleMapping => ({
  organizationId: 'org-a',
  departmentIds: [],
  unionId: null,
  ...m,
});

const MAPPINGS = [
  mapping({ claimValue: 'KP.HR', role: 'HR' }),
  mapping({ claimValue: 'KP.Chef.Aldre', role: 'MANAGER', departmentIds: ['d-aldre'] }),
  mapping({ claimValue: 'KP.Chef.Forskola', role: 'MANAGER', departmentIds: ['d-forskola', 'd-aldre'] }),
  mapping({ claimValue: 'KP.Admin', role: 'ADMIN', organizationId: 'org-b' }),
  mapping({ claimValue: 'KP.Vision', role: 'UNION_REP', organizationId: 'org-c', unionId: 'vision' }),
  mapping({ claimValue: 'KP.Kommunal', role: 'UNION_REP', organizationId: 'org-c', unionId: 'kommunal' }),
  mapping({ claimValue: 'KP.HR.C', role: 'HR', organizationId: 'org-c' }),
];

const access = (claims: string[]) => {
  const result = mapClaimsToAccess(claims, MAPPINGS);
  if (!result.ok) throw new Error(result.reason);
  return Object.fromEntries(result.organizations);
};

describe('Rollkoppling: app-role claims → access', () => {
  it('gives exactly the mapped roles, merges a manager’s departments, and lists every mapped organisation', () => {
    expect(access(['KP.Chef.Aldre', 'KP.Chef.Forskola', 'KP.HR', 'Okänd'])).toEqual({
      'org-a': { roles: ['HR', 'MANAGER'], departmentIds: ['d-aldre', 'd-forskola'], unionId: null },
      'org-b': { roles: [], departmentIds: [], unionId: null },
      'org-c': { roles: [], departmentIds: [], unionId: null },
    });
    expect(access(['KP.Vision'])['org-c']).toEqual({ roles: ['UNION_REP'], departmentIds: [], unionId: 'vision' });
  });

  it('matches claim values exactly (case and all) and grants nothing for no claims', () => {
    expect(access(['kp.hr'])['org-a']?.roles).toEqual([]);
    expect(Object.values(access([])).every((a) => a.roles.length === 0)).toBe(true);
  });

  it('refuses employer and union roles in one organisation, and two unions for one rep', () => {
    expect(mapClaimsToAccess(['KP.Vision', 'KP.HR.C'], MAPPINGS)).toEqual({
      ok: false,
      organizationId: 'org-c',
      reason: 'roles-conflict',
    });
    expect(mapClaimsToAccess(['KP.Vision', 'KP.Kommunal'], MAPPINGS)).toMatchObject({
      ok: false,
      reason: 'two-unions',
    });
  });

  it('reads the roles claim, the subject (oid before sub) and the e-mail defensively', () => {
    expect(claimedRoles({ roles: ['A', ' A ', 7, '', 'B'] })).toEqual(['A', 'B']);
    expect(claimedRoles({ roles: 'A' })).toEqual([]);
    expect(ssoSubject({ oid: 'o', sub: 's' })).toBe('o');
    expect(ssoSubject({ sub: 's' })).toBe('s');
    expect(ssoSubject({ oid: '', sub: ' ' })).toBeNull();
    expect(ssoEmail({ preferred_username: 'Anna@Stockholm.se' })).toBe('anna@stockholm.se');
    expect(ssoEmail({ email: 'a@b.se', preferred_username: 'x@y.se' })).toBe('a@b.se');
  });

  it('compares accesses without caring about order or fields the roles do not use', () => {
    const a = { roles: ['MANAGER', 'HR'] as const, departmentIds: ['x', 'y'], unionId: 'vision' };
    expect(
      sameAccess({ ...a, roles: [...a.roles] }, { roles: ['HR', 'MANAGER'], departmentIds: ['y', 'x'], unionId: null }),
    ).toBe(true);
    expect(
      sameAccess({ roles: ['HR'], departmentIds: [], unionId: null }, { roles: [], departmentIds: [], unionId: null }),
    ).toBe(false);
  });
});
