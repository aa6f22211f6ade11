/** Work environment: sick leave against goal, incidents per tertial, span of control. Pure builders. */
import type { ChartData } from './chart-data';
import { formatDecimal, formatPercent } from '../../format';
import { INCIDENT_KINDS, SICK_LEAVE_KINDS } from '../measures';
import { SUPPRESSION_NOTE, suppressedDisplay } from '../suppression/rule';
import { INCIDENT_KIND_LABELS, SICK_LEAVE_LABELS } from './labels';
import { maskFor, refOfRow } from './protection';
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
} from './rows';

export const SPAN_OF_CONTROL_BENCHMARK = 30;

export function sickLeave(input: DashboardInput): ChartData {
  const { year, goals, suppress } = input;
  const hide = maskFor(input);
  const cell = (y: number, kind: string) =>
    pick(input, { measure: 'sickLeave', year: y, category: kind, gender: isNull });
  // Hidden when the people behind the rate are few or unknown (suppression/rates.ts).
  const reasonOf = (c: StatRow | null) => (c ? hide(refOfRow(c), c.value) : null);
  const goalFor = (kind: string) =>
    goals
      .filter((g) => g.measure === 'sickLeave' && g.category === kind && g.year <= year)
      .sort((a, b) => b.year - a.year)[0];
  const lines = [year, year - 1].map((y) => SICK_LEAVE_KINDS.map((k) => cell(y, k)));
  const goalsByKind = SICK_LEAVE_KINDS.map(goalFor);
  const masks = lines.map((line) => line.map(reasonOf));
  const total = lines[0]![0] && !masks[0]![0] ? lines[0]![0] : null;
  const totalGoal = goalsByKind[0];
  return {
    id: 'sjukfranvaro',
    title: 'Sjukfrånvaro mot mål',
    summary:
      lines[0]![0] && !total
        ? `Sjukfrånvaron ${year}: ${suppressedDisplay(masks[0]![0]!)}.`
        : total
          ? `Sjukfrånvaron ${year} var ${formatPercent(total.value, total.decimals)}${totalGoal ? ` mot målet ${formatPercent(totalGoal.value, totalGoal.decimals)}, ${total.value <= totalGoal.value ? 'målet är nått' : 'över målet'}` : ''}.`
          : `Ingen sjukfrånvarostatistik för ${year}.`,
    definition: 'Sjukfrånvaro i procent av ordinarie arbetstid. Korttid: dag 1–14. Långtid: 60 dagar eller mer.',
    unit: 'percent',
    layout: 'horizontalBar',
    categoryLabel: 'Sjukfrånvaro',
    categories: SICK_LEAVE_KINDS.map((k) => SICK_LEAVE_LABELS[k]),
    series: [
      ...[year, year - 1].map((y, i) =>
        series(
          String(y),
          String(y),
          lines[i]!.map((c) => c?.value ?? null),
          'percent',
          masks[i],
          lines[i]!.map((c) => c?.decimals ?? null),
        ),
      ),
      series(
        'goal',
        'Mål',
        goalsByKind.map((g) => g?.value ?? null),
        'percent',
        undefined,
        goalsByKind.map((g) => g?.decimals ?? null),
      ),
    ],
    suppressionNote: suppress && masks.flat().some(Boolean) ? SUPPRESSION_NOTE : undefined,
    emptyMessage: hasAny(lines[0]!.map((c) => c?.value ?? null))
      ? undefined
      : `Ingen sjukfrånvarostatistik för ${year}.`,
  };
}

export function incidents(input: DashboardInput): ChartData {
  const { year, rows, suppress } = input;
  const hide = maskFor(input);
  const tertials = [1, 2, 3];
  const byTertial = tertials.map((t) => aggregate(rows, { measure: 'incidents', year, tertial: t }, ['category']));
  const grid = INCIDENT_KINDS.map((kind) => tertials.map((_, i) => byTertial[i]!.get(kind) ?? 0));
  const previous = tertials.map((t) => total(rows, { measure: 'incidents', year: year - 1, tertial: t }));
  const mask = grid.map((r, k) =>
    r.map((v, i) => hide({ measure: 'incidents', year, tertial: tertials[i]!, category: INCIDENT_KINDS[k]! }, v)),
  );
  const totals = tertials.map((t) => total(rows, { measure: 'incidents', year, tertial: t }));
  const totalMask = (y: number, i: number, n: number | null) =>
    n === null ? null : hide({ measure: 'incidents', year: y, tertial: tertials[i]! }, n);
  const previousMask = previous.map((n, i) => totalMask(year - 1, i, n));
  const reported = tertials.filter((_, i) => totals[i] !== null);
  const comparison = (i: number) =>
    previous[i] != null ? ` (${year - 1}: ${countText(previous[i], previousMask[i]!)})` : '';
  return {
    id: 'tillbud',
    title: 'Tillbud och olycksfall per tertial',
    summary: reported.length
      ? `${reported.map((t) => `T${t} ${year}: ${countText(totals[t - 1]!, totalMask(year, t - 1, totals[t - 1]!))} händelser${comparison(t - 1)}`).join('; ')}.`
      : `Ingen statistik om tillbud och olycksfall för ${year}.`,
    definition: 'Händelser rapporterade i IA-systemet per tertial (T1 jan–apr, T2 maj–aug, T3 sep–dec), efter typ.',
    unit: 'count',
    layout: 'bar',
    categoryLabel: 'Tertial',
    categories: tertials.map((t) => `T${t}`),
    series: [
      ...INCIDENT_KINDS.map((kind, k) =>
        series(
          kind,
          `${INCIDENT_KIND_LABELS.get(kind) ?? kind} ${year}`,
          grid[k]!.map((v, i) => (reported.includes(i + 1) ? v : null)),
          'count',
          mask[k],
        ),
      ),
      series('previous', `Totalt ${year - 1}`, previous, 'count', previousMask),
    ],
    suppressionNote: suppress && [...mask.flat(), ...previousMask].some(Boolean) ? SUPPRESSION_NOTE : undefined,
    emptyMessage: reported.length ? undefined : `Ingen statistik om tillbud och olycksfall för ${year}.`,
  };
}

export function spanOfControl(input: DashboardInput): ChartData {
  const { year, rows, suppress } = input;
  const hide = maskFor(input);
  const current = select(rows, { measure: 'spanOfControl', year, department: notNull });
  const departments = [...new Set(current.map((r) => r.department!))].sort((a, b) => a.localeCompare(b, 'sv'));
  const row = (y: number, d: string) => select(rows, { measure: 'spanOfControl', year: y, department: d })[0] ?? null;
  const value = (y: number, d: string) => row(y, d)?.value ?? null;
  // Staff per manager times the head count gives the managers: hidden when they are few (suppression/rates.ts).
  const masks = [year, year - 1].map((y) =>
    departments.map((d) => {
      const r = row(y, d);
      return r ? hide(refOfRow(r), r.value) : null;
    }),
  );
  const now = departments.map((d, i) => (masks[0]![i] ? null : value(year, d)));
  const over = departments.filter((_, i) => (now[i] ?? 0) > SPAN_OF_CONTROL_BENCHMARK);
  return {
    id: 'medarbetare-per-chef',
    title: 'Medarbetare per chef',
    summary: departments.length
      ? over.length
        ? `${over.join(', ')} har fler medarbetare per chef än stadens riktmärke ${SPAN_OF_CONTROL_BENCHMARK}.`
        : `Alla avdelningar ligger på eller under stadens riktmärke ${SPAN_OF_CONTROL_BENCHMARK} medarbetare per chef.`
      : `Ingen statistik om medarbetare per chef för ${year}.`,
    definition: `Genomsnittligt antal medarbetare per chef med personalansvar. Stadens riktmärke är ${SPAN_OF_CONTROL_BENCHMARK}.`,
    unit: 'ratio',
    layout: 'horizontalBar',
    categoryLabel: 'Avdelning',
    categories: departments,
    series: [year, year - 1].map((y, i) =>
      series(
        String(y),
        String(y),
        departments.map((d) => value(y, d)),
        'ratio',
        masks[i],
      ),
    ),
    suppressionNote: suppress && masks.flat().some(Boolean) ? SUPPRESSION_NOTE : undefined,
    reference: { label: `Riktmärke ${formatDecimal(SPAN_OF_CONTROL_BENCHMARK)}`, value: SPAN_OF_CONTROL_BENCHMARK },
    emptyMessage: departments.length ? undefined : `Ingen statistik om medarbetare per chef för ${year}.`,
  };
}
