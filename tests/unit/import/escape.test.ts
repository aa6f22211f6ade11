import { describe, expect, it } from 'vitest';
import { escapeCsvCell, quoteCsvCell } from '@/lib/statistics/import';

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+46 8 508', "'+46 8 508"],
    ['-29', "'-29"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
  ])('prefixes %j with an apostrophe', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(escapeCsvCell('Avdelning; stab')).toBe('"Avdelning; stab"');
    expect(escapeCsvCell('6,2', ',')).toBe('"6,2"');
    expect(escapeCsvCell('6,2', ';')).toBe('6,2');
    expect(escapeCsvCell('Säg "hej"')).toBe('"Säg ""hej"""');
    expect(escapeCsvCell('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  it('leaves numbers and plain text alone', () => {
    expect(escapeCsvCell(-5)).toBe('-5');
    expect(escapeCsvCell(6.2)).toBe('6.2');
    expect(escapeCsvCell('Äldreomsorg')).toBe('Äldreomsorg');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(undefined)).toBe('');
    expect(quoteCsvCell('-29')).toBe('-29');
  });
});
