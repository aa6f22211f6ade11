import 'server-only';
import { encode } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { remindOfMissingFollowUps } from '../activities/reminders';
import { recordAudit } from '../audit';
import type { Db } from '../db/client';
import { getDb } from '../db/client';
import { env } from '../env';
import { authSecret } from './secret';
import { sessionCookie, usesSecureCookies } from './cookies';
import type { AuthenticatedUser } from './credentials';
import { loadViewer } from './session';
import { SESSION_ABSOLUTE_SECONDS, createSession } from './sessions';

/** What every sign-in leaves behind, whichever way it came (password form or SSO through next-auth). */
export async function recordSignIn(
  db: Pick<Db, 'user' | 'auditLog'>,
  user: { id: string; email?: string | null },
  provider: string,
  address: string | null = null,
): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit(db, {
    action: 'auth.sign-in',
    userId: user.id,
    userEmail: user.email ?? null,
    details: address ? { provider, address } : { provider },
  });
  await remindAtSignIn(user.id);
}

/**
 * A manager's reminders of missing follow-ups are written at sign-in, never while a page renders (a session lasts
 * at most a working day, so a manager who works in the app signs in within the reminder window). A failed
 * reminder does not stop the sign-in.
 */
export async function remindAtSignIn(userId: string, today: Date = new Date()): Promise<void> {
  try {
    const viewer = await loadViewer(userId);
    for (const org of viewer?.organizations ?? []) {
      await remindOfMissingFollowUps({ userId, access: org.access, orgSlug: org.slug }, today);
    }
  } catch (error) {
    console.error('[follow-up reminder] failed', error);
  }
}

/**
 * A session for a password user: the row, then the same encrypted next-auth cookie that SSO gets (holding only
 * the user and session ids), so that getServerSession reads both alike.
 */
export async function issuePasswordSession(db: Db, user: AuthenticatedUser, e = env(), address: string | null = null) {
  const session = await createSession(db, { userId: user.id, provider: 'credentials' });
  await recordSignIn(db, user, 'credentials', address);
  const value = await encode({
    token: { userId: user.id, sessionId: session.id },
    secret: authSecret(e),
    maxAge: SESSION_ABSOLUTE_SECONDS,
  });
  const cookie = sessionCookie(usesSecureCookies(e.NEXTAUTH_URL));
  return { name: cookie.name, value, options: { ...cookie.options, expires: session.expiresAt } };
}

/** Signs a password user in from the sign-in form's server action. */
export async function startPasswordSession(user: AuthenticatedUser, address: string): Promise<void> {
  const cookie = await issuePasswordSession(await getDb(), user, env(), address);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
}

/**
 * The client's address for the per-address limit. Without TRUST_PROXY the production server
 * (scripts/start.mjs) drops the forwarding headers a client sent, so Next's X-Forwarded-For is the socket's
 * address. With TRUST_PROXY=1 the app stands behind a reverse proxy, and the last X-Forwarded-For entry is the
 * one that proxy added (earlier entries are whatever the client claimed).
 */
export function clientAddress(headers: Headers, trustProxy: boolean = env().TRUST_PROXY): string {
  const entries = headers.get('x-forwarded-for')?.split(',') ?? [];
  const address = (trustProxy ? entries.at(-1) : entries[0])?.trim();
  return (address || (trustProxy && headers.get('x-real-ip')) || 'okänd').slice(0, 100);
}

/** The address of the request being handled (the SSO callback), or null outside a request. */
export async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers());
  } catch {
    return null;
  }
}
