/**
 * "Infoga i planen": the forecast as a table of live figures in a plan section. Each cell is an ordinary live
 * figure (lib/plans/document.ts) of the measure `recruitmentNeed`, bound to the plan, the part, the year and the
 * scenario's levers, so the table stays live until the plan is frozen and then keeps its values in the snapshot,
 * the comparison and the exports exactly like every other live figure. Pure.
 */
import type { DocNode, FigureBinding } from '../plans/document';
import { NEED_PART_LABELS } from './formulas';
import {
  DEFAULT_RETIREMENT_AGES,
  RETIREMENT_AGES,
  type RetirementAge,
  type RetirementAgeDistribution,
} from './retirement-age';
import type { ScenarioLevers } from './scenarios';
import { scenarioLeversSchema } from './schemas';

export const NEEDS_MEASURE = 'recruitmentNeed';
export const NEEDS_FIGURE_PARTS = ['retirements', 'otherDepartures', 'volume', 'adjustment', 'total'] as const;
export type NeedsFigurePart = (typeof NEEDS_FIGURE_PARTS)[number];

const PART_LABELS: Record<NeedsFigurePart, string> = {
  ...NEED_PART_LABELS,
  adjustment: 'Effekt av heltid och effektivisering',
};

/** Levers in a live figure's dimension (at most 200 characters, see document.ts): compact and canonical. */
export function encodeLevers(levers: ScenarioLevers): string {
  const parts: string[] = [];
  if (levers.fullTime)
    parts.push(
      levers.fullTime.mode === 'hours' ? `fh${levers.fullTime.hoursPerWeek}` : `fs${levers.fullTime.targetShare}`,
    );
  if (levers.laterRetirement)
    parts.push(
      levers.laterRetirement.mode === 'shift' ? `rs${levers.laterRetirement.years}` : `rm${levers.laterRetirement.age}`,
    );
  if (levers.efficiency) parts.push(`e${levers.efficiency.percent}`);
  if (levers.staffingRatio) parts.push(`s${levers.staffingRatio.multiplier}`);
  // Last: the occupation may hold any character but ';'.
  if (levers.lowerTurnover)
    parts.push(
      `t${levers.lowerTurnover.percentagePoints}${levers.lowerTurnover.occupation ? `@${levers.lowerTurnover.occupation}` : ''}`,
    );
  return parts.join(';');
}

export function decodeLevers(text: string): ScenarioLevers | null {
  const levers: Record<string, unknown> = {};
  for (const part of text ? text.split(';') : []) {
    const [, code, rest] = /^(fh|fs|rs|rm|e|s|t)(.*)$/.exec(part) ?? [];
    if (!code) return null;
    const [num, occupation] =
      code === 't' ? [rest!.split('@')[0], rest!.split('@').slice(1).join('@') || null] : [rest];
    const n = Number(num);
    if (code === 'fh') levers.fullTime = { mode: 'hours', hoursPerWeek: n };
    if (code === 'fs') levers.fullTime = { mode: 'share', targetShare: n };
    if (code === 'rs') levers.laterRetirement = { mode: 'shift', years: n };
    if (code === 'rm') levers.laterRetirement = { mode: 'minimumAge', age: n };
    if (code === 'e') levers.efficiency = { percent: n };
    if (code === 's') levers.staffingRatio = { multiplier: n };
    if (code === 't') levers.lowerTurnover = { percentagePoints: n, occupation };
  }
  const parsed = scenarioLeversSchema.safeParse(levers);
  return parsed.success ? parsed.data : null;
}

export function encodeAges(ages: RetirementAgeDistribution): string | null {
  const same = RETIREMENT_AGES.every((a) => Math.abs(ages[a] - DEFAULT_RETIREMENT_AGES[a]) < 1e-9);
  return same ? null : RETIREMENT_AGES.map((a) => Math.round(ages[a] * 1000) / 10).join(',');
}

export function decodeAges(text: string | undefined): RetirementAgeDistribution | null {
  if (!text) return DEFAULT_RETIREMENT_AGES;
  const values = text.split(',').map(Number);
  if (values.length !== 5 || values.some((v) => !Number.isFinite(v) || v < 0)) return null;
  const sum = values.reduce((a, v) => a + v, 0);
  if (Math.abs(sum - 100) > 0.01) return null;
  return Object.fromEntries(RETIREMENT_AGES.map((a, i) => [a, values[i]! / 100])) as Record<RetirementAge, number>;
}

/** What a `recruitmentNeed` figure asks for. */
export type NeedsFigureRequest = {
  planYear: number;
  part: NeedsFigurePart;
  year: number;
  levers: ScenarioLevers;
  retirementAges: RetirementAgeDistribution;
  /** The scenario's name as inserted (labels only). */
  name: string | null;
};

export function needsBinding(
  r: Omit<NeedsFigureRequest, 'levers' | 'retirementAges'> & {
    levers: ScenarioLevers;
    retirementAges: RetirementAgeDistribution;
  },
): FigureBinding {
  const dimensions: Record<string, string> = { plan: String(r.planYear), part: r.part };
  const scenario = encodeLevers(r.levers);
  if (scenario) dimensions.scenario = scenario;
  const ages = encodeAges(r.retirementAges);
  if (ages) dimensions.ages = ages;
  if (r.name) dimensions.name = r.name.slice(0, 80);
  return { measure: NEEDS_MEASURE, year: r.year, dimensions };
}

/** The request a binding makes, or null when it is not a well-formed `recruitmentNeed` figure. */
export function readNeedsBinding(b: FigureBinding): NeedsFigureRequest | null {
  if (b.measure !== NEEDS_MEASURE) return null;
  const planYear = Number(b.dimensions.plan);
  const part = b.dimensions.part as NeedsFigurePart;
  if (!Number.isInteger(planYear) || !(NEEDS_FIGURE_PARTS as readonly string[]).includes(part)) return null;
  const levers = decodeLevers(b.dimensions.scenario ?? '');
  const retirementAges = decodeAges(b.dimensions.ages);
  if (!levers || !retirementAges) return null;
  return { planYear, part, year: b.year, levers, retirementAges, name: b.dimensions.name ?? null };
}

export function needsFigureLabel(b: FigureBinding): string {
  const r = readNeedsBinding(b);
  if (!r) return 'Rekryteringsbehov';
  const label = PART_LABELS[r.part];
  return r.name ? `${label}, ${r.name}` : `${label}, grundprognos`;
}

/** The blocks "Infoga i planen" appends to a section: a caption and the table of live figures. */
export function needsTableBlocks(input: {
  planYear: number;
  years: number[];
  levers: ScenarioLevers;
  retirementAges: RetirementAgeDistribution;
  name: string | null;
}): DocNode[] {
  const withAdjustment = Boolean(input.levers.fullTime || input.levers.efficiency);
  const parts = NEEDS_FIGURE_PARTS.filter((p) => p !== 'adjustment' || withAdjustment);
  const text = (t: string): DocNode => ({ type: 'text', text: t });
  const cell = (type: 'tableHeader' | 'tableCell', content: DocNode[]): DocNode => ({
    type,
    content: [{ type: 'paragraph', content }],
  });
  const figure = (part: NeedsFigurePart, year: number): DocNode => ({
    type: 'liveFigure',
    attrs: needsBinding({ ...input, planYear: input.planYear, part, year }),
  });
  const rows: DocNode[] = [
    {
      type: 'tableRow',
      content: [cell('tableHeader', [text('Del')]), ...input.years.map((y) => cell('tableHeader', [text(String(y))]))],
    },
    ...parts.map((part): DocNode => ({
      type: 'tableRow',
      content: [
        cell('tableHeader', [text(PART_LABELS[part])]),
        ...input.years.map((y) => cell('tableCell', [figure(part, y)])),
      ],
    })),
  ];
  const caption = input.name
    ? `Rekryteringsbehov ${input.years[0]}–${input.years.at(-1)}, scenario ${input.name}:`
    : `Rekryteringsbehov ${input.years[0]}–${input.years.at(-1)}, grundprognos:`;
  return [
    { type: 'paragraph', content: [{ type: 'text', text: caption, marks: [{ type: 'bold' }] }] },
    { type: 'table', content: rows },
  ];
}
