/**
 * next-auth's routes as a browser meets them (through its Node request handler, the same core the app's
 * /api/auth route handler calls): what a cookie gets back after sign-out, after a reissue, and what hostile
 * callback addresses redirect to.
 */
import NextAuth from 'next-auth';
import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authOptions } from '@/lib/auth/options';
import { issuePasswordSession } from '@/lib/auth/sign-in';
import { parseEnv } from '@/lib/env';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ORIGIN = 'http://127.0.0.1:3999';
const SECRET = 'auth-routes-test-secret-0123456789';
const e = parseEnv({ NEXTAUTH_URL: ORIGIN, NEXTAUTH_SECRET: SECRET });

let t: TestDatabase;

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', ORIGIN); // next-auth reads its origin from here
  t = await createTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t.close();
});

type Jar = Map<string, string>;

type Answer = { status: number; location: string | null; body: unknown };

/** One request with the jar's cookies; Set-Cookie answers go back into the jar. */
async function call(jar: Jar, method: 'GET' | 'POST', path: string, form?: Record<string, string>): Promise<Answer> {
  const url = new URL(`${ORIGIN}/api/auth/${path}`);
  const headers: Record<string, string | string[]> = {};
  const answer: Answer = { status: 200, location: null, body: undefined };
  const req = {
    method,
    query: { ...Object.fromEntries(url.searchParams), nextauth: url.pathname.split('/').slice(3) },
    body: form ?? {},
    cookies: Object.fromEntries(jar),
    headers: { host: url.host },
  };
  const res = {
    status(code: number) {
      answer.status = code;
      return res;
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
    setHeader(name: string, value: string | string[]) {
      headers[name.toLowerCase()] = value;
      return res;
    },
    end() {},
    send(body: unknown) {
      answer.body = body;
    },
    json(body: unknown) {
      answer.body = body;
    },
  };
  await NextAuth(req as never, res as never, authOptions(e));
  answer.location = (headers.location as string | undefined) ?? null;
  for (const line of [headers['set-cookie'] ?? []].flat()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at), decodeURIComponent(pair!.slice(at + 1)));
  }
  return answer;
}

async function signedIn(email: string) {
  const user = await t.db.user.create({ data: { email, name: email } });
  const cookie = await issuePasswordSession(t.db, user, e);
  expect(cookie.name).toBe('next-auth.session-token'); // http: plain name (https: __Host-, see unit test)
  const jar: Jar = new Map([[cookie.name, cookie.value]]);
  return { user, jar, cookie };
}

async function signOut(jar: Jar, callbackUrl: string) {
  const csrf = await call(jar, 'GET', 'csrf');
  return call(jar, 'POST', 'signout', { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, callbackUrl });
}

describe(`next-auth routes (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('refuses the old cookie after sign-out', async () => {
    const { user, jar, cookie } = await signedIn('utloggad@test.se');
    expect((await call(jar, 'GET', 'session')).body).toMatchObject({ user: { id: user.id } });

    await signOut(jar, '/logga-in');
    const old: Jar = new Map([[cookie.name, cookie.value]]); // a copy kept by an attacker or another tab
    expect((await call(old, 'GET', 'session')).body).toEqual({});
    const row = await t.db.userSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ revokedReason: 'sign-out' });
  });

  it('reissues the cookie without moving the absolute end, which still ends the session', async () => {
    const { user, jar, cookie } = await signedIn('aterutfardad@test.se');
    const row = await t.db.userSession.findFirstOrThrow({ where: { userId: user.id } });
    for (let i = 0; i < 3; i += 1) {
      const response = await call(jar, 'GET', 'session');
      expect(response.body).toMatchObject({ user: { id: user.id } });
    }
    const reissued = jar.get(cookie.name)!;
    expect(reissued).not.toBe(cookie.value); // next-auth writes a fresh JWT on every session call …
    const token = await decode({ token: reissued, secret: SECRET });
    expect(token).toMatchObject({ userId: user.id, sessionId: row.id }); // … for the same session row …
    const after = await t.db.userSession.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.expiresAt).toEqual(row.expiresAt); // … whose end did not move.

    // The row's end passes while the reissued JWT is still within its own lifetime: the row decides.
    await t.db.userSession.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(new Map([[cookie.name, reissued]]), 'GET', 'session')).body).toEqual({});
  });

  it('ends the session of a deactivated user on the next request', async () => {
    const { user, jar } = await signedIn('avaktiverad@test.se');
    expect((await call(jar, 'GET', 'session')).body).toMatchObject({ user: { id: user.id } });
    await t.db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect((await call(jar, 'GET', 'session')).body).toEqual({});
  });

  const hostile = [
    '/\t/evil.example/x',
    '/%09/evil.example/x',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/',
  ];

  for (const callbackUrl of hostile) {
    it(`keeps the browser on this site for callbackUrl ${JSON.stringify(callbackUrl)}`, async () => {
      const signin = await call(new Map(), 'GET', `signin?${new URLSearchParams({ callbackUrl })}`);
      const toSignInPage = new URL(signin.location!, ORIGIN);
      expect(toSignInPage.origin).toBe(ORIGIN);
      expect(new URL(toSignInPage.searchParams.get('callbackUrl')!, ORIGIN).origin).toBe(ORIGIN);

      const { jar } = await signedIn(`omdirigering-${hostile.indexOf(callbackUrl)}@test.se`);
      const signout = await signOut(jar, callbackUrl);
      expect(signout.status).toBe(302);
      expect(new URL(signout.location!, ORIGIN).origin).toBe(ORIGIN);
    });
  }
});
