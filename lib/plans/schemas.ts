/** Inputs of the plan actions. Client-safe: forms import the field names and limits. */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { REQUEST_BODY_LIMIT } from '../http/request-guard';
import { calendarDate, stripInvisibleControls, userText } from '../schemas';

const id = z.string().min(1, 'Saknar id.').max(100);
const version = z.coerce.number().int().min(1);
const optionalId = z
  .string()
  .max(100)
  .optional()
  .transform((v) => (v ? v : null));

export const MIN_PLAN_YEAR = 2020;
export const MAX_PLAN_YEAR = 2100;

export const createPlanSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  startYear: z.coerce
    .number({ error: 'Ange ett startår.' })
    .int('Ange ett startår.')
    .min(MIN_PLAN_YEAR, `Startåret måste vara ${MIN_PLAN_YEAR} eller senare.`)
    .max(MAX_PLAN_YEAR, `Startåret måste vara ${MAX_PLAN_YEAR} eller tidigare.`),
  mode: z.enum(['template', 'rollover'], { error: 'Välj mall eller föregående plan.' }),
  sourcePlanId: optionalId,
});

/** The editor posts the document as a JSON string; it is parsed here and sanitised by the domain call. */
const documentJson = z
  .string()
  .max(REQUEST_BODY_LIMIT, 'Avsnittet är för långt.')
  .transform((text, ctx) => {
    try {
      // Pasted rich text may carry invisible control characters: they are dropped (jsonb cannot hold NUL).
      return JSON.parse(text, (_key, value: unknown) =>
        typeof value === 'string' ? stripInvisibleControls(value) : value,
      ) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Texten kunde inte läsas. Ladda om sidan och försök igen.' });
      return z.NEVER;
    }
  });

export const saveSectionSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  sectionId: id,
  version,
  body: documentJson,
});

export const sectionTitleField = userText().min(1, 'Ange en rubrik.').max(200, 'Rubriken får vara högst 200 tecken.');

export const addSectionSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  planId: id,
  title: sectionTitleField,
  departmentId: optionalId,
});

export const sectionRefSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, sectionId: id });

export const moveSectionSchema = sectionRefSchema.extend({ direction: z.enum(['up', 'down']) });

export const sectionSettingsSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  sectionId: id,
  version,
  title: sectionTitleField,
  ownerId: optionalId,
  departmentId: optionalId,
});

export const restoreRevisionSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  sectionId: id,
  revisionId: id,
  version,
});

export const planRefSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, planId: id, version });

export const adoptPlanSchema = planRefSchema.extend({
  decisionDate: calendarDate('Ange beslutsdatum (ÅÅÅÅ-MM-DD).'),
  decisionReference: userText()
    .min(1, 'Ange beslutsreferens, t.ex. nämndens paragraf.')
    .max(200, 'Beslutsreferensen får vara högst 200 tecken.'),
  diarienummer: userText().min(1, 'Ange diarienummer.').max(100, 'Diarienumret får vara högst 100 tecken.'),
});

export const presenceSchema = z.strictObject({ org: orgSlug, sectionId: id });

/** Plans start in a calendar year this side of the 22nd century; anything else in the address is no plan (404). */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;

export const planYearParamSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(PLAN_YEAR_MIN).max(PLAN_YEAR_MAX));

/** The start year in a `/[org]/plan/[year]` address, or null when it is not a plausible year. */
export function parsePlanYearParam(value: string): number | null {
  const parsed = planYearParamSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
