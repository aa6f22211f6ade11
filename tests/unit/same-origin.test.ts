import { describe, expect, it } from 'vitest';
import { appOrigin, isSameOrigin } from '@/lib/http/same-origin';

describe("the app's origin for uploads", () => {
  it('comes from NEXTAUTH_URL when set, whatever the request claims', () => {
    const env = { NODE_ENV: 'production', NEXTAUTH_URL: 'https://kompetensplan.stockholm.se/' };
    expect(appOrigin(env, 'http://evil.example/x')).toBe('https://kompetensplan.stockholm.se');
  });

  it("is the request's own origin in development and tests, and unknown (refuse) in production without it", () => {
    expect(appOrigin({ NODE_ENV: 'development' }, 'http://127.0.0.1:3000/org/statistik/import/fil')).toBe(
      'http://127.0.0.1:3000',
    );
    expect(appOrigin({ NODE_ENV: 'production' }, 'http://127.0.0.1:3000/x')).toBeNull();
  });

  it('matches only an exact http(s) origin: null, garbage, other ports and look-alikes are refused', () => {
    const app = 'https://kp.example.se';
    expect(isSameOrigin('https://kp.example.se', app)).toBe(true);
    expect(isSameOrigin('https://KP.example.se:443', app)).toBe(true); // the same origin, spelled differently
    for (const origin of [
      null,
      'null',
      '',
      'not a url',
      'https://kp.example.se.evil.example',
      'http://kp.example.se',
      'https://kp.example.se:8443',
      'javascript:alert(1)',
    ]) {
      expect(isSameOrigin(origin, app)).toBe(false);
    }
    expect(isSameOrigin('https://kp.example.se', null)).toBe(false);
  });
});
