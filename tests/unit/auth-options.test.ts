import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE_NAMES } from '@/lib/auth/cookies';
import { SESSION_MAX_AGE_SECONDS, authOptions } from '@/lib/auth/options';
import { parseEnv } from '@/lib/env';

const ids = (env: Record<string, string>) => authOptions(parseEnv(env)).providers.map((p) => p.id);

describe('sign-in configuration', () => {
  it('offers local accounts only, until all three Entra ID variables are set', () => {
    expect(ids({})).toEqual(['credentials']);
    expect(ids({ AZURE_AD_CLIENT_ID: 'app', AZURE_AD_TENANT_ID: 'tenant' })).toEqual(['credentials']);
    expect(ids({ AZURE_AD_CLIENT_ID: 'app', AZURE_AD_CLIENT_SECRET: 'secret', AZURE_AD_TENANT_ID: 'tenant' })).toEqual([
      'credentials',
      'azure-ad',
    ]);
  });

  it('ends sessions after a working day and signs in on the Swedish page', () => {
    const options = authOptions(parseEnv({}));
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 60 * 60);
    expect(options.session?.maxAge).toBe(SESSION_MAX_AGE_SECONDS);
    expect(options.pages?.signIn).toBe('/logga-in');
  });

  it('uses Secure __Host- cookies behind HTTPS and plain cookies on http://localhost', () => {
    const secure = authOptions(parseEnv({ NEXTAUTH_URL: 'https://kompetensplan.example.se' }));
    expect(secure.useSecureCookies).toBe(true);
    expect(secure.cookies?.sessionToken).toMatchObject({
      name: '__Host-next-auth.session-token',
      options: { secure: true, path: '/', httpOnly: true },
    });
    expect(secure.cookies?.sessionToken?.options).not.toHaveProperty('domain');
    expect(SESSION_COOKIE_NAMES).toContain(secure.cookies?.sessionToken?.name);

    const local = authOptions(parseEnv({ NEXTAUTH_URL: 'http://127.0.0.1:3000' }));
    expect(local.useSecureCookies).toBe(false);
    expect(local.cookies).toEqual({}); // next-auth's defaults: next-auth.session-token, not Secure
    expect(SESSION_COOKIE_NAMES).toContain('next-auth.session-token');
  });

  it('refuses to run in production without a secret, and treats empty variables as unset', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET krävs i produktion/);
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgresql/);
  });
});
