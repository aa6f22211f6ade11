import 'server-only';
import type { NextAuthOptions, Session } from 'next-auth';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { type Env, authSecret, env, ssoConfigured } from '../env';
import { authCookies, usesSecureCookies } from './cookies';
import { authenticateWithPassword } from './credentials';
import { SESSION_ABSOLUTE_SECONDS, createSession, revokeSession, validateSession } from './sessions';

/** Sessions end after a working day (the cookie's lifetime; the session row's fixed end is what counts). */
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_SECONDS;

function providers(e: Env): NextAuthOptions['providers'] {
  const list: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'E-post och lösenord',
      credentials: { email: { label: 'E-post', type: 'email' }, password: { label: 'Lösenord', type: 'password' } },
      authorize: (raw) => authenticateWithPassword(raw),
    }),
  ];
  if (ssoConfigured(e)) {
    list.push(
      AzureADProvider({
        clientId: e.AZURE_AD_CLIENT_ID!,
        clientSecret: e.AZURE_AD_CLIENT_SECRET!,
        tenantId: e.AZURE_AD_TENANT_ID!,
      }),
    );
  }
  return list;
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
      // SSO signs in only users an administrator has created (matched on e-mail); roles stay in the app.
      async signIn({ user, account, profile }) {
        if (account?.provider === 'credentials') return true;
        const email = (user.email ?? '').toLowerCase();
        const db = await getDb();
        const known = email ? await db.user.findUnique({ where: { email } }) : null;
        if (!known || !known.isActive) {
          await recordAudit(db, { action: 'auth.sso-refused', userEmail: email || null });
          return false;
        }
        const subject = (profile as { oid?: string } | undefined)?.oid ?? account?.providerAccountId;
        if (subject && known.externalId !== subject) {
          await db.user.update({ where: { id: known.id }, data: { externalId: subject } });
        }
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
        const db = await getDb();
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        await recordAudit(db, {
          action: 'auth.sign-in',
          userId: user.id,
          userEmail: user.email ?? null,
          details: { provider: account?.provider ?? 'okänd' },
        });
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
