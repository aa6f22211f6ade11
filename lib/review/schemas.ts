/** Inputs of the samverkan actions. Client-safe: forms import the field names and limits. */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { calendarDate, userText } from '../schemas';

const id = z.string().min(1, 'Saknar id.').max(100);
const version = z.coerce.number().int().min(1);
const line = (max: number, label: string) => userText().max(max, `${label} får vara högst ${max} tecken.`);
const optionalLine = (max: number, label: string) =>
  line(max, label)
    .optional()
    .transform((v) => (v ? v : null));

export const QUESTION_MAX = 4000;
export const ANSWER_MAX = 8000;

const meetingFields = {
  forum: line(200, 'Forum').min(1, 'Ange forum, t.ex. Förvaltningsgrupp.'),
  date: calendarDate('Ange mötets datum (ÅÅÅÅ-MM-DD).'),
  place: line(200, 'Plats'),
  itemNumber: line(20, 'Punkt').regex(/^$|^[0-9]+(\.[0-9]+)*$/, 'Ange punkten som siffror med punkt, t.ex. 5.2.1.'),
  title: line(200, 'Ärendet').min(1, 'Ange ärendets rubrik, t.ex. Kompetensförsörjningsplanen.'),
  type: z.enum(['INFORMATION', 'MBL_11'], { error: 'Välj information eller MBL § 11.' }),
  diarienummer: optionalLine(100, 'Diarienumret'),
  unionIds: z
    .array(id, { error: 'Välj vilka fackliga organisationer som bjuds in.' })
    .min(1, 'Välj minst en facklig organisation att bjuda in.')
    .max(20),
};

export const createMeetingSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, ...meetingFields });

export const updateMeetingSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  meetingId: id,
  version,
  ...meetingFields,
  attendees: userText({ multiline: true }).max(4000, 'Närvarolistan får vara högst 4000 tecken.'),
  adjusters: userText({ multiline: true }).max(2000, 'Justerarna får vara högst 2000 tecken.'),
  negotiationConcluded: z.enum(['', 'yes', 'no']).transform((v) => (v === '' ? null : v === 'yes')),
});

export const sendPlanSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, meetingId: id, planId: id });

export const askQuestionSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  meetingId: id,
  sectionId: id,
  question: userText({ multiline: true })
    .min(1, 'Skriv din fråga.')
    .max(QUESTION_MAX, `Frågan får vara högst ${QUESTION_MAX} tecken.`),
  quote: userText({ multiline: true })
    .max(2000, 'Det citerade stycket får vara högst 2000 tecken.')
    .optional()
    .transform((v) => (v ? v : null)),
});

export const editQuestionSchema = askQuestionSchema.omit({ meetingId: true }).extend({ questionId: id, version });

export const questionRefSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, questionId: id, version });

export const answerQuestionSchema = questionRefSchema.extend({
  answer: userText({ multiline: true })
    .min(1, 'Skriv arbetsgivarens svar.')
    .max(ANSWER_MAX, `Svaret får vara högst ${ANSWER_MAX} tecken.`),
});

const checkbox = z
  .enum(['on', 'true', 'false', ''])
  .optional()
  .transform((v) => v === 'on' || v === 'true');

export const minutesSchema = questionRefSchema.extend({ inMinutes: checkbox, answerInMinutes: checkbox });

export const protocolNoteSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  meetingId: id,
  text: userText({ multiline: true })
    .min(1, 'Skriv protokollsanteckningen.')
    .max(4000, 'Protokollsanteckningen får vara högst 4000 tecken.'),
});

export const markNotificationsSchema = z.strictObject({ org: orgSlug, requestId: requestIdField });
