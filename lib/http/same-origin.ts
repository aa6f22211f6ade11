/**
 * Same-origin checks for requests that change data with the session cookie (the statistics upload). The
 * app's origin comes from configuration (NEXTAUTH_URL), never from forwarding headers a client can set.
 * Without NEXTAUTH_URL, development and tests use the request's own origin (what the local server was
 * reached by); production refuses, since its origin would then be whatever the request claims. Pure.
 */

/** The origin uploads must come from, or null when it cannot be known safely. */
export function appOrigin(env: { NODE_ENV: string; NEXTAUTH_URL?: string }, requestUrl: string): string | null {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  if (env.NODE_ENV === 'production') return null;
  return new URL(requestUrl).origin;
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
