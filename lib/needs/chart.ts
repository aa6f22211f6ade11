/** Baseline vs scenario per plan year as the dashboards' chart takes it (components/charts/stat-chart.tsx). Pure. */
import { formatInteger } from '../format';
import type { ChartData } from '../statistics/dashboard/chart-data';
import { SUPPRESSION_NOTE } from '../statistics/suppression/rule';
import { MISSING_TEXT } from './protection';

export function needsChart(
  points: { year: number; baseline: number | null; scenario: number | null }[],
  scenarioLabel: string | null,
  definition: string,
  suppressed: boolean,
): ChartData {
  const display = (v: number | null) => (v === null ? (suppressed ? '–' : MISSING_TEXT) : formatInteger(v));
  const series = [
    { key: 'baseline', label: 'Grundprognos', values: points.map((p) => p.baseline) },
    ...(scenarioLabel ? [{ key: 'scenario', label: scenarioLabel, values: points.map((p) => p.scenario) }] : []),
  ].map((s) => ({ ...s, displays: s.values.map(display) }));
  const sum = (values: (number | null)[]) =>
    values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0);
  const base = sum(series[0]!.values);
  const scenario = series[1] ? sum(series[1].values) : null;
  const years = `${points[0]?.year}–${points.at(-1)?.year}`;
  const summary =
    base === null
      ? `Rekryteringsbehovet ${years} kan inte summeras: någon del saknas eller är skyddad.`
      : scenarioLabel && scenario !== null
        ? `Rekryteringsbehov ${years}: ${formatInteger(base)} i grundprognosen och ${formatInteger(scenario)} med scenariot ${scenarioLabel}.`
        : `Rekryteringsbehov ${years}: ${formatInteger(base)} i grundprognosen.`;
  return {
    id: 'rekryteringsbehov',
    title: scenarioLabel ? 'Grundprognos och scenario per år' : 'Rekryteringsbehov per år',
    summary,
    definition,
    unit: 'count',
    layout: 'bar',
    categoryLabel: 'År',
    categories: points.map((p) => String(p.year)),
    series,
    ...(suppressed && series.some((s) => s.values.some((v) => v === null))
      ? { suppressionNote: SUPPRESSION_NOTE }
      : {}),
  };
}
