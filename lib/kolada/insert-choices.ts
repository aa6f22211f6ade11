import 'server-only';
import type { Db } from '../db/client';
import { isOwnMeasure } from './own-measures';
import type { ComparisonChoice } from './plan-figure';

/** What "Infoga jämförelse" offers: every listed KPI with stored values, its years (newest first) and the group. */
export async function koladaInsertChoices(db: Db): Promise<ComparisonChoice[]> {
  const [kpis, years, settings] = await Promise.all([
    db.koladaKpi.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    db.koladaValue.groupBy({ by: ['kpi', 'period'], where: { gender: 'T', value: { not: null } } }),
    db.koladaSettings.findUnique({ where: { id: 1 } }),
  ]);
  const group = settings?.comparisonGroupId
    ? await db.koladaGroup.findUnique({ where: { id: settings.comparisonGroupId }, select: { id: true, title: true } })
    : null;
  return kpis
    .map((k) => ({
      kpi: k.id,
      title: k.title,
      ownMeasure: isOwnMeasure(k.ownMeasure) ? k.ownMeasure : null,
      years: years
        .filter((y) => y.kpi === k.id)
        .map((y) => y.period)
        .sort((a, b) => b - a),
      group,
    }))
    .filter((c) => c.years.length > 0);
}
