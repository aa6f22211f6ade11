import 'server-only';
import { requireSystemPermission } from '../auth/data-access';
import type { RoleName, SystemAccess } from '../auth/permissions';
import { getDb } from '../db/client';
import { flattenTree } from '../admin/department-tree';

/**
 * What /system/rollkoppling shows: every organisation with its mappings, its open departments (a manager mapping
 * names them) and the unions (a union rep mapping names one). Structure only, no data of the organisations.
 */
export async function loadSsoMappings(access: SystemAccess) {
  requireSystemPermission(access, 'read:organizations');
  const db = await getDb();
  const [organizations, unions] = await Promise.all([
    db.organization.findMany({
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        departments: { select: { id: true, name: true, parentId: true, sortOrder: true, closedAt: true } },
        ssoRoleMappings: {
          orderBy: [{ claimValue: 'asc' }, { role: 'asc' }],
          include: { departments: { include: { department: true } }, unionOrganization: true },
        },
      },
    }),
    db.unionOrganization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return {
    unions,
    organizations: organizations.map((o) => ({
      id: o.id,
      name: o.name,
      departments: flattenTree(o.departments.filter((d) => !d.closedAt)).map(({ node, depth }) => ({
        id: node.id,
        name: node.name,
        depth,
      })),
      mappings: o.ssoRoleMappings.map((m) => ({
        id: m.id,
        claimValue: m.claimValue,
        role: m.role as RoleName,
        departments: m.departments.map((d) => d.department.name).sort((a, b) => a.localeCompare(b, 'sv')),
        union: m.unionOrganization?.name ?? null,
      })),
    })),
  };
}
