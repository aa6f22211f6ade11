import 'server-only';
import { organizationFor } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';
import { getDb } from '../db/client';

export async function unreadNotificationCount(userId: string, access: OrgAccess): Promise<number> {
  const organizationId = organizationFor(access, 'read:notifications');
  const db = await getDb();
  return db.notification.count({ where: { userId, organizationId, readAt: null } });
}

export async function listNotifications(userId: string, access: OrgAccess) {
  const organizationId = organizationFor(access, 'read:notifications');
  const db = await getDb();
  return db.notification.findMany({
    where: { userId, organizationId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, title: true, link: true, readAt: true, createdAt: true },
  });
}
