/** Input of the risk actions; client-safe (forms import the field names and limits). */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { REGISTER_STATUSES } from '../gaps/labels';
import { id, ids, version } from '../gaps/schemas';
import { userText } from '../schemas';

const step = (what: string) =>
  z.coerce
    .number(`Välj ${what} 1–4.`)
    .int(`Välj ${what} 1–4.`)
    .min(1, `${what[0]!.toUpperCase()}${what.slice(1)} ska vara 1–4.`)
    .max(4, `${what[0]!.toUpperCase()}${what.slice(1)} ska vara 1–4.`);

const riskFields = {
  org: orgSlug,
  requestId: requestIdField,
  title: userText().min(3, 'Skriv vad risken gäller (minst 3 tecken).').max(200, 'Rubriken får vara högst 200 tecken.'),
  description: userText({ multiline: true }).max(2000, 'Beskrivningen får vara högst 2 000 tecken.').default(''),
  likelihood: step('sannolikhet'),
  consequence: step('konsekvens'),
  ownerText: userText().min(2, 'Skriv vem som äger risken.').max(200, 'Ägaren får vara högst 200 tecken.'),
  mitigation: userText({ multiline: true }).max(2000, 'Åtgärderna får vara högst 2 000 tecken.').default(''),
  status: z.enum(REGISTER_STATUSES, 'Välj en status.'),
  gapIds: ids('Okänt kompetensgap.'),
  activityIds: ids('Okänd aktivitet.'),
};

export const createRiskSchema = z.strictObject({ ...riskFields, planId: id('Okänd plan.') });
export const updateRiskSchema = z.strictObject({ ...riskFields, riskId: id('Okänd risk.'), version });
export type RiskFieldsInput = z.infer<typeof createRiskSchema>;
