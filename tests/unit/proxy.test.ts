import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, identityProviderOrigins } from '@/lib/security-headers';
import { proxy } from '@/proxy';

const request = (url: string, init: { headers?: Record<string, string>; method?: string } = {}) =>
  new NextRequest(url, init);
const signedIn = { cookie: 'next-auth.session-token=x' };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('proxy: security headers', () => {
  it('sets a CSP with a fresh nonce on every response and hands the nonce to the page render', async () => {
    const first = await proxy(request('http://app.test/socialforvaltningen', { headers: signedIn }));
    const second = await proxy(request('http://app.test/socialforvaltningen', { headers: signedIn }));
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toContain(`'nonce-${nonce}'`);
  });

  it('sets the CSP on the redirect to sign-in and on route handlers too', async () => {
    const redirect = await proxy(request('http://app.test/socialforvaltningen/statistik'));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('location')).toBe(
      'http://app.test/logga-in?callbackUrl=%2Fsocialforvaltningen%2Fstatistik',
    );
    expect(redirect.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await proxy(request('http://app.test/api/health'))).headers.get('content-security-policy')).toContain(
      "object-src 'none'",
    );
  });

  it('lets the sign-in page and the accessibility statement through signed out', async () => {
    for (const path of ['/logga-in', '/tillganglighet', '/api/auth/session']) {
      expect((await proxy(request(`http://app.test${path}`))).headers.get('location'), path).toBeNull();
    }
    expect((await proxy(request('http://app.test/tillganglighetX'))).status).toBe(307);
  });

  it('sends HSTS only from a production server reached over HTTPS', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const https = await proxy(request('https://app.test/logga-in'));
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(https.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    const http = await proxy(request('http://192.168.1.20:3000/logga-in'));
    expect(http.headers.get('strict-transport-security')).toBeNull();
    expect(http.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(http.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    vi.stubEnv('NEXTAUTH_URL', 'https://kompetensplan.example.se');
    expect(
      (await proxy(request('http://10.0.0.5:3000/logga-in'))).headers.get('strict-transport-security'),
    ).not.toBeNull();
    vi.stubEnv('NODE_ENV', 'development');
    expect((await proxy(request('https://app.test/logga-in'))).headers.get('strict-transport-security')).toBeNull();
  });

  it('without NEXTAUTH_URL, only the Host the browser used names the app (never a client-sent X-Forwarded-Host)', async () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    const response = await proxy(
      request('http://192.168.1.20:3000/logga-in', {
        headers: { host: '192.168.1.20:3000', 'x-forwarded-host': 'evil.example' },
      }),
    );
    expect(response.headers.get('x-middleware-request-x-forwarded-host')).toBe('192.168.1.20:3000');
  });
});

describe('proxy: posts from elsewhere', () => {
  it('refuses a server action posted from another site or with Origin null with 403 in Swedish, CSP and all', async () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    for (const origin of ['https://evil.example', 'null']) {
      const response = await proxy(
        request('http://192.168.1.20:3000/org/plan', {
          method: 'POST',
          headers: { ...signedIn, host: '192.168.1.20:3000', origin, 'next-action': 'abc' },
        }),
      );
      expect(response.status, origin).toBe(403);
      expect(await response.text()).toBe('Förfrågan kommer inte från Kompetensplan.');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    const own = await proxy(
      request('http://192.168.1.20:3000/org/plan', {
        method: 'POST',
        headers: { ...signedIn, host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000', 'next-action': 'abc' },
      }),
    );
    expect(own.status).toBe(200);
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

  it("allows the configured issuer's origin, Entra ID's by default, and nothing without SSO", () => {
    expect(identityProviderOrigins({ AZURE_AD_TENANT_ID: 't' })).toEqual(['https://login.microsoftonline.com']);
    expect(identityProviderOrigins({ AZURE_AD_TENANT_ID: 't', SSO_ISSUER: 'http://127.0.0.2:3100/oidc' })).toEqual([
      'http://127.0.0.2:3100',
    ]);
    expect(identityProviderOrigins({ SSO_ISSUER: 'http://127.0.0.2:3100' })).toEqual([]);
  });
});

describe('proxy: request id', () => {
  it('keeps a plain id from the load balancer and makes one otherwise, on the request and the response', async () => {
    const given = await proxy(request('http://app.test/api/health', { headers: { 'x-request-id': 'lb-1234abcd' } }));
    expect(given.headers.get('x-request-id')).toBe('lb-1234abcd');
    expect(given.headers.get('x-middleware-request-x-request-id')).toBe('lb-1234abcd');
    const forged = await proxy(
      request('http://app.test/api/health', { headers: { 'x-request-id': '"} {"level":"x' } }),
    );
    const made = forged.headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(forged.headers.get('x-middleware-request-x-request-id')).toBe(made);
  });
});
