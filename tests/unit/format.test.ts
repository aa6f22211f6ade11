import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '@/lib/format';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('Swedish formats', () => {
  it('groups thousands with a space (seed 003: 1 016 tillsvidareanställda)', () => {
    expect(plain(formatInteger(1016))).toBe('1 016');
    expect(plain(formatInteger(2333))).toBe('2 333');
    expect(formatInteger(86)).toBe('86');
  });

  it('writes percentages with decimal comma and the precision the source stated', () => {
    expect(plain(formatPercent(7.3))).toBe('7,3 %');
    expect(plain(formatPercent(11.18))).toBe('11,18 %');
    expect(plain(formatPercent(6))).toBe('6 %');
    expect(plain(formatPercent(2, 2))).toBe('2,00 %');
    expect(plain(formatPercent(98.4))).toBe('98,4 %');
  });

  it('uses an ASCII minus and ISO dates', () => {
    expect(formatDecimal(-1.5)).toBe('-1,5');
    expect(formatDate(new Date('2025-12-31T00:00:00Z'))).toBe('2025-12-31');
  });
});
