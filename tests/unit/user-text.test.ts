import { describe, expect, it } from 'vitest';
import { turnoverDefinitionSchema } from '@/lib/organizations/schemas';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { CONTROL_CHARACTER_MESSAGE, SINGLE_LINE_MESSAGE, userText } from '@/lib/schemas';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('userText', () => {
  it('trims and turns the CRLF a browser sends from a textarea into plain line feeds', () => {
    expect(userText({ multiline: true }).parse('  rad ett\r\nrad två\rrad tre\t  ')).toBe('rad ett\nrad två\nrad tre');
  });

  it('refuses NUL and every other C0 control character and DEL, with a Swedish message', () => {
    const schema = userText({ multiline: true });
    for (const code of [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f]) {
      const result = schema.safeParse(`före${String.fromCharCode(code)}efter`);
      expect(result.success, `U+${code.toString(16)}`).toBe(false);
      expect(messages(result)).toEqual([CONTROL_CHARACTER_MESSAGE]);
    }
  });

  it('keeps tabs and line feeds in multi-line text and refuses them in a single line', () => {
    expect(userText({ multiline: true }).parse('a\tb\nc')).toBe('a\tb\nc');
    expect(messages(userText().safeParse('a\nb'))).toEqual([SINGLE_LINE_MESSAGE]);
    expect(messages(userText().safeParse('a\tb'))).toEqual([SINGLE_LINE_MESSAGE]);
    expect(userText().parse(' Äldreomsorg – Norra ')).toBe('Äldreomsorg – Norra');
  });

  it('refuses a non-string in Swedish', () => {
    expect(messages(userText().safeParse(null))).toEqual(['Fältet måste vara text.']);
  });
});

describe('turnover definition', () => {
  it('answers a NUL byte (which PostgreSQL text cannot hold) with the Swedish message, not a database error', () => {
    const result = turnoverDefinitionSchema.safeParse({
      org: 'x',
      definition: 'Avgångar till extern arbetsgivare\u0000 ÷ medelantalet anställda.',
    });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });
});

describe('plan year in the address', () => {
  it('accepts a four-digit year in range', () => {
    expect(parsePlanYearParam('2026')).toBe(2026);
  });

  it.each(['2147483648', '99999', '-2026', '2026.5', '1e3', ' 2026', '0x7e9', 'abc', '', '1999', '2101', '٢٠٢٦'])(
    'has no plan at %j',
    (value) => {
      expect(parsePlanYearParam(value)).toBeNull();
    },
  );
});
