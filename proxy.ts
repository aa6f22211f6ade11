import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE_NAMES } from './lib/auth/cookies';

/**
 * A convenience, not the access control (every page and action authorizes on the server): a signed-out visitor
 * opening a deep link is sent to the sign-in page with the address to come back to.
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' || SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name)))
    return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const url = request.nextUrl.clone();
  url.pathname = '/logga-in';
  url.search = pathname === '/' ? '' : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!logga-in|losenord/|api/|_next/|icon.svg|favicon.ico).*)'],
};
