import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/auth/return-path';

describe('return path after sign-in', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/socialforvaltningen/statistik?ar=2023')).toBe('/socialforvaltningen/statistik?ar=2023');
  });

  it('refuses other hosts and falls back to the start page', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      undefined,
      null,
    ]) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });
});
