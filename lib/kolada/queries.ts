import 'server-only';
import { organizationFor, requireSystemPermission } from '../auth/data-access';
import { type OrgAccess, type SystemAccess, scopeFor } from '../auth/permissions';
import { type Db, getDb } from '../db/client';
import { cached, dataVersion } from '../statistics/cache';
import { formatPercent } from '../format';
import { type FigureBinding, bindingKey } from '../plans/document';
import { displayFigure } from '../plans/figures';
import { figuresForReader, resolveFigures } from '../plans/figure-queries';
import { defaultMunicipalities } from './api-fetch';
import { type Comparison, type ComparisonGroup, type OwnValue, buildComparison } from './comparison';
import { OWN_MEASURES, isOwnMeasure } from './own-measures';

/** What /system/kolada shows: the KPI list, the groups, the setting and where the stored values come from. */
export async function loadKoladaAdmin(access: SystemAccess) {
  requireSystemPermission(access, 'read:reference-data');
  const db = await getDb();
  const [kpis, groups, settings, fetches, counts] = await Promise.all([
    db.koladaKpi.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    db.koladaGroup.findMany({ orderBy: { title: 'asc' } }),
    db.koladaSettings.findUnique({ where: { id: 1 } }),
    db.koladaFetch.findMany({
      orderBy: { fetchedAt: 'desc' },
      take: 10,
      include: { _count: { select: { values: true } } },
    }),
    db.koladaValue.groupBy({ by: ['kpi'], _count: { _all: true } }),
  ]);
  const selected = groups.find((g) => g.id === settings?.comparisonGroupId) ?? null;
  return {
    kpis: kpis.map((k) => ({ ...k, values: counts.find((c) => c.kpi === k.id)?._count._all ?? 0 })),
    groups: groups.map((g) => ({ id: g.id, title: g.title, size: g.members.length })),
    comparisonGroupId: settings?.comparisonGroupId ?? null,
    /** What "Hämta från Kolada" asks for by default: Stockholm, riket and the comparison group's members. */
    defaultMunicipalities: defaultMunicipalities(selected?.members ?? []),
    fetches: fetches.map((f) => ({
      id: f.id,
      source: f.source,
      fileName: f.fileName,
      fetchedAt: f.fetchedAt,
      byEmail: f.byEmail,
      values: f._count.values,
    })),
    example: fetches.some((f) => f.source === 'example' && f._count.values > 0),
  };
}

export type KoladaComparisons = {
  comparisons: Comparison[];
  group: ComparisonGroup | null;
  /** Any value shown is the demo's example data. */
  example: boolean;
  /** The own figures are the whole förvaltning's (shown only to those who read it whole). */
  ownShown: boolean;
};

/**
 * The comparisons for the dashboard and the plan editor. Kolada's values are public municipality aggregates and
 * need no suppression; the own figures are resolved and suppressed as live figures are (figuresForReader), and are
 * shown only to readers of the whole förvaltning's statistics.
 */
export async function loadKoladaComparisons(access: OrgAccess, orgName: string): Promise<KoladaComparisons> {
  const organizationId = organizationFor(access, 'read:statistics');
  const db = await getDb();
  // Kept under the organisation's data version, which Kolada's tables raise too (the kolada migration's triggers).
  const version = await dataVersion(db, organizationId);
  const key = JSON.stringify([
    scopeFor(access, 'read:statistics').kind,
    scopeFor(access, 'read:statistics:unsuppressed').kind,
    orgName,
  ]);
  return cached('kolada', organizationId, version, key, () => computeComparisons(db, access, organizationId, orgName));
}

async function computeComparisons(
  db: Db,
  access: OrgAccess,
  organizationId: string,
  orgName: string,
): Promise<KoladaComparisons> {
  const [kpis, settings, values, exampleFetches] = await Promise.all([
    db.koladaKpi.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    db.koladaSettings.findUnique({ where: { id: 1 } }),
    db.koladaValue.findMany({
      where: { gender: 'T' },
      select: { kpi: true, municipality: true, period: true, value: true, fetch: { select: { source: true } } },
    }),
    db.koladaFetch.count({ where: { source: 'example', values: { some: {} } } }),
  ]);
  const groupRow = settings?.comparisonGroupId
    ? await db.koladaGroup.findUnique({ where: { id: settings.comparisonGroupId } })
    : null;
  const group = groupRow ? { id: groupRow.id, title: groupRow.title, members: groupRow.members } : null;
  const ownShown = scopeFor(access, 'read:statistics').kind === 'all';
  const withValues = kpis.filter((k) => values.some((v) => v.kpi === k.id));
  const years = [...new Set(values.map((v) => v.period))];
  const bindings: FigureBinding[] = [];
  if (ownShown) {
    for (const k of withValues) {
      if (isOwnMeasure(k.ownMeasure)) for (const y of years) bindings.push(...OWN_MEASURES[k.ownMeasure].bindings(y));
    }
  }
  const resolved = bindings.length ? await resolveFigures(db, organizationId, bindings) : new Map();
  const figures = resolved.size ? await figuresForReader(db, access, Object.fromEntries(resolved)) : {};
  const ownOf =
    (measure: string | null) =>
    (year: number): OwnValue | null => {
      if (!ownShown || !isOwnMeasure(measure)) return null;
      const parts = OWN_MEASURES[measure].bindings(year).map((b) => figures[bindingKey(b)]);
      if (parts.some((p) => !p)) return null;
      const hidden = parts.find((p) => p!.hidden);
      if (hidden) return { value: null, display: displayFigure(hidden!) };
      const value = OWN_MEASURES[measure].combine(parts.map((p) => p!.value));
      return { value, display: value === null ? 'uppgift saknas' : formatPercent(value, 1) };
    };
  const comparisons = withValues.map((k) =>
    buildComparison({
      kpi: {
        id: k.id,
        title: k.title,
        definitionNote: k.definitionNote,
        ownLabel: ownShown && isOwnMeasure(k.ownMeasure) ? OWN_MEASURES[k.ownMeasure].label : null,
        mapped: isOwnMeasure(k.ownMeasure),
      },
      values,
      group,
      own: ownOf(k.ownMeasure),
      example: values.some((v) => v.kpi === k.id && v.fetch.source === 'example'),
      orgName,
    }),
  );
  return { comparisons, group, example: exampleFetches > 0, ownShown };
}
