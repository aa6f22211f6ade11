/** The browser tests' servers: one production server with its own embedded database per Playwright worker. */
export const WORKERS = 2;
const firstPort = Number(process.env.E2E_PORT ?? 3100);
export const serverPort = (index: number) => firstPort + index;
export const serverURL = (index: number) => `http://127.0.0.1:${serverPort(index)}`;

/**
 * Single sign-on in the browser tests: the servers are started with SSO pointing at a loopback OpenID provider
 * (tests/e2e/oidc-provider.ts) on this port, which the SSO spec starts itself. Until then nothing is listening
 * there, and only that spec signs in with SSO.
 */
export const oidcIssuer = () => `http://127.0.0.1:${firstPort + 10}`;
export const OIDC_CLIENT = { id: 'kompetensplan-e2e', secret: 'e2e-client-secret-0123456789', tenant: 'e2e-tenant' };
