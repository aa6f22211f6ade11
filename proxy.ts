import { type NextRequest, NextResponse } from 'next/server';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/**
 * A convenience, not the access control (every page and action authorizes on the server): a signed-out visitor
 * opening a deep link is sent to the sign-in page with the address to come back to.
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' || SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const url = request.nextUrl.clone();
  url.pathname = '/logga-in';
  url.search = pathname === '/' ? '' : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

// Not the statistics upload: when the proxy runs, Next buffers the request body for it (at most 10 MB, silently
// cut beyond), so a 10 MB file arrived truncated; the route reads the body itself, after authorizing.
export const config = {
  matcher: ['/((?!logga-in|api/|_next/|icon.svg|favicon.ico|[^/]+/statistik/import/fil$).*)'],
};
