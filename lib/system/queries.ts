import 'server-only';
import { requireSystemPermission } from '../auth/data-access';
import { denyAccess } from '../auth/guards';
import type { SystemAccess } from '../auth/permissions';
import { type Viewer, requireViewer } from '../auth/session';
import { getDb } from '../db/client';

/** The system administration page's gate: signed in and a system administrator, otherwise 403 and a log row. */
export async function requireSystemAdmin(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!viewer.isSystemAdmin) await denyAccess(viewer, null, 'system-admin');
  return viewer;
}

/** The viewer's standing outside the organisations, for the data access of system pages. */
export function systemAccessOf(viewer: Viewer): SystemAccess {
  return { userId: viewer.id, isSystemAdmin: viewer.isSystemAdmin };
}

/** Every organisation with its administrators (names only: a system administrator sees no organisation data). */
export async function listOrganizationsForSystem(access: SystemAccess) {
  requireSystemPermission(access, 'read:organizations');
  const db = await getDb();
  const organizations = await db.organization.findMany({
    orderBy: { name: 'asc' },
    include: {
      memberships: {
        where: { role: 'ADMIN' },
        include: { user: { select: { name: true, email: true, isActive: true } } },
      },
      _count: { select: { departments: true, memberships: true } },
    },
  });
  return organizations.map((o) => ({
    id: o.id,
    slug: o.slug,
    name: o.name,
    boardName: o.boardName,
    departments: o._count.departments,
    admins: o.memberships.map((m) => m.user),
  }));
}
