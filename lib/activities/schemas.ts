/** Input of every activity action; client-safe (forms import the field names and limits). */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';

const id = z.string().trim().min(1, 'Okänd aktivitet.').max(64, 'Okänd aktivitet.');
const version = z.coerce.number().int('Ogiltig version.').min(1, 'Ogiltig version.');

export const FOLLOW_UP_COMMENT_MAX = 2000;

export const followUpSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  activityId: id,
  /** The activity's version the form was built from: a stale save is refused as a conflict. */
  version,
  year: z.coerce.number().int().min(2000, 'Ogiltigt år.').max(2100, 'Ogiltigt år.'),
  period: z.enum(['T1', 'T2', 'ANNUAL'], 'Välj en uppföljningsperiod.'),
  status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'], 'Välj en status.'),
  comment: z
    .string()
    .trim()
    .min(3, 'Skriv en kommentar om hur arbetet går (minst 3 tecken).')
    .max(FOLLOW_UP_COMMENT_MAX, `Kommentaren får vara högst ${FOLLOW_UP_COMMENT_MAX} tecken.`),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;
