/**
 * What the "Kompetensbehov" address asks for: the retirement-age setting, a scenario's levers (typed, one of SKR's
 * presets, or a saved scenario), all as GET parameters so that looking never writes. Pure.
 */
import {
  DEFAULT_RETIREMENT_AGES,
  RETIREMENT_AGES,
  type RetirementAgeDistribution,
  retirementAgesFromPercent,
} from './retirement-age';
import { LEVER_FIELDS, type LeverFields, fieldsFromLevers, leversFromFields } from './schemas';
import { SKR_PRESETS, type ScenarioLevers } from './scenarios';

export type Search = Record<string, string | string[] | undefined>;

export type NeedsRequest = {
  retirementAges: RetirementAgeDistribution;
  /** The setting as typed (per cent per age), to show in the form again. */
  retirementFields: Record<string, string>;
  retirementError: string | null;
  levers: ScenarioLevers | null;
  leverFields: LeverFields;
  leverErrors: Record<string, string[]>;
  /** A saved scenario to open (its id), or a preset's name. */
  scenarioId: string | null;
  presetName: string | null;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200);
const pct = (share: number) => String(Math.round(share * 1000) / 10).replace('.', ',');

export function parseNeedsRequest(query: Search): NeedsRequest {
  const typedAges = RETIREMENT_AGES.some((age) => one(query[`pension${age}`]) !== undefined);
  let retirementAges = DEFAULT_RETIREMENT_AGES;
  let retirementError: string | null = null;
  const retirementFields: Record<string, string> = Object.fromEntries(
    RETIREMENT_AGES.map((age) => [
      `pension${age}`,
      typedAges ? (one(query[`pension${age}`]) ?? '') : pct(DEFAULT_RETIREMENT_AGES[age]),
    ]),
  );
  if (typedAges) {
    const parsed = retirementAgesFromPercent(
      Object.fromEntries(
        RETIREMENT_AGES.map((age) => {
          const text = retirementFields[`pension${age}`]!.trim().replace(',', '.');
          return [age, text === '' ? undefined : Number(text)];
        }),
      ),
    );
    if (parsed.ok) retirementAges = parsed.value;
    else retirementError = `${parsed.error} Prognosen visas med standardantagandet.`;
  }

  const preset = SKR_PRESETS.find((p) => p.key === one(query.preset));
  const scenarioId = one(query.scenario) || null;
  const leverFields: LeverFields = preset
    ? fieldsFromLevers(preset.levers)
    : Object.fromEntries(LEVER_FIELDS.map((f) => [f, one(query[f]) ?? '']));
  const anyTyped = Object.values(leverFields).some((v) => v && v.trim() !== '');
  let levers: ScenarioLevers | null = null;
  let leverErrors: Record<string, string[]> = {};
  if (anyTyped) {
    const parsed = leversFromFields(leverFields);
    if (parsed.ok) levers = Object.keys(parsed.levers).length ? parsed.levers : null;
    else leverErrors = parsed.fieldErrors;
  }
  return {
    retirementAges,
    retirementFields,
    retirementError,
    levers,
    leverFields,
    leverErrors,
    scenarioId: preset || anyTyped ? null : scenarioId,
    presetName: preset?.name ?? null,
  };
}
