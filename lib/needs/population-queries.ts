import 'server-only';
import { organizationFor } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';
import { getDb } from '../db/client';
import { currentDistrictId, describeDistrict } from './districts';
import { byAgeGroup, compareVintages, type VintageComparisonRow } from './population-compare';
import { loadDistricts } from './population-districts';
import { vintageLabel } from './population-schemas';
import { type PopulationPoint, indexPopulation } from './population-series';
import { type VolumeDemand, loadVolumeDemand } from './volume';

export type PopulationOverview = {
  vintages: {
    vintageYear: number;
    label: string;
    fileName: string;
    importedAt: Date;
    importedBy: string | null;
    rowCount: number;
  }[];
  selected: { vintageYear: number; label: string } | null;
  /** The selected vintage per current district: age group × year, null where it does not say. */
  table: { districtId: string; district: string; ageGroups: string[]; years: number[]; values: (number | null)[][] }[];
  comparison: { previousLabel: string; rows: (VintageComparisonRow & { district: string })[] } | null;
  ratios: {
    id: string;
    occupation: string;
    ageGroup: string;
    staff: number;
    perResidents: number;
    validFrom: number;
  }[];
  directChanges: { id: string; occupation: string; year: number; change: number }[];
  occupations: { id: string; name: string }[];
  districts: { id: string; name: string }[];
  oldDistricts: string[];
  servedDistrictIds: string[];
  planYears: number[];
  volume: VolumeDemand;
};

/**
 * Everything "Befolkningsprognos" shows for a plan year: the imported vintages, the chosen one per district ×
 * age group × year, how it differs from the vintage before it, the staffing ratios and direct changes, and the
 * volume change they give for the plan's three years. A population forecast is public data about residents, so
 * every role that reads statistics reads it.
 */
export async function loadPopulationOverview(
  access: OrgAccess,
  input: { planYear: number; vintageYear?: number },
): Promise<PopulationOverview> {
  const organizationId = organizationFor(access, 'read:statistics');
  const db = await getDb();
  const [forecasts, districts, served, ratios, direct, occupations] = await Promise.all([
    db.populationForecast.findMany({
      where: { organizationId },
      orderBy: { vintageYear: 'desc' },
      select: {
        id: true,
        vintageYear: true,
        fileName: true,
        importedAt: true,
        importedByEmail: true,
        _count: { select: { rows: true } },
      },
    }),
    loadDistricts(db),
    db.organizationDistrict.findMany({ where: { organizationId }, select: { districtId: true } }),
    db.staffingRatio.findMany({
      where: { organizationId },
      include: { occupation: { select: { name: true } } },
      orderBy: [{ occupation: { name: 'asc' } }, { ageGroup: 'asc' }, { validFrom: 'asc' }],
    }),
    db.volumeChange.findMany({
      where: { organizationId },
      include: { occupation: { select: { name: true } } },
      orderBy: [{ occupation: { name: 'asc' } }, { year: 'asc' }],
    }),
    db.occupation.findMany({ where: { organizationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  const byId = new Map(districts.map((d) => [d.id, d]));
  const selectedIndex = Math.max(
    0,
    forecasts.findIndex((f) => f.vintageYear === input.vintageYear),
  );
  const selected = forecasts[selectedIndex] ?? null;
  const previous = forecasts[selectedIndex + 1] ?? null;
  const rowsOf = async (forecastId: string): Promise<PopulationPoint[]> =>
    (
      await db.populationForecastRow.findMany({
        where: { forecastId },
        select: { districtId: true, ageGroup: true, year: true, population: true },
      })
    ).map((r) => ({ ...r, population: Number(r.population) }));
  const [selectedRows, previousRows] = await Promise.all([
    selected ? rowsOf(selected.id) : [],
    previous ? rowsOf(previous.id) : [],
  ]);
  const servedIds = [...new Set(served.map((s) => currentDistrictId(s.districtId, byId)))];
  const index = indexPopulation(selectedRows, byId);
  // The förvaltning's districts; before any is chosen, every district the vintage has.
  const shownIds = servedIds.length ? servedIds : index.currentDistrictIds;
  const name = (id: string) => byId.get(id)?.name ?? id;
  const ageGroups = [...index.ageGroups].sort(byAgeGroup);
  const planYears = [input.planYear, input.planYear + 1, input.planYear + 2];
  return {
    vintages: forecasts.map((f) => ({
      vintageYear: f.vintageYear,
      label: vintageLabel(f.vintageYear),
      fileName: f.fileName,
      importedAt: f.importedAt,
      importedBy: f.importedByEmail,
      rowCount: f._count.rows,
    })),
    selected: selected && { vintageYear: selected.vintageYear, label: vintageLabel(selected.vintageYear) },
    table: shownIds.map((districtId) => ({
      districtId,
      district: name(districtId),
      ageGroups,
      years: index.years,
      values: ageGroups.map((ageGroup) => index.years.map((year) => index.residents(districtId, ageGroup, year))),
    })),
    comparison:
      selected && previous
        ? {
            previousLabel: vintageLabel(previous.vintageYear),
            rows: compareVintages({
              current: selectedRows,
              previous: previousRows,
              districts,
              districtIds: shownIds,
            }).map((row) => ({ ...row, district: name(row.districtId) })),
          }
        : null,
    ratios: ratios.map((r) => ({
      id: r.id,
      occupation: r.occupation.name,
      ageGroup: r.ageGroup,
      staff: Number(r.staff),
      perResidents: r.perResidents,
      validFrom: r.validFrom,
    })),
    directChanges: direct.map((d) => ({
      id: d.id,
      occupation: d.occupation.name,
      year: d.year,
      change: Number(d.change),
    })),
    occupations,
    districts: districts.filter((d) => !d.validTo).map((d) => ({ id: d.id, name: d.name })),
    oldDistricts: districts.filter((d) => d.validTo).map((d) => describeDistrict(d, byId)),
    servedDistrictIds: servedIds,
    planYears,
    volume: await loadVolumeDemand(
      access,
      organizationId,
      planYears,
      selected ? { vintage: vintageLabel(selected.vintageYear) } : {},
    ),
  };
}
