import 'server-only';
import { getDb } from '../db/client';

export async function unreadNotificationCount(userId: string, organizationId: string): Promise<number> {
  const db = await getDb();
  return db.notification.count({ where: { userId, organizationId, readAt: null } });
}

export async function listNotifications(userId: string, organizationId: string) {
  const db = await getDb();
  return db.notification.findMany({
    where: { userId, organizationId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, title: true, link: true, readAt: true, createdAt: true },
  });
}
