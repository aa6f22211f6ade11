/**
 * Building blocks shared by every domain's zod schemas.
 *
 * `userText` is the one way text typed by a user enters the database. PostgreSQL `text` cannot hold NUL
 * (the insert fails, which surfaced as a 500), and other control characters are invisible, break exports and
 * are a classic way to smuggle content past a reader — so they are refused with a Swedish message instead.
 */
import { z } from 'zod';

// C0 control characters and DEL, except tab and line feed (carriage returns are normalised away first).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const LINE_BREAK_OR_TAB = /[\n\t]/;

export const CONTROL_CHARACTER_MESSAGE =
  'Texten innehåller ett osynligt styrtecken som inte kan sparas. Skriv in texten igen eller klistra in den som oformaterad text.';
export const SINGLE_LINE_MESSAGE = 'Texten får inte innehålla radbrytningar eller tabbar.';

/**
 * A string a user typed: line endings normalised (browsers send CRLF from a textarea), trimmed, control
 * characters refused. Chain `.min()`/`.max()` with the field's own messages.
 */
export function userText({ multiline = false }: { multiline?: boolean } = {}) {
  const text = z
    .string({ error: 'Fältet måste vara text.' })
    .overwrite((value) => value.replace(/\r\n?/g, '\n'))
    .trim()
    .refine((value) => !CONTROL_CHARACTER.test(value), { error: CONTROL_CHARACTER_MESSAGE, abort: true });
  return multiline ? text : text.refine((value) => !LINE_BREAK_OR_TAB.test(value), { error: SINGLE_LINE_MESSAGE });
}
