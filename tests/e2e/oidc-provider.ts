/**
 * A real OpenID provider on loopback for the SSO test (the `oidc-provider` package, certified by the OpenID
 * Foundation), standing in for Entra ID: its ID tokens carry `oid`, `email`, `name` and the app roles in `roles`.
 * Its built-in development pages do the sign-in: any user name is accepted, then "Continue" grants consent.
 * Started by the spec itself; the servers only read its discovery document when someone signs in.
 */
import type { Server } from 'node:http';
import { OIDC_CLIENT, oidcIssuer } from './servers';

export type OidcAccount = { oid: string; email: string; name: string; roles: string[] };

/**
 * `issuer` is what the provider calls itself in discovery and in its tokens; it always listens at the address the
 * servers are configured with (oidcIssuer()). Another issuer there plays a provider of another tenant.
 */
export async function startOidcProvider(redirectOrigins: string[], issuer = oidcIssuer()) {
  // ESM only: loaded here, not at the top, so Playwright's CommonJS transform leaves it alone.
  const { default: Provider } = await import('oidc-provider');
  const accounts = new Map<string, OidcAccount>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: redirectOrigins.map((origin) => `${origin}/api/auth/callback/azure-ad`),
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub', 'oid', 'roles'], email: ['email'], profile: ['name'] },
    // Entra ID puts the claims in the ID token itself; next-auth reads them from there.
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        async claims() {
          const account = accounts.get(sub);
          return { sub, ...(account ?? {}) };
        },
      };
    },
  });
  // oidc-provider is a Koa app; `listen` gives the node server.
  const server: Server = await new Promise((resolve) => {
    const { hostname, port } = new URL(oidcIssuer());
    const s = provider.listen(Number(port), hostname, () => resolve(s));
  });
  return {
    /** Where the browser meets the provider. */
    origin: new URL(oidcIssuer()).origin,
    /** Adds or changes an account; the user name to type on the provider's sign-in page is `oid`. */
    setAccount: (account: OidcAccount) => accounts.set(account.oid, account),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser's keep-alive connections would hold it open
      }),
  };
}
