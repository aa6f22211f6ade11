/**
 * Same-origin checks for requests that change data with the session cookie (server actions, route handlers, the
 * statistics upload). The app's origin is NEXTAUTH_URL's when it is configured; without it (`npm run demo`), the
 * address the browser connected with: its Host header and the scheme the server saw. A browser never lets a page
 * of another site set either, so a cross-site post still carries a foreign Origin and is refused. Forwarded
 * headers a client made up never reach this far (scripts/start.mjs drops them unless TRUST_PROXY is set). Pure.
 */

/** The origin requests must come from, or null when the request names no host. */
export function appOrigin(env: { NEXTAUTH_URL?: string | undefined }, headers: Headers): string | null {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const host = headers.get('host');
  if (!host) return null;
  const scheme = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/** Compares the Origin header with the app's origin as parsed URLs: "null", garbage or absent never match. */
export function isSameOrigin(originHeader: string | null, expected: string | null): boolean {
  if (!originHeader || !expected) return false;
  try {
    const origin = new URL(originHeader);
    return (origin.protocol === 'http:' || origin.protocol === 'https:') && origin.origin === expected;
  } catch {
    return false;
  }
}
