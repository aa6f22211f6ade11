/** Movement: turnover, departures, recruitments and the retirement forecast. Pure builders. */
import type { ChartData } from './chart-data';
import { formatPercent } from '../../format';
import { OVER_65_CODE } from '../import/values';
import { AGE_BANDS, DEPARTURE_REASONS, RECRUITMENT_ROUTES } from '../measures';
import { retirementForecast } from '../retirement';
import { SUPPRESSION_NOTE, suppressedDisplay } from '../suppression/rule';
import { AGE_BAND_LABELS, DEPARTURE_REASON_LABELS, RECRUITMENT_ROUTE_LABELS } from './labels';
import { maskFor, refOfRow, retirementGroups } from './protection';
import {
  type DashboardInput,
  type StatRow,
  aggregate,
  countText,
  hasAny,
  isNull,
  notNull,
  pick,
  select,
  series,
  total,
  percentSeriesByYear,
} from './rows';

const note = (masks: (string | null)[][], suppress: boolean) =>
  suppress && masks.flat().some((m) => m !== null) ? SUPPRESSION_NOTE : undefined;

function turnoverBy(
  input: DashboardInput,
  dimension: 'occupation' | 'ageBand',
  categories: { code: string; label: string }[],
): ChartData {
  const { year, suppress } = input;
  const hide = maskFor(input);
  // A rate is looked up in the one suppression model (suppression/rates.ts): hidden rows read "<5" or "–".
  const shown = (row: StatRow | null) => (row && hide(refOfRow(row), row.value) === null ? row : null);
  const rateText = (row: StatRow | null) => {
    const reason = row ? hide(refOfRow(row), row.value) : null;
    return reason ? suppressedDisplay(reason) : row ? formatPercent(row.value, row.decimals) : '';
  };
  const overallRow = pick(input, { measure: 'turnover', year, occupation: isNull, ageBand: isNull });
  const previousRow = pick(input, { measure: 'turnover', year: year - 1, occupation: isNull, ageBand: isNull });
  const overall = shown(overallRow);
  const other = dimension === 'occupation' ? 'ageBand' : 'occupation';
  const years = [year, year - 1];
  const cells = years.map((y) =>
    categories.map((c) => pick(input, { measure: 'turnover', year: y, [dimension]: c.code, [other]: isNull })),
  );
  const masks = cells.map((line) => line.map((c) => (c ? hide(refOfRow(c), c.value) : null)));
  const values = cells.map((line) => line.map((c) => c?.value ?? null));
  const byWhat = dimension === 'occupation' ? 'befattning' : 'åldersgrupp';
  const headline = overallRow
    ? `Personalomsättningen ${year} var ${rateText(overallRow)}${previousRow ? ` (${year - 1}: ${rateText(previousRow)})` : ''}.`
    : null;
  return {
    id: `personalomsattning-${dimension === 'occupation' ? 'befattning' : 'alder'}`,
    title: `Personalomsättning per ${byWhat}`,
    summary: headline ?? `Personalomsättning per ${byWhat} ${year}.`,
    definition: input.turnoverDefinition,
    unit: 'percent',
    layout: 'horizontalBar',
    categoryLabel: dimension === 'occupation' ? 'Befattning' : 'Åldersgrupp',
    categories: categories.map((c) => c.label),
    series: percentSeriesByYear(years, cells, masks),
    reference: overall
      ? { label: `Hela förvaltningen ${formatPercent(overall.value, overall.decimals)}`, value: overall.value }
      : undefined,
    suppressionNote: note([...masks, [overallRow && !overall ? 'hidden' : null]], suppress),
    emptyMessage: hasAny(values[0]!)
      ? undefined
      : `${headline ? `${headline} ` : ''}Ingen uppdelning per ${byWhat} för ${year}.`,
  };
}

export function turnoverByOccupation(input: DashboardInput): ChartData {
  const occupations = [
    ...new Set(
      select(input.rows, { measure: 'turnover', year: input.year, occupation: notNull }).map((r) => r.occupation!),
    ),
  ].sort((a, b) => a.localeCompare(b, 'sv'));
  return turnoverBy(
    input,
    'occupation',
    occupations.map((o) => ({ code: o, label: o })),
  );
}

export function turnoverByAge(input: DashboardInput): ChartData {
  return turnoverBy(
    input,
    'ageBand',
    AGE_BANDS.map((b) => ({ code: b, label: AGE_BAND_LABELS[b] })),
  );
}

/** Counts by one category over this year and last (departures by reason, recruitments by route). */
function countsByCategory(
  input: DashboardInput,
  measure: 'departures' | 'recruitments',
  codes: readonly string[],
  labels: Map<string, string>,
  text: { id: string; title: string; definition: string; categoryLabel: string; noun: string },
): ChartData {
  const { year, rows, suppress } = input;
  const mask = maskFor(input);
  const years = [year, year - 1];
  const filter = (y: number) => ({ measure, year: y, employmentForm: 'permanent' });
  const counts = years.map((y) => {
    const byCode = aggregate(rows, filter(y), ['category']);
    return byCode.size ? codes.map((code) => byCode.get(code) ?? 0) : codes.map(() => null); // no data ≠ zero
  });
  const masks = counts.map((c, i) =>
    c.map((v, k) => (v === null ? null : mask({ ...filter(years[i]!), category: codes[k]! }, v))),
  );
  const [now, before] = years.map((y) => total(rows, filter(y)));
  const totalText = (y: number, n: number) => countText(n, mask(filter(y), n));
  return {
    id: text.id,
    title: text.title,
    summary: `${totalText(year, now ?? 0)} ${text.noun} av tillsvidareanställda ${year}${before != null ? ` (${year - 1}: ${totalText(year - 1, before)})` : ''}.`,
    definition: text.definition,
    unit: 'count',
    layout: 'horizontalBar',
    categoryLabel: text.categoryLabel,
    categories: codes.map((c) => labels.get(c) ?? c),
    series: years.map((y, i) => series(String(y), String(y), counts[i]!, 'count', masks[i])),
    suppressionNote: note(masks, suppress),
    emptyMessage: now === null ? `Ingen statistik om ${text.noun} för ${year}.` : undefined,
  };
}

export function departuresByReason(input: DashboardInput): ChartData {
  return countsByCategory(input, 'departures', DEPARTURE_REASONS, DEPARTURE_REASON_LABELS, {
    id: 'avgangar',
    title: 'Avgångar efter orsak',
    definition:
      'Antal tillsvidareanställda som slutat under perioden, efter avgångsorsak (interna byten inom förvaltningen ingår).',
    categoryLabel: 'Avgångsorsak',
    noun: 'avgångar',
  });
}

export function recruitmentsByRoute(input: DashboardInput): ChartData {
  return countsByCategory(input, 'recruitments', RECRUITMENT_ROUTES, RECRUITMENT_ROUTE_LABELS, {
    id: 'rekryteringar',
    title: 'Rekryteringar efter rekryteringsväg',
    definition: 'Antal tillsvidareanställningar under perioden, efter var den anställde kom ifrån.',
    categoryLabel: 'Rekryteringsväg',
    noun: 'rekryteringar',
  });
}

function turning65(byCategory: Map<string, number>): { byYear: Map<number, number>; over65: number } {
  const byYear = new Map<number, number>();
  for (const [category, count] of byCategory) {
    if (/^\d{4}$/.test(category)) byYear.set(Number(category), count);
  }
  return { byYear, over65: byCategory.get(OVER_65_CODE) ?? 0 };
}

export function retirementByDepartment(input: DashboardInput): ChartData {
  const { year, rows, suppress } = input;
  const hide = maskFor(input);
  const horizon = [year + 1, year + 2, year + 3];
  const cells = aggregate(rows, { measure: 'retirements', year }, ['department', 'category']);
  const departments = [...new Set([...cells.keys()].map((key) => key.split('|')[0]!))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  const grid = departments.map((d) => horizon.map((y) => cells.get(`${d}|${y}`) ?? 0));
  const mask = grid.map((r, d) =>
    r.map((v, i) =>
      hide({ measure: 'retirements', year, department: departments[d]!, category: String(horizon[i]) }, v),
    ),
  );
  // The view's own totals (the organisation's, or the department's): the same counts as the 65–69 chart.
  const byCategory = aggregate(rows, { measure: 'retirements', year }, ['category']);
  const totals = horizon.map((y) => byCategory.get(String(y)) ?? 0);
  const totalText = (i: number) =>
    countText(totals[i]!, hide({ measure: 'retirements', year, category: String(horizon[i]) }, totals[i]!));
  return {
    id: 'pension-avdelning',
    title: 'Fyller 65 år per avdelning',
    summary: `${horizon.map((y, i) => `${totalText(i)} fyller 65 år ${y}`).join(', ')}.`,
    definition: 'Antal anställda per avdelning som fyller 65 år respektive år. Anställningen kan fortsätta till 69 år.',
    unit: 'count',
    layout: 'horizontalBar',
    categoryLabel: 'Avdelning',
    categories: departments,
    series: horizon.map((y, i) =>
      series(
        String(y),
        String(y),
        grid.map((r) => r[i]!),
        'count',
        mask.map((r) => r[i]!),
      ),
    ),
    suppressionNote: note(mask, suppress),
    emptyMessage: departments.length ? undefined : `Ingen pensionsprognos per avdelning för ${year}.`,
  };
}

/** The range 65–69: counts of people like every other chart, so suppressed like them (issue 6, item 7). */
export function retirementRange(input: DashboardInput): ChartData {
  const { year, rows, suppress } = input;
  const mask = maskFor(input);
  const horizon = [year + 1, year + 2, year + 3];
  const byCategory = aggregate(rows, { measure: 'retirements', year }, ['category']);
  const { byYear, over65 } = turning65(byCategory);
  const forecast = retirementForecast(byYear, horizon, over65);
  const present = byYear.size > 0 || over65 > 0;
  const groups = retirementGroups(year);
  const cell = (category: string, n: number) => mask({ measure: 'retirements', year, category }, n);
  const at65 = forecast.years.map((y) => cell(String(y.year), y.atSixtyFive));
  const at69 = forecast.years.map((y) => (y.atSixtyNine === null ? null : cell(String(y.year - 4), y.atSixtyNine)));
  const highest = countText(forecast.highest, cell(groups.highest.label, forecast.highest));
  const lowest = forecast.lowest === null ? '' : countText(forecast.lowest, cell(groups.lowest.label, forecast.lowest));
  const eligible = countText(forecast.alreadyEligible, cell(groups.eligible.label, forecast.alreadyEligible));
  return {
    id: 'pension-intervall',
    title: 'Pensionsavgångar 65–69 år',
    summary:
      forecast.lowest === null
        ? `${horizon[0]}–${horizon[2]} kan upp till ${highest} medarbetare gå i pension om alla slutar vid 65 år (inklusive de som redan fyllt 65). Hur många som fyller 69 går inte att räkna ut: statistiken saknar födelseår för dem som redan fyllt 65.`
        : `${horizon[0]}–${horizon[2]} kan mellan ${lowest} och ${highest} medarbetare gå i pension, beroende på om de slutar vid 65 eller arbetar till 69 år.`,
    definition: `Högsta: alla slutar det år de fyller 65, plus de ${eligible} som redan fyllt 65. Lägsta: alla arbetar till 69 år (de som fyller 69 under perioden).`,
    unit: 'count',
    layout: 'line',
    categoryLabel: 'År',
    categories: horizon.map(String),
    series: [
      series(
        'at65',
        'Fyller 65 (slutar vid 65)',
        forecast.years.map((y) => y.atSixtyFive),
        'count',
        at65,
      ),
      series(
        'at69',
        'Fyller 69 (arbetar till 69)',
        forecast.years.map((y) => y.atSixtyNine),
        'count',
        at69,
      ),
    ],
    suppressionNote: note([at65, at69], suppress),
    emptyMessage: present ? undefined : `Ingen pensionsprognos för ${year}.`,
  };
}
