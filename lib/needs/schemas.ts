/**
 * The scenario form and the stored levers (lib/needs/scenarios.ts). Client-safe: the page's form and the server
 * action parse the same fields. A half-filled lever (a choice without its number) is refused with a message.
 */
import { z } from 'zod';
import { orgSlug, requestIdField } from '../auth/guard-schemas';
import { nameText } from '../schemas';
import { RETIREMENT_AGES, type RetirementAge } from './retirement-age';
import type { ScenarioLevers } from './scenarios';

/** The stored levers (NeedsScenario.levers), checked when read back. */
export const scenarioLeversSchema = z.strictObject({
  fullTime: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('share'), targetShare: z.number().min(0).max(100) }),
      z.strictObject({ mode: z.literal('hours'), hoursPerWeek: z.number().positive().max(40) }),
    ])
    .optional(),
  laterRetirement: z
    .discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('shift'), years: z.union([z.literal(1), z.literal(2)]) }),
      z.strictObject({
        mode: z.literal('minimumAge'),
        age: z.number().refine((a): a is RetirementAge => (RETIREMENT_AGES as readonly number[]).includes(a)),
      }),
    ])
    .optional(),
  lowerTurnover: z
    .strictObject({ percentagePoints: z.number().positive().max(100), occupation: z.string().max(200).nullable() })
    .optional(),
  efficiency: z.strictObject({ percent: z.number().positive().max(100) }).optional(),
  staffingRatio: z.strictObject({ multiplier: z.number().positive().max(10) }).optional(),
}) satisfies z.ZodType<ScenarioLevers>;

export const LEVER_FIELDS = [
  'fullTime',
  'fullTimeValue',
  'laterRetirement',
  'turnoverPoints',
  'turnoverOccupation',
  'efficiencyPercent',
  'staffingMultiplier',
] as const;
export type LeverFields = Partial<Record<(typeof LEVER_FIELDS)[number], string>>;

const optionalText = z.string().max(200).optional();
const leverFieldsShape = Object.fromEntries(LEVER_FIELDS.map((f) => [f, optionalText])) as Record<
  (typeof LEVER_FIELDS)[number],
  typeof optionalText
>;

/** "2,5" or "2.5" → 2.5; empty → null; anything else → NaN. */
function numberOf(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(/\s/g, '').replace(',', '.');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The levers the form describes, or the fields to correct (Swedish). */
export function leversFromFields(
  fields: LeverFields,
): { ok: true; levers: ScenarioLevers } | { ok: false; fieldErrors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, message: string) => (errors[field] = [message]);
  const levers: ScenarioLevers = {};

  const fullTimeValue = numberOf(fields.fullTimeValue);
  if (fields.fullTime === 'share' || fields.fullTime === 'hours') {
    if (fullTimeValue === null) fail('fullTimeValue', 'Ange hur mycket heltidsarbetet ska öka.');
    else if (Number.isNaN(fullTimeValue)) fail('fullTimeValue', 'Ange ett tal, till exempel 3 eller 95.');
    else if (fields.fullTime === 'share' && (fullTimeValue <= 0 || fullTimeValue > 100))
      fail('fullTimeValue', 'Andelen heltid ska vara mellan 1 och 100 %.');
    else if (fields.fullTime === 'hours' && (fullTimeValue <= 0 || fullTimeValue > 40))
      fail('fullTimeValue', 'Timmarna ska vara fler än 0 och högst 40 i veckan.');
    else
      levers.fullTime =
        fields.fullTime === 'share'
          ? { mode: 'share', targetShare: fullTimeValue }
          : { mode: 'hours', hoursPerWeek: fullTimeValue };
  } else if (fields.fullTime) fail('fullTime', 'Välj hur heltidsarbetet ska öka.');
  else if (fullTimeValue !== null) fail('fullTime', 'Välj om värdet gäller andel heltid eller timmar i veckan.');

  if (fields.laterRetirement === '1' || fields.laterRetirement === '2')
    levers.laterRetirement = { mode: 'shift', years: fields.laterRetirement === '1' ? 1 : 2 };
  else if (fields.laterRetirement === '66') levers.laterRetirement = { mode: 'minimumAge', age: 66 };
  else if (fields.laterRetirement) fail('laterRetirement', 'Välj ett av alternativen för senare pensionering.');

  const points = numberOf(fields.turnoverPoints);
  const occupation = fields.turnoverOccupation?.trim() || null;
  if (points === null) {
    if (occupation) fail('turnoverPoints', 'Ange hur många procentenheter omsättningen ska sjunka.');
  } else if (Number.isNaN(points) || points <= 0 || points > 100)
    fail('turnoverPoints', 'Ange procentenheter större än 0 och högst 100.');
  else levers.lowerTurnover = { percentagePoints: points, occupation };

  const efficiency = numberOf(fields.efficiencyPercent);
  if (efficiency !== null) {
    if (Number.isNaN(efficiency) || efficiency <= 0 || efficiency >= 100)
      fail('efficiencyPercent', 'Ange en minskning större än 0 och mindre än 100 %.');
    else levers.efficiency = { percent: efficiency };
  }

  const multiplier = numberOf(fields.staffingMultiplier);
  if (multiplier !== null) {
    if (Number.isNaN(multiplier) || multiplier <= 0)
      fail('staffingMultiplier', 'Bemanningstalet måste vara större än 0 (1 = oförändrat).');
    else if (multiplier > 10) fail('staffingMultiplier', 'Bemanningstalet får vara högst 10 gånger dagens.');
    else levers.staffingRatio = { multiplier };
  }

  return Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, levers };
}

/** The form's fields for saved levers (to open a scenario in the form again). */
export function fieldsFromLevers(levers: ScenarioLevers): LeverFields {
  const f: LeverFields = {};
  const n = (v: number) => String(v).replace('.', ',');
  if (levers.fullTime?.mode === 'share')
    Object.assign(f, { fullTime: 'share', fullTimeValue: n(levers.fullTime.targetShare) });
  if (levers.fullTime?.mode === 'hours')
    Object.assign(f, { fullTime: 'hours', fullTimeValue: n(levers.fullTime.hoursPerWeek) });
  if (levers.laterRetirement?.mode === 'shift') f.laterRetirement = String(levers.laterRetirement.years);
  if (levers.laterRetirement?.mode === 'minimumAge') f.laterRetirement = String(levers.laterRetirement.age);
  if (levers.lowerTurnover) {
    f.turnoverPoints = n(levers.lowerTurnover.percentagePoints);
    f.turnoverOccupation = levers.lowerTurnover.occupation ?? '';
  }
  if (levers.efficiency) f.efficiencyPercent = n(levers.efficiency.percent);
  if (levers.staffingRatio) f.staffingMultiplier = n(levers.staffingRatio.multiplier);
  return f;
}

export const SCENARIO_NAME_MAX = 80;

export const saveScenarioSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  year: z.coerce.number().int().min(2000, 'Okänd plan.').max(2100, 'Okänd plan.'),
  name: nameText({ min: 2, max: SCENARIO_NAME_MAX, label: 'Scenariots namn' }),
  /** Saving over a scenario: its id and the version the form was opened at. */
  scenarioId: z.string().max(100).optional(),
  version: z.coerce.number().int().min(1).optional(),
  ...leverFieldsShape,
});

const optionalPercent = z.string().max(20).optional();

/** "Infoga i planen": the baseline (no scenario) or a saved scenario, into a section of the plan. */
export const insertForecastSchema = z.strictObject({
  org: orgSlug,
  requestId: requestIdField,
  year: z.coerce.number().int().min(2000, 'Okänd plan.').max(2100, 'Okänd plan.'),
  sectionId: z.string().min(1, 'Välj ett avsnitt att infoga prognosen i.').max(100),
  scenarioId: z.string().max(100).optional(),
  pension65: optionalPercent,
  pension66: optionalPercent,
  pension67: optionalPercent,
  pension68: optionalPercent,
  pension69: optionalPercent,
});
