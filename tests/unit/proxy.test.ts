import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { proxy } from '@/proxy';

const request = (url: string, init: { headers?: Record<string, string>; method?: string } = {}) =>
  new NextRequest(url, init);
const signedIn = { cookie: 'next-auth.session-token=x' };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('proxy: security headers', () => {
  it('sets a CSP with a fresh nonce on every response and hands the nonce to the page render', () => {
    const first = proxy(request('http://app.test/socialforvaltningen', { headers: signedIn }));
    const second = proxy(request('http://app.test/socialforvaltningen', { headers: signedIn }));
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toContain(`'nonce-${nonce}'`);
  });

  it('sets the CSP on the redirect to sign-in and on route handlers too', () => {
    const redirect = proxy(request('http://app.test/socialforvaltningen/statistik'));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('location')).toBe(
      'http://app.test/logga-in?callbackUrl=%2Fsocialforvaltningen%2Fstatistik',
    );
    expect(redirect.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(proxy(request('http://app.test/api/health')).headers.get('content-security-policy')).toContain(
      "object-src 'none'",
    );
  });

  it('lets the sign-in page and the accessibility statement through signed out', () => {
    for (const path of ['/logga-in', '/tillganglighet', '/api/auth/session']) {
      expect(proxy(request(`http://app.test${path}`)).headers.get('location'), path).toBeNull();
    }
    expect(proxy(request('http://app.test/tillganglighetX')).status).toBe(307);
  });

  it('sends HSTS only from a production server reached over HTTPS', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const https = proxy(request('https://app.test/logga-in'));
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(https.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    const http = proxy(request('http://192.168.1.20:3000/logga-in'));
    expect(http.headers.get('strict-transport-security')).toBeNull();
    expect(http.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(http.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    vi.stubEnv('NEXTAUTH_URL', 'https://kompetensplan.example.se');
    expect(proxy(request('http://10.0.0.5:3000/logga-in')).headers.get('strict-transport-security')).not.toBeNull();
    vi.stubEnv('NODE_ENV', 'development');
    expect(proxy(request('https://app.test/logga-in')).headers.get('strict-transport-security')).toBeNull();
  });

  it('without NEXTAUTH_URL, only the Host the browser used names the app (never a client-sent X-Forwarded-Host)', () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    const response = proxy(
      request('http://192.168.1.20:3000/logga-in', {
        headers: { host: '192.168.1.20:3000', 'x-forwarded-host': 'evil.example' },
      }),
    );
    expect(response.headers.get('x-middleware-request-x-forwarded-host')).toBe('192.168.1.20:3000');
  });
});

describe('content security policy', () => {
  it('allows eval only in development, and never inline scripts', () => {
    const production = contentSecurityPolicy({ nonce: 'abc', development: false, https: false });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(production).not.toContain('unsafe-eval');
    expect(production).toContain("style-src 'self' 'nonce-abc';");
    const development = contentSecurityPolicy({ nonce: 'abc', development: true, https: false });
    expect(development).toContain("'unsafe-eval'");
    expect(development.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it('lets a sign-in form post to the SSO provider when one is configured', () => {
    expect(
      contentSecurityPolicy({
        nonce: 'n',
        development: false,
        https: true,
        formTargets: ['https://login.microsoftonline.com'],
      }),
    ).toContain("form-action 'self' https://login.microsoftonline.com;");
  });
});
