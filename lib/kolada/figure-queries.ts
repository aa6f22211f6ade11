import 'server-only';
import type { Tx } from '../auth/guard';
import type { Db } from '../db/client';
import { type FigureBinding, bindingKey } from '../plans/document';
import type { ResolvedFigure } from '../plans/figures';
import { EXAMPLE_NOTE, groupMean } from './comparison';
import { GROUP_AREA_PREFIX, areaLabel } from './plan-figure';

/**
 * Resolves `kolada` live figures from the stored values. Kolada's values are public aggregates about whole
 * municipalities: not subject to small-cell suppression, so each carries its own decision "shown" (null).
 */
export async function resolveKoladaFigures(
  db: Db | Tx,
  bindings: FigureBinding[],
): Promise<Map<string, ResolvedFigure>> {
  const kpis = [...new Set(bindings.map((b) => b.dimensions.kpi).filter((k): k is string => Boolean(k)))];
  const groupIds = [
    ...new Set(
      bindings
        .map((b) => b.dimensions.area)
        .filter((a) => a?.startsWith(GROUP_AREA_PREFIX))
        .map((a) => a!.slice(GROUP_AREA_PREFIX.length)),
    ),
  ];
  const [meta, values, groups] = await Promise.all([
    db.koladaKpi.findMany({ where: { id: { in: kpis } }, select: { id: true, title: true, definitionNote: true } }),
    db.koladaValue.findMany({
      where: { kpi: { in: kpis }, gender: 'T', period: { in: [...new Set(bindings.map((b) => b.year))] } },
      select: { kpi: true, municipality: true, period: true, value: true, fetch: { select: { source: true } } },
    }),
    groupIds.length ? db.koladaGroup.findMany({ where: { id: { in: groupIds } } }) : Promise.resolve([]),
  ]);
  const result = new Map<string, ResolvedFigure>();
  for (const binding of bindings) {
    const { kpi = '', area = '' } = binding.dimensions;
    const group = area.startsWith(GROUP_AREA_PREFIX)
      ? groups.find((g) => `${GROUP_AREA_PREFIX}${g.id}` === area)
      : null;
    const rows = values.filter((v) => v.kpi === kpi && v.period === binding.year);
    const value = group
      ? groupMean(rows, group.members, kpi, binding.year)
      : (rows.find((v) => v.municipality === area)?.value ?? null);
    const example = rows.some((v) => v.fetch.source === 'example');
    const info = meta.find((m) => m.id === kpi);
    result.set(bindingKey(binding), {
      key: bindingKey(binding),
      binding,
      label: `${info?.title ?? kpi}, ${areaLabel(area, group?.title)} (Kolada)`,
      unit: 'percent',
      value,
      decimals: 1,
      people: null,
      period: String(binding.year),
      definition:
        `Källa: Kolada (RKA), nyckeltal ${kpi}${group ? `, medelvärde av gruppens ${group.members.length} kommuner` : ''}. ${info?.definitionNote ?? ''}${example ? ` ${EXAMPLE_NOTE}.` : ''}`.trim(),
      ownDecision: null,
    });
  }
  return result;
}
