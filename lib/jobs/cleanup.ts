import 'server-only';
import { recordAudit } from '../audit';
import { TRANSACTION_OPTIONS } from '../auth/guard';
import type { Db } from '../db/client';
import type { JobSummary } from './definitions';

/**
 * How long an ended session or a spent password link is kept: a month, long enough for an administrator looking
 * into an incident to see a user's recent sessions and whether a link was used. Sign-ins and password changes
 * stay in the audit log regardless.
 */
export const CLEANUP_RETENTION_DAYS = 30;

/**
 * The nightly clean-up: sessions that ended (past their absolute end or revoked) and password links that can no
 * longer be used (expired or used) more than CLEANUP_RETENTION_DAYS ago. Deleted with an audit row in one
 * transaction; nothing to delete writes nothing.
 */
export async function removeExpiredSessionsAndLinks(db: Db, now: Date): Promise<JobSummary> {
  const before = new Date(now.getTime() - CLEANUP_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const sessions = await tx.userSession.deleteMany({
      where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
    });
    const links = await tx.passwordLink.deleteMany({
      where: { OR: [{ expiresAt: { lt: before } }, { usedAt: { lt: before } }] },
    });
    if (sessions.count + links.count > 0) {
      await recordAudit(tx, {
        action: 'jobs.cleanup',
        details: { sessioner: sessions.count, lösenordslänkar: links.count, sparadeDagar: CLEANUP_RETENTION_DAYS },
      });
    }
    return { sessions: sessions.count, passwordLinks: links.count };
  }, TRANSACTION_OPTIONS);
}
