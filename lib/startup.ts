/**
 * Checks and defaults applied once when a server starts (instrumentation.ts), never at build time: a build
 * needs no secrets, and a misconfigured production server stops at start instead of at the first sign-in.
 */
import { authSecret } from './auth/secret';
import { type Env, env, isEmbeddedDatabase } from './env';

export function prepareServer(e: Env = env()): void {
  authSecret(e); // generates the embedded default's secret now, or throws for PostgreSQL without one
  if (e.NEXTAUTH_URL) return;
  if (e.NODE_ENV === 'production' && !isEmbeddedDatabase(e)) {
    throw new Error('NEXTAUTH_URL krävs i produktion med PostgreSQL (till exempel https://kompetensplan.example.se).');
  }
  // Without a configured address the app answers on whatever name or address it was opened by (the demo on a
  // laptop or a test server on the local network). next-auth 4 then builds its redirects and callbacks from the
  // request's Host instead of defaulting to http://localhost:3000; proxy.ts drops client-sent X-Forwarded-*
  // headers so that only the Host the browser connected with counts.
  process.env.AUTH_TRUST_HOST = 'true';
}
