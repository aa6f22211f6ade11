import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';

/**
 * One-time links to set one's own password. An administrator never types or sees a password: the new user gets
 * a link (shown once to the administrator, who passes it on) and chooses the password themselves. Only the
 * token's SHA-256 is stored, so a database dump cannot be turned into a working link.
 */
export const PASSWORD_LINK_DAYS = 7;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new link for the user; any earlier unused link stops working (only the newest one handed out counts). */
export async function issuePasswordLink(
  tx: Tx,
  userId: string,
  createdById: string,
  now: Date = new Date(),
): Promise<{ path: string; expiresAt: Date }> {
  await tx.passwordLink.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_DAYS * 24 * 60 * 60 * 1000);
  await tx.passwordLink.create({ data: { userId, tokenHash: hashToken(token), createdById, expiresAt } });
  return { path: `/losenord/${token}`, expiresAt };
}

/** The user a link is for, if it can still be used. */
export async function findUsableLink(db: Db | Tx, token: string, now: Date = new Date()) {
  const link = await db.passwordLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, name: true, email: true, isActive: true } } },
  });
  if (!link || link.usedAt || link.expiresAt <= now || !link.user.isActive) return null;
  return link;
}
