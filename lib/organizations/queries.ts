import 'server-only';
import { memberOrganization } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';
import { getDb } from '../db/client';

/** The names of the departments the caller manages, alphabetically (a manager's start page). */
export async function managedDepartmentNames(access: OrgAccess): Promise<string[]> {
  const organizationId = memberOrganization(access);
  const db = await getDb();
  const departments = await db.department.findMany({
    where: { organizationId, id: { in: [...access.managedDepartmentIds] } },
    orderBy: { name: 'asc' },
    select: { name: true },
  });
  return departments.map((d) => d.name);
}

/** The name of the union organisation the caller represents, if any (a union rep's start page). */
export async function representedUnionName(access: OrgAccess): Promise<string | null> {
  memberOrganization(access);
  if (!access.unionOrganizationId) return null;
  const db = await getDb();
  const union = await db.unionOrganization.findUnique({
    where: { id: access.unionOrganizationId },
    select: { name: true },
  });
  return union?.name ?? null;
}
