/** Input of every activity action (the limits forms show in the browser are in limits.ts, without zod). */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { calendarDay, userText } from '../schemas';
import { FOLLOW_UP_COMMENT_MAX } from './limits';

const id = z.string().trim().min(1, 'Okänd aktivitet.').max(64, 'Okänd aktivitet.');
const version = z.coerce.number().int('Ogiltig version.').min(1, 'Ogiltig version.');

export const followUpSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  activityId: id,
  /** The activity's version the form was built from: a stale save is refused as a conflict. */
  version,
  year: z.coerce.number().int().min(2000, 'Ogiltigt år.').max(2100, 'Ogiltigt år.'),
  period: z.enum(['T1', 'T2', 'ANNUAL'], 'Välj en uppföljningsperiod.'),
  status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'], 'Välj en status.'),
  comment: userText({ multiline: true })
    .min(3, 'Skriv en kommentar om hur arbetet går (minst 3 tecken).')
    .max(FOLLOW_UP_COMMENT_MAX, `Kommentaren får vara högst ${FOLLOW_UP_COMMENT_MAX} tecken.`),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

const optionalText = (max: number, message: string) =>
  userText()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : null));

/** What HR writes for an activity; shared by create and edit. Empty selects mean "none" (whole förvaltning). */
const activityFields = {
  org: orgSlug,
  requestId: requestIdField,
  goal: userText({ multiline: true })
    .min(3, 'Skriv vad aktiviteten ska uppnå.')
    .max(1000, 'Målet får vara högst 1 000 tecken.'),
  title: userText({ multiline: true })
    .min(3, 'Skriv vad som ska göras.')
    .max(1000, 'Aktiviteten får vara högst 1 000 tecken.'),
  phaseId: z.string().trim().min(1, 'Välj en UBARA-fas.').max(64, 'Välj en UBARA-fas.'),
  strategyIds: z
    .array(z.string().trim().min(1).max(64))
    .max(20, 'Välj högst 20 strategier.')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  boardGoalId: optionalText(64, 'Okänt nämndmål.'),
  departmentId: optionalText(64, 'Okänd avdelning.'),
  dueDate: z
    .preprocess((v) => (v === '' ? undefined : v), calendarDay('Skriv måldatum som ÅÅÅÅ-MM-DD.').optional())
    .transform((d) => d ?? null),
  ownerText: userText().min(2, 'Skriv vem som är ansvarig.').max(200, 'Ansvarig får vara högst 200 tecken.'),
  status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'], 'Välj en status.'),
  indicator: optionalText(300, 'Indikatorn får vara högst 300 tecken.'),
  indicatorTarget: optionalText(100, 'Målvärdet får vara högst 100 tecken.'),
  indicatorOutcome: optionalText(100, 'Utfallet får vara högst 100 tecken.'),
};

export const createActivitySchema = z.strictObject({ ...activityFields, planId: id });
export const updateActivitySchema = z.strictObject({ ...activityFields, activityId: id, version });
export type ActivityFieldsInput = z.infer<typeof createActivitySchema>;

export const moveActivitySchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  activityId: id,
  direction: z.enum(['up', 'down'], 'Okänd riktning.'),
});

export const removeActivitySchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  activityId: id,
  version,
});
export const restoreActivitySchema = removeActivitySchema;

export const deadlineSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  year: z.coerce.number().int().min(2000, 'Ogiltigt år.').max(2100, 'Ogiltigt år.'),
  period: z.enum(['T1', 'T2', 'ANNUAL'], 'Välj en uppföljningsperiod.'),
  dueDate: calendarDay(),
});
