import 'server-only';
import { ROLE_LABELS, type RoleName } from '../auth/permissions';
import { getDb } from '../db/client';

export type UserRow = {
  id: string;
  name: string;
  email: string;
  isActive: boolean;
  lastLoginAt: Date | null;
  roles: { role: string; departments: string[]; union: string | null }[];
};

/** Users with a membership in the organisation, and their roles there. */
export async function listOrganizationUsers(organizationId: string): Promise<UserRow[]> {
  const db = await getDb();
  const users = await db.user.findMany({
    where: { memberships: { some: { organizationId } } },
    orderBy: { name: 'asc' },
    include: {
      memberships: {
        where: { organizationId },
        include: { departments: { include: { department: true } }, unionOrganization: true },
      },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    isActive: u.isActive,
    lastLoginAt: u.lastLoginAt,
    roles: u.memberships.map((m) => ({
      role: ROLE_LABELS[m.role as RoleName],
      departments: m.departments.map((d) => d.department.name),
      union: m.unionOrganization?.name ?? null,
    })),
  }));
}

export async function listReferenceData() {
  const db = await getDb();
  const [strategySets, phases, unions] = await Promise.all([
    db.skrStrategySet.findMany({
      orderBy: { validFrom: 'desc' },
      include: { strategies: { orderBy: { sortOrder: 'asc' } } },
    }),
    db.ubaraPhase.findMany({ orderBy: { sortOrder: 'asc' } }),
    db.unionOrganization.findMany({ orderBy: { name: 'asc' } }),
  ]);
  return { strategySets, phases, unions };
}

export async function listBoardGoals(organizationId: string) {
  const db = await getDb();
  return db.boardGoal.findMany({ where: { organizationId }, orderBy: { code: 'asc' } });
}
