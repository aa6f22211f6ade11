import { type JWT, decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/options';
import { viewerOfSessionCookie } from '@/lib/auth/session';
import { issuePasswordSession } from '@/lib/auth/sign-in';
import {
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
  createSession,
  openSessionsWhere,
  revokeSession,
  revokeUserSessions,
  validateSession,
} from '@/lib/auth/sessions';
import { parseEnv } from '@/lib/env';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

async function user(isActive = true) {
  counter += 1;
  return t.db.user.create({ data: { email: `session-${counter}@test.se`, name: `Användare ${counter}`, isActive } });
}

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

describe(`server-side sessions (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('lasts a working day from sign-in, however active the user is', async () => {
    const u = await user();
    const start = new Date('2026-11-30T07:00:00Z');
    const session = await createSession(t.db, { userId: u.id, provider: 'credentials' }, start);
    expect(session.expiresAt.getTime() - start.getTime()).toBe(SESSION_ABSOLUTE_SECONDS * 1000);
    // A request every 20 minutes all day long: valid until the eighth hour, then refused.
    for (let m = 20; m < 8 * 60; m += 20) {
      expect(await validateSession(t.db, { sessionId: session.id, userId: u.id }, minutes(start, m))).toMatchObject({
        valid: true,
      });
    }
    expect(await validateSession(t.db, { sessionId: session.id, userId: u.id }, minutes(start, 8 * 60))).toEqual({
      valid: false,
      reason: 'expired',
    });
    const row = await t.db.userSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.expiresAt).toEqual(session.expiresAt); // activity never moved the end
  });

  it('ends after the idle timeout', async () => {
    const u = await user();
    const start = new Date('2026-11-30T07:00:00Z');
    const { id } = await createSession(t.db, { userId: u.id, provider: 'credentials' }, start);
    const idle = SESSION_IDLE_SECONDS / 60;
    expect(await validateSession(t.db, { sessionId: id, userId: u.id }, minutes(start, idle - 1))).toMatchObject({
      valid: true,
    });
    // Counted from the last request, not from sign-in.
    expect(await validateSession(t.db, { sessionId: id, userId: u.id }, minutes(start, 2 * idle - 2))).toMatchObject({
      valid: true,
    });
    expect(await validateSession(t.db, { sessionId: id, userId: u.id }, minutes(start, 3 * idle))).toEqual({
      valid: false,
      reason: 'idle',
    });
  });

  it('writes lastSeenAt at most once a minute', async () => {
    const u = await user();
    const start = new Date('2026-11-30T07:00:00Z');
    const { id } = await createSession(t.db, { userId: u.id, provider: 'credentials' }, start);
    await validateSession(t.db, { sessionId: id, userId: u.id }, new Date(start.getTime() + 30_000));
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(start);
    const later = new Date(start.getTime() + 61_000);
    await validateSession(t.db, { sessionId: id, userId: u.id }, later);
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(later);
  });

  it('refuses a revoked session, another user’s session id and an unknown id', async () => {
    const u = await user();
    const other = await user();
    const { id } = await createSession(t.db, { userId: u.id, provider: 'credentials' });
    expect(await validateSession(t.db, { sessionId: id, userId: other.id })).toEqual({
      valid: false,
      reason: 'missing',
    });
    expect(await validateSession(t.db, { sessionId: 'no-such-id', userId: u.id })).toEqual({
      valid: false,
      reason: 'missing',
    });
    expect(await revokeSession(t.db, id)).toBe(true);
    expect(await revokeSession(t.db, id)).toBe(false); // already ended: the first reason stays
    expect(await validateSession(t.db, { sessionId: id, userId: u.id })).toEqual({ valid: false, reason: 'revoked' });
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedReason: 'sign-out' });
  });

  it('ends every session of one user, and only theirs', async () => {
    const u = await user();
    const other = await user();
    const mine = await Promise.all([1, 2, 3].map(() => createSession(t.db, { userId: u.id, provider: 'credentials' })));
    const theirs = await createSession(t.db, { userId: other.id, provider: 'credentials' });
    expect(await t.db.userSession.count({ where: { userId: u.id, ...openSessionsWhere() } })).toBe(3);
    expect(await revokeUserSessions(t.db, u.id, 'admin')).toBe(3);
    for (const s of mine) {
      expect(await validateSession(t.db, { sessionId: s.id, userId: u.id })).toMatchObject({ valid: false });
    }
    expect(await t.db.userSession.count({ where: { userId: u.id, ...openSessionsWhere() } })).toBe(0);
    expect(await validateSession(t.db, { sessionId: theirs.id, userId: other.id })).toMatchObject({ valid: true });
  });

  it('refuses a deactivated user on the next request', async () => {
    const u = await user();
    const { id } = await createSession(t.db, { userId: u.id, provider: 'credentials' });
    expect(await validateSession(t.db, { sessionId: id, userId: u.id })).toMatchObject({ valid: true });
    await t.db.user.update({ where: { id: u.id }, data: { isActive: false } });
    expect(await validateSession(t.db, { sessionId: id, userId: u.id })).toEqual({
      valid: false,
      reason: 'user-inactive',
    });
  });
});

describe('the next-auth callbacks', () => {
  const options = authOptions(parseEnv({}));
  const jwt = (params: Record<string, unknown>) => options.callbacks!.jwt!(params as never) as Promise<JWT>;
  const session = (token: JWT) =>
    options.callbacks!.session!({ session: { user: {}, expires: '' }, token } as never) as Promise<object>;

  it('puts only the user and a new session row in the token at sign-in', async () => {
    const u = await user();
    const token = await jwt({ token: { name: u.name, email: u.email, sub: u.id }, user: { id: u.id } });
    expect(Object.keys(token).sort()).toEqual(['sessionId', 'userId']);
    const row = await t.db.userSession.findUniqueOrThrow({ where: { id: token.sessionId! } });
    expect(row.userId).toBe(u.id);
  });

  it('keeps a valid token and empties one whose session was revoked (sign-out)', async () => {
    const u = await user();
    const token = await jwt({ token: {}, user: { id: u.id }, account: { provider: 'credentials' } });
    expect(await jwt({ token })).toEqual(token);
    expect(await session(token)).toMatchObject({ user: { id: u.id } });

    await options.events!.signOut!({ token } as never);
    expect(await jwt({ token })).toEqual({});
    expect(await session({})).toEqual({});
    const audit = await t.db.auditLog.findFirst({ where: { action: 'auth.sign-out', userId: u.id } });
    expect(audit).not.toBeNull();
  });

  it('refuses a token from before server-side sessions (no session id)', async () => {
    const u = await user();
    expect(await jwt({ token: { userId: u.id } })).toEqual({});
  });
});

describe(`the viewer of a session cookie, decoded once per process (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  const e = parseEnv({
    NEXTAUTH_URL: 'http://127.0.0.1:3999',
    NEXTAUTH_SECRET: 'viewer-cookie-test-secret-0123456789',
  });

  it('takes a changed role, a sign-out, an ended session and a deactivation at the very next request', async () => {
    const org = await createOrganization(t.db);
    const u = await createUser(t.db, {
      email: 'cached@test.se',
      name: 'Cachad',
      memberships: [{ org: org.slug, role: 'HR' }],
    });
    const signIn = async () => (await issuePasswordSession(t.db, u, e)).value;
    const viewer = (cookie: string) => viewerOfSessionCookie(cookie, e);
    const first = await signIn();
    expect(await viewer(first)).toMatchObject({
      id: u.id,
      organizations: [{ slug: org.slug, access: { roles: ['HR'] } }],
    });
    expect(await viewer(first)).toMatchObject({ id: u.id }); // the decoded cookie, reused

    await t.db.membership.updateMany({ where: { userId: u.id }, data: { role: 'MANAGER' } });
    expect((await viewer(first))?.organizations.map((o) => o.access.roles)).toEqual([['MANAGER']]);
    await t.db.membership.deleteMany({ where: { userId: u.id } });
    expect((await viewer(first))?.organizations).toEqual([]);

    const token = await decode({ token: first, secret: e.NEXTAUTH_SECRET! });
    await authOptions(e).events!.signOut!({ token } as never); // "Logga ut"
    expect(await viewer(first)).toBeNull();

    const second = await signIn();
    expect(await viewer(second)).toMatchObject({ id: u.id });
    await revokeUserSessions(t.db, u.id, 'admin'); // an administrator's "Logga ut överallt"
    expect(await viewer(second)).toBeNull();

    const third = await signIn();
    expect(await viewer(third)).toMatchObject({ id: u.id });
    await t.db.user.update({ where: { id: u.id }, data: { isActive: false } });
    expect(await viewer(third)).toBeNull();
  });

  it('refuses a cookie that does not decode, and one signed with another secret', async () => {
    const u = await user();
    const cookie = (await issuePasswordSession(t.db, { id: u.id, email: u.email, name: u.name }, e)).value;
    expect(await viewerOfSessionCookie('not-a-cookie', e)).toBeNull();
    const other = parseEnv({ NEXTAUTH_URL: e.NEXTAUTH_URL, NEXTAUTH_SECRET: 'another-secret-entirely-0123456789abc' });
    expect(await viewerOfSessionCookie(cookie, other)).toBeNull();
    expect(await viewerOfSessionCookie(cookie, e)).toMatchObject({ id: u.id });
  });
});
