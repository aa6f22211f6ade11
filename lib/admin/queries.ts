import 'server-only';
import { type OrgAccess, ROLE_LABELS, type RoleName } from '../auth/permissions';
import { openSessionsWhere } from '../auth/sessions';
import { getDb } from '../db/client';
import { flattenTree } from './department-tree';
import { organizationFigures } from '../statistics/import/visible';
import { organizationFor } from '../auth/data-access';

export type UserRow = {
  id: string;
  name: string;
  email: string;
  isActive: boolean;
  lastLoginAt: Date | null;
  roles: { role: string; departments: string[]; union: string | null }[];
  /** Names of closed departments the user is still a manager of (the administrator should move them). */
  closedDepartments: string[];
};

/** Users with a membership in the organisation, and their roles there; `search` matches name or e-mail. */
export async function listOrganizationUsers(access: OrgAccess, search = ''): Promise<UserRow[]> {
  const organizationId = organizationFor(access, 'admin:users');
  const db = await getDb();
  const q = search.trim().slice(0, 100);
  const users = await db.user.findMany({
    where: {
      memberships: { some: { organizationId } },
      ...(q
        ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }] }
        : {}),
    },
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
    closedDepartments: u.memberships.flatMap((m) =>
      m.departments.filter((d) => d.department.closedAt).map((d) => d.department.name),
    ),
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

export async function listBoardGoals(access: OrgAccess) {
  const organizationId = organizationFor(access, 'admin:reference-data');
  const db = await getDb();
  return db.boardGoal.findMany({
    where: { organizationId },
    orderBy: [{ year: 'desc' }, { code: 'asc' }],
    include: { _count: { select: { activities: true } } },
  });
}

/** One user as the organisation's administrator sees them, or null when they hold no role there. */
export async function getUserForAdmin(access: OrgAccess, userId: string) {
  const organizationId = organizationFor(access, 'admin:users');
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id: userId, memberships: { some: { organizationId } } },
    include: {
      memberships: {
        include: { organization: true, departments: { include: { department: true } }, unionOrganization: true },
      },
    },
  });
  if (!user) return null;
  const now = new Date();
  const [openSessions, pendingLink] = await Promise.all([
    db.userSession.count({ where: { userId, ...openSessionsWhere(now) } }),
    db.passwordLink.findFirst({
      where: { userId, usedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
    }),
  ]);
  const here = user.memberships.filter((m) => m.organizationId === organizationId);
  const departments = here.flatMap((m) => m.departments.map((d) => d.department));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    isActive: user.isActive,
    lastLoginAt: user.lastLoginAt,
    hasPassword: user.passwordHash !== null,
    pendingLinkExpiresAt: pendingLink?.expiresAt ?? null,
    openSessions,
    roles: here.map((m) => m.role as RoleName),
    departments: departments.map((d) => ({ id: d.id, name: d.name, closed: d.closedAt !== null })),
    unionId: here.find((m) => m.unionOrganizationId)?.unionOrganizationId ?? null,
    otherOrganizations: [
      ...new Set(user.memberships.filter((m) => m.organizationId !== organizationId).map((m) => m.organization.name)),
    ],
  };
}

/** Departments a new choice may name: open ones only (closed ones leave every picker). */
export async function listOpenDepartments(access: OrgAccess) {
  const organizationId = organizationFor(access, 'admin:users');
  const db = await getDb();
  const departments = await db.department.findMany({
    where: { organizationId, closedAt: null },
    select: { id: true, name: true, parentId: true, sortOrder: true },
  });
  return flattenTree(departments).map(({ node, depth }) => ({ id: node.id, name: node.name, depth }));
}

export async function listUnions() {
  const db = await getDb();
  return db.unionOrganization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** The whole tree for the administration page, with what hangs on each department. */
export async function listDepartmentsForAdmin(access: OrgAccess) {
  const organizationId = organizationFor(access, 'admin:reference-data');
  const db = await getDb();
  const departments = await db.department.findMany({
    where: { organizationId },
    include: {
      parent: { select: { name: true } },
      managerScopes: { include: { membership: { include: { user: { select: { id: true, name: true } } } } } },
      _count: { select: { statistics: { where: organizationFigures(organizationId) }, activities: true } },
    },
  });
  return flattenTree(departments).map(({ node, depth }) => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    parentId: node.parentId,
    parentName: node.parent?.name ?? null,
    closedAt: node.closedAt,
    depth,
    statistics: node._count.statistics,
    activities: node._count.activities,
    managers: node.managerScopes.map((s) => s.membership.user),
  }));
}
