import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { type Env, env, ssoConfigured } from '../env';
import { authenticateWithPassword } from './credentials';
import { authSecret } from './secret';

/** Sessions end after a working day. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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
  return {
    secret: authSecret(e),
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
      async jwt({ token, user }) {
        if (user) token.userId = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.userId === 'string') session.user.id = token.userId;
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
    },
  };
}
