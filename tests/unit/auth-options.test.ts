import { describe, expect, it } from 'vitest';
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

  it('treats empty variables as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgresql/);
  });
});
