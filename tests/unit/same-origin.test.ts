import { describe, expect, it } from 'vitest';
import { appOrigin, isSameOrigin } from '@/lib/http/same-origin';

describe("the app's origin for uploads", () => {
  it('comes from NEXTAUTH_URL when set, whatever the request claims', () => {
    const env = { NEXTAUTH_URL: 'https://kompetensplan.stockholm.se/' };
    expect(appOrigin(env, new Headers({ host: 'evil.example' }))).toBe('https://kompetensplan.stockholm.se');
  });

  it('without NEXTAUTH_URL (npm run demo), is the address the browser connected with: its Host', () => {
    expect(appOrigin({}, new Headers({ host: '192.168.1.20:3000' }))).toBe('http://192.168.1.20:3000');
    expect(appOrigin({}, new Headers({ host: 'kp-demo:3000', 'x-forwarded-proto': 'https' }))).toBe(
      'https://kp-demo:3000',
    );
    expect(appOrigin({}, new Headers())).toBeNull();
    expect(appOrigin({}, new Headers({ host: 'a b' }))).toBeNull();
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
