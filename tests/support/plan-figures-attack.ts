/**
 * Plan text as the attacker of privacy-attack.ts reads it (issue 16, item 3): every live figure a plan can bind for
 * an organisation — every count "Infoga siffra" or the `{{…}}` syntax can ask for, per department and for the
 * organisation, and every stated rate — as a reader sees it live and in a frozen snapshot. Counts become cells of
 * the attacker's namespace with the relations a reader knows (a total is the sum of its genders, forms and
 * occupations; a gender of its age bands); rates are checked for the counts they imply. Independent of the
 * suppression code: it reads only the displayed texts and compares with the true values.
 */
import type { FigureBinding } from '@/lib/plans/document';
import { type ResolvedFigure, displayFigure, resolveFigure } from '@/lib/plans/figures';
import { AGE_BAND_LABELS, EMPLOYMENT_FORM_LABELS } from '@/lib/statistics/dashboard/labels';
import { AGE_BANDS, EMPLOYMENT_FORMS, GENDERS } from '@/lib/statistics/measures';
import type { FigureKnowledge, Relation } from './privacy-attack';
import type { TestOrganization } from './random-organization';

const ORG = '(förvaltningen)';
const RATES = ['turnover', 'fullTimeShare', 'sickLeave', 'spanOfControl'];
const FLOWS = [
  ['departures', 'avgangar'],
  ['recruitments', 'rekryteringar'],
] as const;

/** Every figure a plan can bind for the organisation, with the attacker's id for counts. */
export function everyFigure(org: TestOrganization): { binding: FigureBinding; id: string | null }[] {
  const out: { binding: FigureBinding; id: string | null }[] = [];
  const occupations = [...new Set(org.rows.map((r) => r.occupation).filter((o): o is string => !!o))];
  for (const year of org.years)
    for (const department of [null, ...org.departments]) {
      const scope = department ?? ORG;
      const add = (measure: string, dimensions: Record<string, string>, rest: string | null, prefix = measure) =>
        out.push({
          binding: { measure, year, dimensions: department ? { department, ...dimensions } : dimensions },
          id: rest === null ? null : `${prefix}|${year}|${scope}|${rest}`,
        });
      add('headcount', {}, 'total');
      add('partTimeCount', {}, 'total');
      add('retirements', {}, 'all');
      for (const gender of GENDERS) add('headcount', { gender }, `gender=${gender}`);
      for (const form of EMPLOYMENT_FORMS) {
        const label = EMPLOYMENT_FORM_LABELS[form];
        add('headcount', { employmentForm: form }, `form=${label}`);
        for (const gender of GENDERS)
          add('headcount', { employmentForm: form, gender }, `form=${label}|gender=${gender}`);
        for (const occupation of occupations)
          add('headcount', { occupation, employmentForm: form }, `occupation=${occupation}|form=${label}`);
        // Permanent staff's is the charts' total; the other forms and all of them under ids of their own, so
        // that the charts' relation (total = its categories) does not take them for categories.
        for (const [measure, chart] of FLOWS)
          if (form === 'permanent') add(measure, { employmentForm: form }, 'total', chart);
          else add(measure, { employmentForm: form }, `form=${label}`, `${chart}-form`);
      }
      for (const occupation of occupations) add('headcount', { occupation }, `occupation=${occupation}`);
      for (const [measure, chart] of FLOWS) add(measure, {}, 'all', `${chart}-alla`);
    }
  // Every stated rate, as the row states it.
  for (const row of org.rows.filter((r) => RATES.includes(r.measure))) {
    const dimensions: Record<string, string> = {};
    for (const d of ['department', 'occupation', 'gender', 'ageBand', 'category'] as const)
      if (row[d] !== null) dimensions[d] = row[d]!;
    out.push({ binding: { measure: row.measure, year: row.year, dimensions }, id: null });
  }
  return out;
}

/** The figures resolved as the pages resolve them (HR's values). */
export function resolveAll(org: TestOrganization, figures: { binding: FigureBinding }[]): ResolvedFigure[] {
  return figures.map(({ binding }) =>
    resolveFigure(
      org.rows.filter((r) => r.measure === binding.measure && r.year === binding.year),
      binding,
      'Definition.',
    ),
  );
}

/** What a reader knows of the counts: the displayed texts by id, the true values, and how they relate. */
export function figureKnowledge(
  org: TestOrganization,
  figures: { id: string | null }[],
  truth: ResolvedFigure[],
  views: ResolvedFigure[][],
): FigureKnowledge {
  // What the page shows: a number, "<5" or "–". Not "uppgift saknas" (the charts' attacker reads no zero into it
  // either), nor a withheld figure ("redovisas inte i den här uppdelningen", of any size, zero too).
  const texts = views.map((view) => {
    const shown = new Map<string, string>();
    view.forEach((f, i) => {
      const id = figures[i]!.id;
      if (id && f.hidden !== 'withheld' && (f.value !== null || f.hidden)) shown.set(id, displayFigure(f));
    });
    return shown;
  });
  const values = new Map<string, number>();
  truth.forEach((f, i) => figures[i]!.id && values.set(figures[i]!.id!, f.value ?? 0));
  const relations: Relation[] = [];
  const occupations = [...new Set(org.rows.map((r) => r.occupation).filter((o): o is string => !!o))];
  for (const year of org.years)
    for (const scope of [ORG, ...org.departments]) {
      const id = (rest: string) => `headcount|${year}|${scope}|${rest}`;
      const forms = EMPLOYMENT_FORMS.map((f) => EMPLOYMENT_FORM_LABELS[f]);
      relations.push({ total: id('total'), parts: GENDERS.map((g) => id(`gender=${g}`)) });
      relations.push({ total: id('total'), parts: occupations.map((o) => id(`occupation=${o}`)) });
      for (const g of GENDERS) {
        relations.push({
          total: id(`gender=${g}`),
          parts: AGE_BANDS.map((a) => id(`age=${AGE_BAND_LABELS[a]}|gender=${g}`)),
        });
        relations.push({ total: id(`gender=${g}`), parts: forms.map((f) => id(`form=${f}|gender=${g}`)) });
      }
      for (const f of forms)
        relations.push({ total: id(`form=${f}`), parts: GENDERS.map((g) => id(`form=${f}|gender=${g}`)) });
      for (const o of occupations)
        relations.push({ total: id(`occupation=${o}`), parts: forms.map((f) => id(`occupation=${o}|form=${f}`)) });
      for (const [, chart] of FLOWS) {
        const m = (prefix: string, rest: string) => `${prefix}|${year}|${scope}|${rest}`;
        relations.push({
          total: m(`${chart}-alla`, 'all'),
          parts: EMPLOYMENT_FORMS.map((f) =>
            f === 'permanent' ? m(chart, 'total') : m(`${chart}-form`, `form=${EMPLOYMENT_FORM_LABELS[f]}`),
          ),
        });
      }
    }
  return { texts, values, relations };
}

/** The counts a rate implies, as in suppression/rates.ts's reasoning but written out independently. */
function impliedCounts(measure: string, value: number, population: number): number[] {
  if (measure === 'turnover' || measure === 'fullTimeShare') {
    const part = Math.round((value * population) / 100);
    return [part, population - part];
  }
  if (measure === 'spanOfControl') return value > 0 ? [Math.round(population / value)] : [];
  return [];
}

/**
 * Rates a reader sees that point at fewer than 5 people: an unknown or small population, or a count that the
 * rate times its population gives (leavers, part-timers, managers). The attacker is assumed to know every
 * population (the head counts are on the dashboards), the strongest case.
 */
export function rateLeaks(truth: ResolvedFigure[], view: ResolvedFigure[]): string[] {
  const leaks: string[] = [];
  view.forEach((seen, i) => {
    const real = truth[i]!;
    if (!RATES.includes(real.binding.measure) || seen.value === null || seen.hidden) return;
    const population = real.people;
    const small = (n: number) => n > 0 && n < 5;
    if (population === null) leaks.push(`${real.key}: ${seen.value} över okänt antal`);
    else if (small(population) || impliedCounts(real.binding.measure, seen.value, population).some(small))
      leaks.push(`${real.key}: ${seen.value} av ${population}`);
  });
  // A line of parts with a shown total (occupations, genders, departments): a lone hidden part follows from the
  // total's implied count minus the others'.
  const lines = new Map<string, number[]>();
  truth.forEach((real, i) => {
    const dims = Object.entries(real.binding.dimensions).filter(([d]) => d !== 'category');
    if (!RATES.includes(real.binding.measure) || dims.length !== 1) return;
    const line = `${real.binding.measure}|${real.binding.year}|${dims[0]![0]}|${real.binding.dimensions.category ?? ''}`;
    lines.set(line, [...(lines.get(line) ?? []), i]);
  });
  for (const [line, members] of lines) {
    const hidden = members.filter((i) => view[i]!.value === null && truth[i]!.value !== null);
    if (members.length < 2 || hidden.length !== 1) continue;
    const real = truth[hidden[0]!]!;
    const counts = real.people === null ? [] : impliedCounts(real.binding.measure, real.value!, real.people);
    if (counts.some((n) => n > 0 && n < 5) || (real.people !== null && real.people > 0 && real.people < 5))
      leaks.push(`${line}: ${real.key} ensam dold i sin rad`);
  }
  return leaks;
}
