/**
 * Kolada side by side with the förvaltning's own figures (issue 21): per KPI, the own value (already resolved and
 * suppressed by the caller), Stockholms stad (0180), riket (0000) and the comparison group, per year, as the
 * dashboards' chart model (line over years, with its table view). Pure.
 */
import type { ChartData } from '../statistics/dashboard/chart-data';
import { formatPercent } from '../format';
import { RIKET, STOCKHOLM } from './own-measures';

export const EXAMPLE_NOTE = 'Exempeldata — inte hämtat från Kolada';

export type KoladaValueRow = { kpi: string; municipality: string; period: number; value: number | null };

/** The own figure for a year: a value, hidden ("<5" / "–") or missing. */
export type OwnValue = { value: number | null; display: string };

export type ComparisonKpi = {
  id: string;
  title: string;
  definitionNote: string;
  ownLabel: string | null;
  /** The KPI is compared with an own measure (whether or not this reader sees the own figure). */
  mapped: boolean;
};

export type ComparisonGroup = { id: string; title: string; members: string[] };

export type Comparison = {
  kpi: ComparisonKpi;
  years: number[];
  chart: ChartData;
  /** The newest year with a Kolada value for Stockholm or riket, and the values then (for "Infoga jämförelse"). */
  latest: {
    year: number;
    own: OwnValue | null;
    stockholm: number | null;
    riket: number | null;
    group: number | null;
  } | null;
};

const percent = (value: number | null) => (value === null ? 'uppgift saknas' : formatPercent(value, 1));

/** The group's value: the unweighted mean of its members' values (Kolada's "medel" for a group), where any exist. */
export function groupMean(values: KoladaValueRow[], members: string[], kpi: string, year: number): number | null {
  const set = new Set(members);
  const found = values.filter((v) => v.kpi === kpi && v.period === year && set.has(v.municipality) && v.value !== null);
  if (found.length === 0) return null;
  return Math.round((found.reduce((sum, v) => sum + v.value!, 0) / found.length) * 10) / 10;
}

export function buildComparison(args: {
  kpi: ComparisonKpi;
  values: KoladaValueRow[];
  group: ComparisonGroup | null;
  own: (year: number) => OwnValue | null;
  example: boolean;
  orgName: string;
}): Comparison {
  const { kpi, values, group, own, example } = args;
  const mine = values.filter((v) => v.kpi === kpi.id);
  const years = [...new Set(mine.map((v) => v.period))].sort((a, b) => a - b).slice(-6);
  const at = (municipality: string, year: number) =>
    mine.find((v) => v.municipality === municipality && v.period === year)?.value ?? null;
  const ownValues = years.map(own);
  const lines = [
    ...(kpi.ownLabel
      ? [
          {
            key: 'own',
            label: args.orgName,
            values: ownValues.map((o) => o?.value ?? null),
            displays: ownValues.map((o) => o?.display ?? 'uppgift saknas'),
          },
        ]
      : []),
    line(
      'stockholm',
      'Stockholms stad',
      years.map((y) => at(STOCKHOLM, y)),
    ),
    line(
      'riket',
      'Riket',
      years.map((y) => at(RIKET, y)),
    ),
    ...(group
      ? [
          line(
            'group',
            group.title,
            years.map((y) => groupMean(values, group.members, kpi.id, y)),
          ),
        ]
      : []),
  ];
  const newest = [...years].reverse().find((y) => at(STOCKHOLM, y) !== null || at(RIKET, y) !== null);
  const latest =
    newest === undefined
      ? null
      : {
          year: newest,
          own: kpi.ownLabel ? own(newest) : null,
          stockholm: at(STOCKHOLM, newest),
          riket: at(RIKET, newest),
          group: group ? groupMean(values, group.members, kpi.id, newest) : null,
        };
  const source = `Kolada (RKA), nyckeltal ${kpi.id}${example ? `. ${EXAMPLE_NOTE}` : ''}${kpi.ownLabel ? `; egna siffror: förvaltningens personalstatistik` : ''}.`;
  return {
    kpi,
    years,
    latest,
    chart: {
      id: `kolada-${kpi.id}`,
      title: kpi.title,
      summary: summaryOf(kpi, latest, args.orgName, group),
      definition: kpi.definitionNote || 'Kolada: hela kommunen, månadsavlönade, Koladas egen period.',
      unit: 'percent',
      layout: 'line',
      categoryLabel: 'År',
      categories: years.map(String),
      series: lines,
      source: { text: source, generated: false },
      emptyMessage: years.length ? undefined : 'Inga värden från Kolada för det här nyckeltalet ännu.',
    },
  };
}

function line(key: string, label: string, values: (number | null)[]) {
  return { key, label, values, displays: values.map(percent) };
}

function summaryOf(kpi: ComparisonKpi, latest: Comparison['latest'], orgName: string, group: ComparisonGroup | null) {
  if (!latest) return 'Inga värden från Kolada ännu.';
  const parts = [`Stockholms stad ${percent(latest.stockholm)}`, `riket ${percent(latest.riket)}`];
  if (group) parts.push(`${group.title} ${percent(latest.group)}`);
  const own = kpi.ownLabel ? `${orgName}: ${latest.own?.display ?? 'uppgift saknas'}; ` : '';
  return `${latest.year}: ${own}${parts.join(', ')}.`;
}
