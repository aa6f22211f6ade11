import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteLink } from '@/lib/notifications/email';

afterEach(() => vi.unstubAllEnvs());

describe('links in e-mail', () => {
  it('without NEXTAUTH_URL (npm run demo), point at the address the browser connected with', () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    expect(absoluteLink('/org/aktiviteter/mina', 'http://192.168.1.20:3000')).toBe(
      'http://192.168.1.20:3000/org/aktiviteter/mina',
    );
    expect(absoluteLink('/org/aktiviteter/mina', null)).toBe('/org/aktiviteter/mina');
  });

  it('use NEXTAUTH_URL when it is configured', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://kp.example.se');
    expect(absoluteLink('/org/aktiviteter/mina', 'http://192.168.1.20:3000')).toBe(
      'https://kp.example.se/org/aktiviteter/mina',
    );
  });
});
