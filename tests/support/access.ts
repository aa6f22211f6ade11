import type { OrgAccess, RoleName } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/generated/prisma/client';

/** A user's access in one organisation, read from their memberships as the session does. */
export async function accessOf(db: PrismaClient, userId: string, organizationId: string): Promise<OrgAccess> {
  const memberships = await db.membership.findMany({
    where: { userId, organizationId },
    include: { departments: true },
  });
  return {
    organizationId,
    roles: memberships.map((m) => m.role as RoleName),
    managedDepartmentIds: memberships.flatMap((m) => m.departments.map((d) => d.departmentId)),
    unionOrganizationId: memberships.find((m) => m.unionOrganizationId)?.unionOrganizationId ?? null,
  };
}

/** The access a member holding just this role has (what session.ts builds from one membership). */
export function roleAccess(organizationId: string, role: RoleName = 'HR'): OrgAccess {
  return { organizationId, roles: [role], managedDepartmentIds: [], unionOrganizationId: null };
}
