/** The browser tests' servers: one production server with its own embedded database per Playwright worker. */
export const WORKERS = 2;
const firstPort = Number(process.env.E2E_PORT ?? 3100);
export const serverPort = (index: number) => firstPort + index;
export const serverURL = (index: number) => `http://127.0.0.1:${serverPort(index)}`;

/**
 * Single sign-on in the browser tests: the servers are started with SSO pointing at a loopback OpenID provider
 * (tests/e2e/oidc-provider.ts), which the SSO spec starts itself. It listens on the first server's port number
 * but on another loopback address (127.0.0.2), so it needs no port of its own on a shared machine and keeps its
 * cookies apart from the app's. Until the spec starts it nothing listens there; only that spec signs in with SSO.
 */
export const oidcIssuer = () => `http://127.0.0.2:${firstPort}`;
export const OIDC_CLIENT = { id: 'kompetensplan-e2e', secret: 'e2e-client-secret-0123456789', tenant: 'e2e-tenant' };
