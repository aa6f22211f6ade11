/** The "Rollkoppling" forms (/system/rollkoppling): shared by the forms and the system actions. */
import { z } from 'zod';
import { requestIdField } from '../auth/guard-schemas';
import { ROLES } from '../auth/permissions';
import { recordId, recordIdList } from '../schemas';

const id = recordId;

const idList = recordIdList;

export const createSsoMappingSchema = z.strictObject({
  requestId: requestIdField,
  organizationId: id,
  // Entra ID's app-role values have no spaces; the claim carries the value exactly, so it is matched exactly.
  claimValue: z
    .string()
    .trim()
    .min(1, 'Skriv rollens värde som det står i Entra ID, t.ex. Kompetensplan.HR.')
    .max(120, 'Värdet är för långt: högst 120 tecken.')
    .regex(/^\S+$/, 'Värdet får inte innehålla mellanslag (Entra ID tillåter inga).'),
  role: z.enum(ROLES, 'Välj en roll.'),
  departmentIds: idList,
  unionId: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => (v ? v : null)),
});

export const removeSsoMappingSchema = z.strictObject({ requestId: requestIdField, id });

export type SsoMappingActionData = { message: string };
