import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { auditLogPage } from '../admin/audit-log';
import { requireSystemPermission } from '../auth/data-access';
import type { SystemAccess } from '../auth/permissions';
import { getDb } from '../db/client';
import {
  SIGN_IN_ACTIONS,
  SIGN_IN_EVENT_KINDS,
  type SignInLogFilter,
  signInAddress,
  signInOutcome,
} from './sign-in-events';

export const SIGN_IN_LOG_PAGE_SIZE = 50;

export type SignInLogEntry = {
  id: string;
  createdAt: Date;
  action: string;
  /** The account the event concerns (for a password link: the user it was made for, not the administrator). */
  account: string;
  outcome: string;
  address: string;
};

/**
 * Sign-ins, failed sign-ins, lock-outs, sign-outs and password events of every account, newest first: for
 * system administrators (read:sign-in-log), who watch for attacks across organisations. Read from the audit
 * log, where these events are written; keyset pagination on (createdAt, id) as in the organisation's log.
 */
export async function searchSignInLog(access: SystemAccess, filter: SignInLogFilter) {
  requireSystemPermission(access, 'read:sign-in-log');
  const db = await getDb();
  const actions = filter.handelse ? [...SIGN_IN_EVENT_KINDS[filter.handelse].actions] : SIGN_IN_ACTIONS;
  const where: Prisma.AuditLogWhereInput[] = [{ action: { in: actions } }];
  const account = filter.konto?.trim();
  if (account) {
    const users = await db.user.findMany({
      where: { email: { contains: account, mode: 'insensitive' } },
      select: { id: true },
      take: 200,
    });
    const ids = users.map((u) => u.id);
    where.push({
      OR: [
        { userEmail: { contains: account, mode: 'insensitive' }, action: { not: 'admin.user.password-link' } },
        { userId: { in: ids }, action: { not: 'admin.user.password-link' } },
        { action: 'admin.user.password-link', entityId: { in: ids } },
      ],
    });
  }
  const { rows: page, more } = await auditLogPage(db, where, filter, SIGN_IN_LOG_PAGE_SIZE);
  // Sign-outs and password links name their account by id only.
  const accountIds = page.map((r) => (r.action === 'admin.user.password-link' ? r.entityId : r.userId));
  const emails = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(accountIds.filter((id): id is string => Boolean(id)))] } },
        select: { id: true, email: true },
      })
    ).map((u) => [u.id, u.email]),
  );
  const entries: SignInLogEntry[] = page.map((r, i) => {
    const isLink = r.action === 'admin.user.password-link';
    const accountId = accountIds[i];
    return {
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      account: (isLink ? null : r.userEmail) ?? (accountId ? emails.get(accountId) : null) ?? 'Okänt konto',
      outcome: signInOutcome(r.action, r.details, isLink ? r.userEmail : null),
      address: signInAddress(r.details),
    };
  });
  return { entries, next: more ? page.at(-1)!.id : null };
}
