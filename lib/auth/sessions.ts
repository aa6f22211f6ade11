import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { Db } from '../db/client';

/**
 * Server-side sessions. The next-auth cookie is a signed, encrypted JWT that holds only a session id and a user
 * id; the `UserSession` row decides whether it still counts. A JWT alone cannot be taken back, and the issue
 * (#6 item 11) is exactly that: an old cookie kept working after sign-out and every call slid its lifetime.
 */

/** A working day. Fixed at sign-in: activity never extends it, and neither does a reissued cookie. */
export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;

/**
 * Signed out after 30 minutes without a request. Kompetensplan is used on shared office and meeting-room
 * computers and shows HR figures about whole departments, so a browser left open at lunch must not stay signed
 * in; 30 minutes is the upper end of OWASP's range for low-to-medium risk applications, and long enough for
 * someone to read a plan or a dashboard between clicks. Work in progress lives in the form until it is saved.
 */
export const SESSION_IDLE_SECONDS = 30 * 60;

/** lastSeenAt is written at most this often: the idle timeout needs minutes, not a write per request. */
export const LAST_SEEN_RESOLUTION_SECONDS = 60;

export type SessionRevocationReason = 'sign-out' | 'user-deactivated' | 'admin' | 'password-changed';

export type SessionInvalidReason = 'missing' | 'revoked' | 'expired' | 'idle' | 'user-inactive';

export type SessionCheck =
  { valid: true; sessionId: string; userId: string; expiresAt: Date } | { valid: false; reason: SessionInvalidReason };

type SessionDb = Pick<Db, 'userSession'>;

export async function createSession(
  db: SessionDb,
  input: { userId: string; provider: string },
  now: Date = new Date(),
): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000);
  return db.userSession.create({
    data: { userId: input.userId, provider: input.provider, createdAt: now, lastSeenAt: now, expiresAt },
    select: { id: true, expiresAt: true },
  });
}

/** What the check of a session needs from its row and its user. */
export type SessionRow = {
  id: string;
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userIsActive: boolean;
};

/**
 * Whether a session still counts, checked on every request: it exists and belongs to this user, is not revoked,
 * not past its absolute end, not idle too long, and its user is active. A valid session's lastSeenAt moves
 * forward at most once a minute.
 */
export async function validateSession(
  db: SessionDb,
  input: { sessionId: string; userId: string },
  now: Date = new Date(),
): Promise<SessionCheck> {
  const session = await db.userSession.findUnique({
    where: { id: input.sessionId },
    include: { user: { select: { isActive: true } } },
  });
  return acceptSession(db, session && { ...session, userIsActive: session.user.isActive }, input, now);
}

/** validateSession for a row already read (lib/auth/session.ts reads it together with the user's memberships). */
export async function acceptSession(
  db: SessionDb,
  session: SessionRow | null,
  input: { sessionId: string; userId: string },
  now: Date = new Date(),
): Promise<SessionCheck> {
  if (!session || session.id !== input.sessionId || session.userId !== input.userId)
    return { valid: false, reason: 'missing' };
  if (session.revokedAt) return { valid: false, reason: 'revoked' };
  if (now >= session.expiresAt) return { valid: false, reason: 'expired' };
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_SECONDS * 1000)
    return { valid: false, reason: 'idle' };
  if (!session.userIsActive) return { valid: false, reason: 'user-inactive' };

  const touchBefore = new Date(now.getTime() - LAST_SEEN_RESOLUTION_SECONDS * 1000);
  if (session.lastSeenAt < touchBefore) {
    // Conditional, so that parallel requests of one page write once.
    await db.userSession.updateMany({
      where: { id: session.id, lastSeenAt: { lt: touchBefore } },
      data: { lastSeenAt: now },
    });
  }
  return { valid: true, sessionId: session.id, userId: session.userId, expiresAt: session.expiresAt };
}

export async function revokeSession(
  db: SessionDb,
  sessionId: string,
  reason: SessionRevocationReason = 'sign-out',
  now: Date = new Date(),
): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count > 0;
}

/**
 * Ends every session of a user (deactivation, "Logga ut överallt", a changed password): the next request of each
 * of their browsers is signed out. Pass a transaction client to end them together with the change that
 * requires it. Returns how many sessions were still open.
 */
export async function revokeUserSessions(
  db: SessionDb,
  userId: string,
  reason: SessionRevocationReason,
  now: Date = new Date(),
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}

/** The sessions that would still be accepted now (for an administrator's list of a user's sessions). */
export function openSessionsWhere(now: Date = new Date()): Prisma.UserSessionWhereInput {
  return {
    revokedAt: null,
    expiresAt: { gt: now },
    lastSeenAt: { gte: new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000) },
  };
}
