import { type NextRequest, NextResponse } from 'next/server';
import { refuseUnsafeRequest } from './lib/http/request-guard';
import {
  HTTPS_ONLY_HEADERS,
  contentSecurityPolicy,
  createNonce,
  identityProviderOrigins,
} from './lib/security-headers';

import { SESSION_COOKIE_NAMES } from './lib/auth/cookies';

/** Pages anyone may read signed out: the sign-in page, the accessibility statement (DOS-lagen) and the one-time password links. */
const PUBLIC_PAGES = ['/logga-in', '/tillganglighet', '/losenord'];

/**
 * Runs before every page, server action and route handler:
 * - a Content-Security-Policy with a fresh nonce (Next.js reads it from the request header and puts it on its
 *   own scripts; pages are rendered per request, which they are anyway: every page reads the session);
 * - HSTS (and a cross-origin opener policy) when the app is served over HTTPS in production;
 * - a post from another site (or with Origin "null"), a body over the limit and a server-action body cut off on
 *   the way are refused here in Swedish (403, 413, 400), before Next would answer them with a 500;
 * - a request id (X-Request-Id): the one the reverse proxy sent, if plain, else a new one; the guards put it on
 *   each log line (lib/log/logger.ts) and the response carries it, so a user's report can be found in the logs;
 * - a convenience, not the access control (every page and action authorizes on the server): a signed-out
 *   visitor opening a deep link is sent to the sign-in page with the address to come back to.
 */
export async function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === 'https:' || (process.env.NEXTAUTH_URL ?? '').startsWith('https:');
  const nonce = createNonce();
  const csp = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === 'development',
    https,
    formTargets: identityProviderOrigins({
      SSO_ISSUER: process.env.SSO_ISSUER,
      AZURE_AD_TENANT_ID: process.env.AZURE_AD_TENANT_ID,
    }),
  });

  const requestId = requestIdOf(request);
  const refused = await refuseUnsafeRequest(request, { NEXTAUTH_URL: process.env.NEXTAUTH_URL });
  const response =
    refused ?? (needsSignIn(request) ? redirectToSignIn(request) : continueWith(request, csp, nonce, requestId));
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Request-Id', requestId);
  if (https && process.env.NODE_ENV === 'production') {
    for (const { key, value } of HTTPS_ONLY_HEADERS) response.headers.set(key, value);
  }
  return response;
}

/** A load balancer's id is kept so that its log and ours match; anything but a short plain token is replaced. */
function requestIdOf(request: NextRequest): string {
  const given = request.headers.get('x-request-id');
  return given && /^[A-Za-z0-9._:-]{8,128}$/.test(given) ? given : crypto.randomUUID();
}

function needsSignIn(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (request.method !== 'GET' || pathname.startsWith('/api/')) return false;
  if (PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`))) return false;
  return !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
}

function redirectToSignIn(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const url = request.nextUrl.clone();
  url.pathname = '/logga-in';
  url.search = pathname === '/' ? '' : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

function continueWith(request: NextRequest, csp: string, nonce: string, requestId: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-nonce', nonce);
  // Without NEXTAUTH_URL, next-auth takes the app's address from X-Forwarded-Host (lib/startup.ts): only the
  // Host the browser connected with may count, never a header a client made up.
  const host = request.headers.get('host');
  if (!process.env.NEXTAUTH_URL && host) headers.set('x-forwarded-host', host);
  return NextResponse.next({ request: { headers } });
}

// Everything but hashed static assets and the icons, so that route handlers (api/, downloads) get the headers too;
// not the statistics upload: when the proxy runs, Next buffers the request body for it (at most 10 MB, silently
// cut beyond), so a 10 MB file arrived truncated; the route reads the body itself, after authorizing, and sets
// its own headers.
export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico|[^/]+/statistik/import/fil$).*)'],
};
