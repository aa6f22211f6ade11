import { describe, expect, it } from 'vitest';
import { turnoverDefinitionSchema } from '@/lib/organizations/schemas';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { createActivitySchema, deadlineSchema, followUpSchema } from '@/lib/activities/schemas';
import { auditFilterSchema, personName } from '@/lib/admin/schemas';
import { adoptPlanSchema, saveSectionSchema, sectionTitleField } from '@/lib/plans/schemas';
import { protocolNoteSchema } from '@/lib/review/schemas';
import { CONTROL_CHARACTER_MESSAGE, SINGLE_LINE_MESSAGE, isCalendarDate, userText } from '@/lib/schemas';

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

describe('names, titles, comments and minutes (issue 16 item 7)', () => {
  const NUL_AND_BIDI = [
    '\u0000',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ];

  it.each(NUL_AND_BIDI.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))(
    'refuses %s in a name, a section title, a follow-up comment and minutes, in Swedish',
    (_, character) => {
      const text = `Äldre${character}omsorg och mer`;
      for (const [what, schema] of [
        ['person', personName],
        ['section title', sectionTitleField],
        ['comment', followUpSchema.shape.comment],
        ['minutes', protocolNoteSchema.shape.text],
        ['activity title', createActivitySchema.shape.title],
        ['decision reference', adoptPlanSchema.shape.decisionReference],
      ] as const) {
        const result = (schema as typeof personName).safeParse(text);
        expect(result.success, what).toBe(false);
        expect(messages(result), what).toEqual([CONTROL_CHARACTER_MESSAGE]);
      }
    },
  );

  it('drops NUL and bidi overrides from a section body instead of failing on them', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\u0000b\u202ec' }] }] };
    const parsed = saveSectionSchema.shape.body.parse(JSON.stringify(doc)) as typeof doc;
    expect(parsed.content[0]!.content[0]!.text).toBe('abc');
  });
});

describe('dates are real calendar dates (issue 16 item 7)', () => {
  it.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-32'])(
    'refuses %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
      const activity = createActivitySchema.shape.dueDate.safeParse(date);
      expect(activity.success, 'activity due date').toBe(false);
      expect(messages(activity)).toEqual(['Datumet finns inte i kalendern.']);
      expect(deadlineSchema.shape.dueDate.safeParse(date).success, 'follow-up deadline').toBe(false);
      expect(adoptPlanSchema.shape.decisionDate.safeParse(date).success, 'decision date').toBe(false);
      expect(auditFilterSchema.shape.fran.safeParse(date).success, 'audit log filter').toBe(false);
    },
  );

  it('accepts real days, a leap day and an empty optional date', () => {
    expect(createActivitySchema.shape.dueDate.parse('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00Z'));
    expect(createActivitySchema.shape.dueDate.parse('')).toBeNull();
    expect(createActivitySchema.shape.dueDate.parse(undefined)).toBeNull();
    expect(deadlineSchema.shape.dueDate.parse('2026-12-31')).toEqual(new Date('2026-12-31T00:00:00Z'));
  });
});
