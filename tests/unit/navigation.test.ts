import { describe, expect, it } from 'vitest';
import type { OrgAccess, RoleName } from '@/lib/auth/permissions';
import { navigationFor } from '@/lib/navigation';

const access = (role: RoleName): OrgAccess => ({
  organizationId: 'org',
  roles: [role],
  managedDepartmentIds: role === 'MANAGER' ? ['dep'] : [],
  unionOrganizationId: role === 'UNION_REP' ? 'ssr' : null,
});
const labels = (role: RoleName) => navigationFor('socialforvaltningen', access(role)).map((item) => item.label);

describe('the main navigation', () => {
  it('shows "Kompetensbehov" only to the roles whose pages open it: HR and managers', () => {
    expect(labels('HR')).toContain('Kompetensbehov');
    expect(labels('MANAGER')).toContain('Kompetensbehov');
    expect(labels('UNION_REP')).not.toContain('Kompetensbehov');
    expect(labels('ADMIN')).not.toContain('Kompetensbehov');
  });
});
