import 'server-only';
import type { NextAuthOptions, Session } from 'next-auth';
import AzureADProvider from 'next-auth/providers/azure-ad';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { type Env, env, ssoConfigured } from '../env';
import { authCookies, usesSecureCookies } from './cookies';
import { safeReturnPath } from './return-path';
import { authSecret } from './secret';
import { SESSION_ABSOLUTE_SECONDS, createSession, revokeSession, validateSession } from './sessions';
import { recordSignIn, requestAddress } from './sign-in';
import { matchSsoUser } from './sso';

/** Sessions end after a working day (the cookie's lifetime; the session row's fixed end is what counts). */
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_SECONDS;

/**
 * Only SSO goes through next-auth's routes. The password form posts to a server action instead
 * (app/(auth)/_actions/sign-in.ts): it works without JavaScript, is throttled, and answers in Swedish.
 */
function providers(e: Env): NextAuthOptions['providers'] {
  if (!ssoConfigured(e)) return [];
  return [
    AzureADProvider({
      clientId: e.AZURE_AD_CLIENT_ID!,
      clientSecret: e.AZURE_AD_CLIENT_SECRET!,
      tenantId: e.AZURE_AD_TENANT_ID!,
    }),
  ];
}

/** The environment is a parameter so tests can switch SSO on without touching process.env. */
export function authOptions(e: Env = env()): NextAuthOptions {
  const secureCookies = usesSecureCookies(e.NEXTAUTH_URL);
  return {
    secret: authSecret(e),
    useSecureCookies: secureCookies,
    cookies: authCookies(secureCookies),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/logga-in', error: '/logga-in' },
    providers: providers(e),
    callbacks: {
      // next-auth's default only checks a prefix; "/\t/evil.example" passed it and browsers went to evil.example.
      redirect({ url, baseUrl }) {
        return new URL(safeReturnPath(url, baseUrl), baseUrl).toString();
      },
      // SSO signs in only users an administrator has created (matched on e-mail); roles stay in the app.
      async signIn({ user, account, profile }) {
        const subject = (profile as { oid?: string } | undefined)?.oid ?? account?.providerAccountId ?? null;
        const known = await matchSsoUser(await getDb(), { email: user.email ?? '', subject });
        if (!known) return false;
        user.id = known.id;
        return true;
      },
      // The token holds only the user and the session row; every request checks the row (lib/auth/sessions.ts).
      async jwt({ token, user, account }) {
        const db = await getDb();
        if (user) {
          const session = await createSession(db, { userId: user.id, provider: account?.provider ?? 'okänd' });
          return { userId: user.id, sessionId: session.id };
        }
        if (!token.userId || !token.sessionId) return {};
        const check = await validateSession(db, { sessionId: token.sessionId, userId: token.userId });
        return check.valid ? token : {};
      },
      async session({ session, token }) {
        // An empty object is next-auth's "no session" (getServerSession returns null, the client sees none).
        if (typeof token.userId !== 'string') return {} as Session;
        if (session.user) session.user.id = token.userId;
        return session;
      },
    },
    events: {
      async signIn({ user, account }) {
        await recordSignIn(await getDb(), user, account?.provider ?? 'okänd', await requestAddress());
      },
      // An old cookie must not work after sign-out: the row is revoked, whatever the browser keeps.
      async signOut({ token }) {
        if (!token?.sessionId) return;
        const db = await getDb();
        if (await revokeSession(db, token.sessionId, 'sign-out')) {
          await recordAudit(db, { action: 'auth.sign-out', userId: token.userId ?? null });
        }
      },
    },
  };
}
