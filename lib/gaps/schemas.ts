/** Input of the competence gap actions; client-safe (forms import the field names and limits). */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { userText } from '../schemas';
import { GAP_PRIORITIES, REGISTER_STATUSES } from './labels';

export const id = (message: string) => z.string().trim().min(1, message).max(64, message);
export const version = z.coerce.number().int('Ogiltig version.').min(1, 'Ogiltig version.');
export const ids = (message: string) =>
  z
    .array(id(message))
    .max(50, 'Välj högst 50.')
    .default([])
    .transform((list) => [...new Set(list)]);

export const GAP_COMMENT_MAX = 2000;

const gapFields = {
  org: orgSlug,
  requestId: requestIdField,
  area: userText().min(2, 'Skriv kompetensområdet.').max(200, 'Området får vara högst 200 tecken.'),
  description: userText({ multiline: true })
    .min(3, 'Beskriv kompetensgapet (minst 3 tecken).')
    .max(1000, 'Beskrivningen får vara högst 1 000 tecken.'),
  priority: z.enum(GAP_PRIORITIES, 'Välj en prioritet.'),
  status: z.enum(REGISTER_STATUSES, 'Välj en status.'),
  departmentIds: ids('Okänd avdelning.'),
  occupationIds: ids('Okänd befattning.'),
  activityIds: ids('Okänd aktivitet.'),
};

export const createGapSchema = z.strictObject({ ...gapFields, planId: id('Okänd plan.') });
export const updateGapSchema = z.strictObject({ ...gapFields, gapId: id('Okänt kompetensgap.'), version });
export type GapFieldsInput = z.infer<typeof createGapSchema>;

export const addGapCommentSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  gapId: id('Okänt kompetensgap.'),
  text: userText({ multiline: true })
    .min(3, 'Skriv en kommentar (minst 3 tecken).')
    .max(GAP_COMMENT_MAX, `Kommentaren får vara högst ${GAP_COMMENT_MAX} tecken.`),
});
