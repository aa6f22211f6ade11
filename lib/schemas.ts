/**
 * Building blocks shared by every domain's zod schemas.
 *
 * `userText` is the one way text typed by a user (names, titles, comments, minutes) enters the database.
 * PostgreSQL `text` cannot hold NUL (the insert fails, which surfaced as a 500), other control characters are
 * invisible and break exports, and the bidi overrides (U+202A–U+202E, U+2066–U+2069) make text read differently
 * from what it says — a classic way to smuggle content past a reader. All are refused with a Swedish message.
 * `calendarDate` is the one way a date enters: a real day of the calendar, never 2026-02-30 read as 2 March.
 */
import { z } from 'zod';

// C0 control characters and DEL, except tab and line feed (carriage returns are normalised away first).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK_OR_TAB = /[\n\t]/;

export const CONTROL_CHARACTER_MESSAGE =
  'Texten innehåller ett osynligt styrtecken som inte kan sparas. Skriv in texten igen eller klistra in den som oformaterad text.';
export const SINGLE_LINE_MESSAGE = 'Texten får inte innehålla radbrytningar eller tabbar.';

/**
 * A string a user typed: line endings normalised (browsers send CRLF from a textarea), trimmed, control
 * characters and bidi overrides refused. Chain `.min()`/`.max()` with the field's own messages.
 */
export function userText({ multiline = false }: { multiline?: boolean } = {}) {
  const text = z
    .string({ error: 'Fältet måste vara text.' })
    .overwrite((value) => value.replace(/\r\n?/g, '\n'))
    .trim()
    .refine((value) => !CONTROL_CHARACTER.test(value) && !BIDI_CONTROL.test(value), {
      error: CONTROL_CHARACTER_MESSAGE,
      abort: true,
    });
  return multiline ? text : text.refine((value) => !LINE_BREAK_OR_TAB.test(value), { error: SINGLE_LINE_MESSAGE });
}

/** A name (of a person, a department, a förvaltning): one line of user text, 2–`max` characters by default. */
export function nameText({
  min = 2,
  max = 120,
  label = 'Namnet',
}: { min?: number; max?: number; label?: string } = {}) {
  return userText()
    .min(min, `Skriv ${label.toLowerCase()} (minst ${min} tecken).`)
    .max(max, `${label} får vara högst ${max} tecken.`);
}

// Every character above but the whitespace (tab, line feed, carriage return) that text may carry.
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Rich text pasted into the editor keeps its words; the invisible characters above are dropped from it. */
export function stripInvisibleControls(value: string): string {
  return value.replace(INVISIBLE_CONTROL, '');
}

/** For text that is not a zod field (a cell of an imported file). */
export function hasInvisibleControl(value: string): boolean {
  INVISIBLE_CONTROL.lastIndex = 0;
  return INVISIBLE_CONTROL.test(value);
}

/** Whether any string in a raw input (a form's fields, a posted object) holds a control character, and where. */
export function controlCharacterField(raw: unknown, path = ''): string | null {
  if (typeof raw === 'string') return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(raw) ? path : null;
  if (Array.isArray(raw)) {
    for (const item of raw) {
      const found = controlCharacterField(item, path);
      if (found !== null) return found;
    }
  } else if (raw && Object.getPrototypeOf(raw) === Object.prototype) {
    for (const [key, value] of Object.entries(raw)) {
      const found = controlCharacterField(value, path || key);
      if (found !== null) return found;
    }
  }
  return null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether "YYYY-MM-DD" names a day that exists (JavaScript's Date would read 2026-02-30 as 2 March). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date as forms send it, "YYYY-MM-DD", that exists in the calendar; the string is kept as it is. */
export function calendarDate(formatMessage = 'Skriv datumet som ÅÅÅÅ-MM-DD.') {
  return z
    .string({ error: formatMessage })
    .trim()
    .regex(ISO_DAY, formatMessage)
    .refine(isCalendarDate, { error: 'Datumet finns inte i kalendern.', abort: true });
}

/** The same, as midnight UTC of that day (how dates are stored). */
export const calendarDay = (formatMessage?: string) =>
  calendarDate(formatMessage).transform((value) => new Date(`${value}T00:00:00Z`));

/** A record's id from a form field. */
export const recordId = z.string().trim().min(1, 'Saknas.').max(100, 'Ogiltigt id.');

/** A checkbox list of ids: it arrives as a string, an array or nothing. */
export const recordIdList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set([v ?? []].flat().filter(Boolean))])
  .pipe(z.array(z.string().max(100)).max(500));
