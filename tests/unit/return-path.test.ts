import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/auth/return-path';

const APP = 'https://kompetensplan.example.se';

/** What a browser does with a Location header: resolve it against the page it came from. */
const resolvedHost = (location: string) => new URL(location, APP).host;

describe('return path after sign-in', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/socialforvaltningen/statistik?ar=2023')).toBe('/socialforvaltningen/statistik?ar=2023');
    expect(safeReturnPath('/socialforvaltningen/plan/2026#aktiviteter', APP)).toBe(
      '/socialforvaltningen/plan/2026#aktiviteter',
    );
  });

  it('accepts an absolute address on the app’s own origin as its path', () => {
    expect(safeReturnPath(`${APP}/skarholmen?ar=2024`, APP)).toBe('/skarholmen?ar=2024');
    // Without the real origin an absolute address cannot be checked, so it is refused.
    expect(safeReturnPath(`${APP}/skarholmen`)).toBe('/');
  });

  const attacks = [
    // tab, newline and carriage return are removed by the browser before it resolves the address
    '/\t/evil.example/x',
    '/%09/evil.example/x', // as it arrives if decoded once more by a framework
    decodeURIComponent('/%09/evil.example/x'),
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    ' //evil.example',
    // backslashes are slashes in http(s) addresses
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '\\/evil.example',
    // protocol-relative and absolute
    '//evil.example',
    '///evil.example',
    '//evil.example@kompetensplan.example.se',
    'https://evil.example/',
    'http://kompetensplan.example.se/', // same host, other scheme: another origin
    'https://kompetensplan.example.se.evil.example/',
    'https:evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    // dot segments that collapse to "//host"
    '/.//evil.example',
    '/a/..//evil.example',
    '/%2e//evil.example',
    '',
    undefined,
    null,
  ];

  for (const attack of attacks) {
    it(`never leaves the site for ${JSON.stringify(attack)}`, () => {
      const path = safeReturnPath(attack, APP);
      expect(resolvedHost(path)).toBe('kompetensplan.example.se');
      expect(path.startsWith('/') && !path.startsWith('//')).toBe(true);
    });
  }

  it('answers "/" for the classic payloads (nothing of them survives)', () => {
    for (const value of ['https://evil.example/', '//evil.example', '/\\evil.example', '/\t/evil.example/x', '/.//x']) {
      expect(safeReturnPath(value, APP)).toBe('/');
    }
  });

  it('encoded slashes stay inside a path on this site', () => {
    // "%2F%2Fevil.example" is the path segment "//evil.example" percent-encoded; browsers do not decode it.
    const path = safeReturnPath('/%2F%2Fevil.example', APP);
    expect(path).toBe('/%2F%2Fevil.example');
    expect(resolvedHost(path)).toBe('kompetensplan.example.se');
  });
});
