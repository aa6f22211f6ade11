import 'server-only';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';
import { type FigureBinding, bindingKey } from '../plans/document';
import type { ResolvedFigure } from '../plans/figures';
import { forecastNeeds } from './forecast';
import { NEED_PART_LABELS } from './formulas';
import { type NeedsFigureRequest, encodeAges, encodeLevers, needsFigureLabel, readNeedsBinding } from './plan-table';
import { shownTable } from './protection';
import { runScenario } from './scenarios';
import { loadNeedsStatistics } from './statistics-query';

/**
 * Resolves `recruitmentNeed` live figures (plan-table.ts): the forecast of their plan, computed on the statistics
 * as they are now, once per plan and scenario. Each figure is an organisation total of the table the page shows,
 * with the page's suppression decided over that whole table (protection.ts) as its own decision.
 */
export async function resolveNeedsFigures(
  db: Db | Tx,
  organizationId: string,
  bindings: FigureBinding[],
): Promise<Map<string, ResolvedFigure>> {
  const result = new Map<string, ResolvedFigure>();
  const requests = new Map<string, { binding: FigureBinding; request: NeedsFigureRequest | null }>();
  for (const b of bindings) requests.set(bindingKey(b), { binding: b, request: readNeedsBinding(b) });
  const statsByPlan = new Map<number, Awaited<ReturnType<typeof loadNeedsStatistics>>>();
  const tables = new Map<
    string,
    {
      years: number[];
      plain: ReturnType<typeof shownTable>;
      protectedTable: ReturnType<typeof shownTable>;
      formulas: Record<string, string>;
    }
  >();
  for (const [key, { binding, request }] of requests) {
    if (!request) {
      result.set(key, figure(key, binding, null, null, 'Okänt mått.'));
      continue;
    }
    let loaded = statsByPlan.get(request.planYear);
    if (!loaded)
      statsByPlan.set(request.planYear, (loaded = await loadNeedsStatistics(db, organizationId, request.planYear)));
    const tableKey = `${request.planYear}|${encodeLevers(request.levers)}|${encodeAges(request.retirementAges) ?? ''}`;
    let table = tables.get(tableKey);
    if (!table) {
      const years = [request.planYear, request.planYear + 1, request.planYear + 2];
      const assumptions = { retirementAges: request.retirementAges };
      const forecast = Object.keys(request.levers).length
        ? runScenario(loaded.stats, years, loaded.volume, request.levers, assumptions).forecast
        : forecastNeeds(loaded.stats, years, loaded.volume, assumptions);
      table = {
        years,
        plain: shownTable(forecast, false, null),
        protectedTable: shownTable(forecast, true, null),
        formulas: {
          ...forecast.formulas,
          adjustment: 'Minskat behov av mer heltid (årsarbetare) och effektivisering.',
        },
      };
      tables.set(tableKey, table);
    }
    const i = table.years.indexOf(request.year);
    const definition = table.formulas[request.part] ?? '';
    if (i < 0) {
      result.set(key, figure(key, binding, null, null, definition));
      continue;
    }
    if (request.part === 'adjustment') {
      result.set(key, figure(key, binding, table.plain.adjustments[i] ?? 0, null, definition));
      continue;
    }
    const shown = table.plain.totals[i]![request.part];
    const decision = table.protectedTable.totals[i]![request.part].reason;
    result.set(key, figure(key, binding, shown.value, decision, definition));
  }
  return result;
}

function figure(
  key: string,
  binding: FigureBinding,
  value: number | null,
  decision: ResolvedFigure['ownDecision'],
  definition: string,
): ResolvedFigure {
  return {
    key,
    binding,
    label: needsFigureLabel(binding) || NEED_PART_LABELS.total,
    unit: 'count',
    value,
    decimals: null,
    people: null,
    period: String(binding.year),
    definition,
    ownDecision: decision,
  };
}
