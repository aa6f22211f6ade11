/** Input of the administration actions: shared by the forms and the server (no server code here). */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { ROLES } from '../auth/permissions';
import { calendarDate, nameText, recordId, recordIdList, userText } from '../schemas';
import { DEPARTMENT_KINDS, PASSWORD_MIN_LENGTH } from './field-options';

export { DEPARTMENT_KINDS, DEPARTMENT_KIND_LABELS, PASSWORD_MIN_LENGTH } from './field-options';

const id = recordId;
const idList = recordIdList;
const optionalId = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : null));

export const personName = nameText();
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'E-postadressen är för lång.')
  .pipe(z.email('Skriv en giltig e-postadress, t.ex. namn@stockholm.se.'));

const roleList = z
  .union([z.enum(ROLES), z.array(z.enum(ROLES, 'Okänd roll.'))])
  .optional()
  .transform((v) => [...new Set([v ?? []].flat())]);

/** Roles in one organisation, with a manager's departments and a union rep's union. */
const membershipFields = {
  roles: roleList,
  departmentIds: idList,
  unionId: optionalId,
};

export const createUserSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  name: personName,
  email: emailField,
  ...membershipFields,
});

export const saveMembershipsSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  userId: id,
  ...membershipFields,
});

export const userActionSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, userId: id });

export const setActiveSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  userId: id,
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

const departmentName = nameText({ label: 'Avdelningens namn' }).refine(
  (v) => !/^[=+\-@]/.test(v),
  'Namnet får inte börja med =, +, - eller @.',
);

export const createDepartmentSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  name: departmentName,
  kind: z.enum(DEPARTMENT_KINDS, 'Välj en typ.'),
  parentId: optionalId,
});

export const updateDepartmentSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  departmentId: id,
  name: departmentName,
  parentId: optionalId,
});

export const departmentActionSchema = z.strictObject({ org: orgSlug, requestId: requestIdField, departmentId: id });

/** Slugs the app's own top-level routes use: an organisation named so would be unreachable. */
export const RESERVED_SLUGS = ['system', 'logga-in', 'losenord', 'api', 'tillganglighet', '_next'] as const;

export const createOrganizationSchema = z.strictObject({
  requestId: requestIdField,
  name: nameText({ min: 3, max: 150, label: 'Förvaltningens namn' }),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'Adressnamnet får bara innehålla a–z, 0–9 och bindestreck, t.ex. "kulturforvaltningen".',
    )
    .min(3, 'Adressnamnet ska ha minst 3 tecken.')
    .max(60, 'Adressnamnet får vara högst 60 tecken.')
    .refine((v) => !(RESERVED_SLUGS as readonly string[]).includes(v), 'Adressnamnet används redan av appen.'),
  boardName: userText().min(3, 'Skriv nämndens namn, t.ex. "Kulturnämnden".').max(150, 'Högst 150 tecken.'),
  turnoverDefinition: userText({ multiline: true })
    .min(20, 'Skriv definitionen med minst 20 tecken, så att läsaren förstår vad som räknas.')
    .max(1000, 'Definitionen får vara högst 1 000 tecken.'),
});

export const appointAdminSchema = z.strictObject({
  requestId: requestIdField,
  organizationId: id,
  name: personName,
  email: emailField,
});

export const DEFAULT_TURNOVER_DEFINITION =
  'Avgångar till annan arbetsgivare eller förvaltning under året ÷ genomsnittligt antal tillsvidareanställda.';

export const setPasswordSchema = z
  .strictObject({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Länken är ogiltig.'),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Lösenordet ska ha minst ${PASSWORD_MIN_LENGTH} tecken.`)
      .max(200, 'Lösenordet får vara högst 200 tecken.'),
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'Lösenorden är inte likadana.' });

export const dateParam = calendarDate()
  .optional()
  .or(z.literal('').transform(() => undefined));

/** The log's filters as they arrive in the address (all optional; a bad one is reported, not ignored). */
export const auditFilterSchema = z.object({
  q: z.string().trim().max(100, 'Högst 100 tecken.').optional(),
  forvaltning: z.string().max(100).optional(),
  handelse: z.string().max(100).optional(),
  fran: dateParam,
  till: dateParam,
  fore: z.string().max(100).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
