/** "Vilken kompetens har vi?": age × gender, employment forms, occupations, full time. Pure builders. */
import type { ChartData } from './chart-data';
import { formatInteger, formatPercent } from '../../format';
import { AGE_BANDS, EMPLOYMENT_FORMS, GENDERS } from '../measures';
import { SUPPRESSION_NOTE } from '../suppression/rule';
import { AGE_BAND_LABELS, EMPLOYMENT_FORM_LABELS, GENDER_LABELS } from './labels';
import { OLDEST_AGE_BANDS, maskFor, refOfRow } from './protection';
import {
  type DashboardInput,
  aggregate,
  countText,
  hasAny,
  isNull,
  pick,
  series,
  total,
  percentSeriesByYear,
} from './rows';

function noteIf(masks: (string | null)[][], suppress: boolean): string | undefined {
  return suppress && masks.flat().some((m) => m !== null) ? SUPPRESSION_NOTE : undefined;
}

export function agePyramid(input: DashboardInput): ChartData {
  const { year, rows, suppress } = input;
  const mask = maskFor(input);
  const bands = [...AGE_BANDS]; // youngest first; the pyramid draws the oldest at the top
  const gridFor = (y: number) => {
    const cells = aggregate(rows, { measure: 'headcount', year: y }, ['ageBand', 'gender']);
    if (cells.size === 0) return null;
    return bands.map((band) => GENDERS.map((gender) => cells.get(`${band}|${gender}`) ?? 0));
  };
  // This year is drawn; last year's columns follow in the table view (a pyramid has only two sides).
  const grids = [year, year - 1].map((y) => ({ y, grid: gridFor(y) }));
  const masks = grids.map(({ y, grid }) =>
    grid
      ? grid.map((r, b) =>
          r.map((v, g) => mask({ measure: 'headcount', year: y, ageBand: bands[b]!, gender: GENDERS[g]! }, v)),
        )
      : [],
  );
  const current = grids[0]!.grid;
  const all = total(rows, { measure: 'headcount', year });
  const previousTotal = total(rows, { measure: 'headcount', year: year - 1 });
  // 60–64 and 65+; only from this year's age bands (never last year's, never 0 for "not given").
  const oldest = (current ?? [])
    .filter((_, b) => OLDEST_AGE_BANDS.values.includes(bands[b]!))
    .flat()
    .reduce((a, b) => a + b, 0);
  const totalText = (y: number, n: number) => countText(n, mask({ measure: 'headcount', year: y }, n));
  const oldestHidden = mask({ measure: 'headcount', year, ageBand: OLDEST_AGE_BANDS.label }, oldest);
  const headline =
    all !== null
      ? `${totalText(year, all)} anställda ${year}${previousTotal !== null ? ` (${totalText(year - 1, previousTotal)} året före)` : ''}`
      : null;
  const emptyMessage =
    all === null
      ? `Uppgift saknas: ingen personalstatistik för ${year}.`
      : current === null
        ? `${headline}. Uppgift saknas: åldersfördelningen för ${year} har inte lästs in.`
        : undefined;
  return {
    id: 'alder-kon',
    title: 'Ålder och kön',
    summary:
      headline && current !== null
        ? `${headline}${oldestHidden ? '' : `, varav ${formatInteger(oldest)} är 60 år eller äldre`}.`
        : (emptyMessage ?? ''),
    definition:
      'Antal anställda (de anställningsformer statistiken omfattar) per åldersgrupp och kön, vid mättillfället.',
    unit: 'count',
    layout: 'pyramid',
    categoryLabel: 'Åldersgrupp',
    categories: bands.map((b) => AGE_BAND_LABELS[b]),
    // Last year's columns only beside this year's: a chart never shows another year in this year's place.
    series: current
      ? grids.flatMap(({ y, grid }, i) =>
          grid
            ? GENDERS.map((gender, g) =>
                series(
                  `${gender}-${y}`,
                  `${GENDER_LABELS[gender]} ${y}`,
                  grid.map((r) => r[g]!),
                  'count',
                  masks[i]!.map((r) => r[g]!),
                ),
              )
            : [],
        )
      : [],
    suppressionNote: noteIf(masks.flat(), suppress),
    emptyMessage,
  };
}

export function employmentForms(input: DashboardInput): ChartData {
  const { year, rows, suppress } = input;
  const mask = maskFor(input);
  const years = [year, year - 1];
  const byYear = years.map((y) => aggregate(rows, { measure: 'headcount', year: y }, ['employmentForm']));
  // Only the employment forms the statistics cover (hourly staff are often not in the headcount export).
  const forms = EMPLOYMENT_FORMS.filter((form) => byYear.some((counts) => counts.has(form)));
  // A form the file does not give is missing (null), not 0.
  const counts = byYear.map((byForm) => forms.map((form) => byForm.get(form) ?? null));
  const masks = counts.map((c, i) =>
    c.map((v, f) =>
      v === null ? null : mask({ measure: 'headcount', year: years[i]!, employmentForm: forms[f]! }, v),
    ),
  );
  const [now, before] = byYear as [Map<string, number>, Map<string, number>];
  const count = (y: number, counts: Map<string, number>, employmentForm: string) => {
    const n = counts.get(employmentForm);
    return n === undefined ? null : countText(n, mask({ measure: 'headcount', year: y, employmentForm }, n));
  };
  const both = (counts: Map<string, number>) => {
    const [permanent, fixedTerm] = [count(year, counts, 'permanent'), count(year, counts, 'fixedTerm')];
    if (permanent && fixedTerm)
      return `${permanent} tillsvidareanställda och ${fixedTerm} visstidsanställda med månadslön`;
    return [
      permanent ? `${permanent} tillsvidareanställda` : 'tillsvidareanställda: uppgift saknas',
      fixedTerm ? `${fixedTerm} visstidsanställda med månadslön` : 'visstidsanställda med månadslön: uppgift saknas',
    ].join('; ');
  };
  const previous = (counts: Map<string, number>) =>
    `${count(year - 1, counts, 'permanent') ?? 'uppgift saknas'} och ${count(year - 1, counts, 'fixedTerm') ?? 'uppgift saknas'}`;
  return {
    id: 'anstallningsformer',
    title: 'Anställningsformer',
    summary: `${year}: ${both(now)}${before.size ? ` (${year - 1}: ${previous(before)})` : ''}.`,
    definition: 'Antal personer per anställningsform. Timavlönade redovisas bara där statistiken finns.',
    unit: 'count',
    layout: 'horizontalBar',
    categoryLabel: 'Anställningsform',
    categories: forms.map((f) => EMPLOYMENT_FORM_LABELS[f]),
    series: years.map((y, i) => series(String(y), String(y), counts[i]!, 'count', masks[i])),
    suppressionNote: noteIf(masks, suppress),
    emptyMessage: now.size ? undefined : `Uppgift saknas: ingen personalstatistik för ${year}.`,
  };
}

export function topOccupations(input: DashboardInput): ChartData {
  const { year, rows, suppress } = input;
  const mask = maskFor(input);
  const cells = aggregate(rows, { measure: 'headcount', year }, ['occupation', 'employmentForm']);
  const count = (occupation: string, form: string) => cells.get(`${occupation}|${form}`) ?? 0;
  const occupations = new Set([...cells.keys()].map((key) => key.split('|')[0]!));
  const top = [...occupations]
    .sort((a, b) => count(b, 'permanent') - count(a, 'permanent') || a.localeCompare(b, 'sv'))
    .slice(0, 10);
  const forms = ['permanent', 'fixedTerm'];
  const grid = top.map((name) => forms.map((form) => count(name, form)));
  const hidden = grid.map((r, o) =>
    r.map((v, f) => mask({ measure: 'headcount', year, occupation: top[o]!, employmentForm: forms[f]! }, v)),
  );
  return {
    id: 'befattningar',
    title: 'De tio vanligaste befattningarna',
    summary: top.length
      ? `Vanligast bland tillsvidareanställda ${year} är ${top.slice(0, 3).join(', ')}.`
      : `Ingen befattningsstatistik för ${year}.`,
    definition:
      'Antal tillsvidare- och visstidsanställda (månadslön) per befattning; de tio största efter antal tillsvidareanställda.',
    unit: 'count',
    layout: 'horizontalBar',
    categoryLabel: 'Befattning',
    categories: top,
    series: [
      series(
        'permanent',
        'Tillsvidare',
        grid.map((r) => r[0]!),
        'count',
        hidden.map((r) => r[0]!),
      ),
      series(
        'fixedTerm',
        'Visstid',
        grid.map((r) => r[1]!),
        'count',
        hidden.map((r) => r[1]!),
      ),
    ],
    suppressionNote: noteIf(hidden, suppress),
    emptyMessage: top.length ? undefined : `Ingen befattningsstatistik för ${year}.`,
  };
}

/** Full-time share by gender and age band, this year and last, against the city's 90 % goal. */
export function fullTime(input: DashboardInput): ChartData {
  const { year, goals, suppress } = input;
  const groups = [
    ...GENDERS.map((g) => ({ label: GENDER_LABELS[g], filter: { gender: g, ageBand: isNull } })),
    ...AGE_BANDS.map((b) => ({ label: AGE_BAND_LABELS[b], filter: { ageBand: b, gender: isNull } })),
  ];
  const years = [year, year - 1];
  const cells = years.map((y) =>
    groups.map((group) => pick(input, { measure: 'fullTimeShare', year: y, ...group.filter })),
  );
  // Shares are looked up in the one suppression model (suppression/rates.ts), like counts.
  const hide = maskFor(input);
  const masks = cells.map((line) => line.map((c) => (c ? hide(refOfRow(c), c.value) : null)));
  const overallRow = pick(input, { measure: 'fullTimeShare', year, gender: isNull, ageBand: isNull });
  const overall = overallRow && !hide(refOfRow(overallRow), overallRow.value) ? overallRow : null;
  const goal = goals.find((g) => g.measure === 'fullTimeShare' && g.category === '' && g.year <= year);
  const values = cells.map((line) => line.map((c) => c?.value ?? null));
  return {
    id: 'heltid',
    title: 'Heltid efter kön och ålder',
    summary: overall
      ? `${formatPercent(overall.value, overall.decimals)} av de tillsvidareanställda arbetar heltid ${year}${goal ? `; målet är ${formatPercent(goal.value, goal.decimals)}` : ''}.`
      : `Andel heltidsanställda ${year} per kön och åldersgrupp${goal ? ` mot målet ${formatPercent(goal.value, goal.decimals)}` : ''}.`,
    definition: 'Andel av tillsvidareanställda som har en heltidsanställning (sysselsättningsgrad 100 %).',
    unit: 'percent',
    layout: 'horizontalBar',
    categoryLabel: 'Grupp',
    categories: groups.map((g) => g.label),
    series: percentSeriesByYear(years, cells, masks),
    reference: goal ? { label: `Mål ${formatPercent(goal.value, goal.decimals)}`, value: goal.value } : undefined,
    suppressionNote: noteIf([...masks, [overallRow && !overall ? 'hidden' : null]], suppress),
    emptyMessage: hasAny(values[0]!) || overall ? undefined : `Ingen heltidsstatistik för ${year}.`,
  };
}
