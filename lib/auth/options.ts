import 'server-only';
import type { NextAuthOptions, Session } from 'next-auth';
import AzureADProvider from 'next-auth/providers/azure-ad';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { type Env, env, ssoConfigured, ssoIssuer } from '../env';
import { authCookies, usesSecureCookies } from './cookies';
import { safeReturnPath } from './return-path';
import { authSecret } from './secret';
import { SESSION_ABSOLUTE_SECONDS, createSession, revokeSession, validateSession } from './sessions';
import { recordSignIn, requestAddress } from './sign-in';
import { signInWithSso } from './sso';
import { ssoEmail, ssoSubject } from './sso-mapping';

/** Where a signed-in SSO user with no role is sent (no session is made). */
export const SSO_NO_ROLE_PATH = '/logga-in/ingen-behorighet';

/** Sessions end after a working day (the cookie's lifetime; the session row's fixed end is what counts). */
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_SECONDS;

/**
 * Only SSO goes through next-auth's routes. The password form posts to a server action instead
 * (app/(auth)/_actions/sign-in.ts): it works without JavaScript, is throttled, and answers in Swedish.
 */
function providers(e: Env): NextAuthOptions['providers'] {
  if (!ssoConfigured(e)) return [];
  const provider = AzureADProvider({
    clientId: e.AZURE_AD_CLIENT_ID!,
    clientSecret: e.AZURE_AD_CLIENT_SECRET!,
    tenantId: e.AZURE_AD_TENANT_ID!,
  });
  return [
    {
      ...provider,
      // The issuer's own discovery document: Entra ID by default, a loopback provider in the tests.
      wellKnown: `${ssoIssuer(e)}/.well-known/openid-configuration`,
      // The ID token is verified (signature, audience, issuer, nonce) and carries the claims: no userinfo call.
      idToken: true,
      checks: ['pkce', 'state', 'nonce'],
      // The stock profile() fetches a photo from Microsoft Graph: only the OIDC calls may leave the network.
      profile: (claims) => ({
        id: ssoSubject(claims) ?? '',
        name: typeof claims.name === 'string' ? claims.name : null,
        email: ssoEmail(claims) || null,
        image: null,
      }),
    },
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
      // The user is keyed on the token's subject and gets the access "Rollkoppling" maps its app roles to.
      async signIn({ user, account, profile }) {
        if (account?.provider !== 'azure-ad' || !profile) return false;
        const result = await signInWithSso(await getDb(), profile as Record<string, unknown>, { issuer: ssoIssuer(e) });
        if (!result.ok) return result.reason === 'no-role' ? SSO_NO_ROLE_PATH : false;
        user.id = result.userId;
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
