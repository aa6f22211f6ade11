import 'server-only';
import type { Tx } from '../auth/guard';
import type { Role } from '../generated/prisma/client';

type Notice = { organizationId: string; kind: string; title: string; link: string; dedupeKey: string };

/** One in-app notification per user; the dedupe key keeps a retried change from notifying twice. */
export async function notifyUsers(tx: Tx, userIds: string[], notice: Notice): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: unique.map((userId) => ({ ...notice, userId, dedupeKey: `${notice.dedupeKey}:${userId}` })),
    skipDuplicates: true,
  });
  return count;
}

/** Active members of the organisation in a role (optionally only reps of the given unions). */
export async function membersInRole(
  tx: Tx,
  organizationId: string,
  role: Role,
  unionIds?: string[],
): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: {
      organizationId,
      role,
      user: { isActive: true },
      ...(unionIds ? { unionOrganizationId: { in: unionIds } } : {}),
    },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}
