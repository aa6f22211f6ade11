import type { CookiesOptions } from 'next-auth';

/**
 * Cookie names. Behind HTTPS the session cookie is `__Host-` prefixed: the browser then accepts it only with
 * `Secure`, `Path=/` and no `Domain`, so no sibling host on the city's domain can set or overwrite it. Over
 * plain HTTP (localhost, tests) the browser would refuse such cookies, so the plain names are used there.
 */
export const SESSION_COOKIE = 'next-auth.session-token';
export const SECURE_SESSION_COOKIE = '__Host-next-auth.session-token';

/** Every name a session cookie can have (proxy.ts sends a visitor without one to the sign-in page). */
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE, SECURE_SESSION_COOKIE] as const;

export function usesSecureCookies(nextAuthUrl: string | undefined): boolean {
  return nextAuthUrl?.startsWith('https://') ?? false;
}

/** next-auth's `cookies` option: its defaults, with `__Host-` where it uses `__Secure-` for our own cookies. */
export function authCookies(secure: boolean): Partial<CookiesOptions> {
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  if (!secure) return {};
  return {
    sessionToken: { name: SECURE_SESSION_COOKIE, options },
    callbackUrl: { name: '__Host-next-auth.callback-url', options },
    csrfToken: { name: '__Host-next-auth.csrf-token', options },
  };
}
