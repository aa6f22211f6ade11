import 'server-only';
import { DataAccessDenied, organizationFor } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';
import { type Db, getDb } from '../db/client';
import type { Tx } from '../auth/guard';
import { type DistrictInfo, currentDistrictId } from './districts';
import { loadDistricts } from './population-districts';
import { vintageLabel } from './population-schemas';
import { type PopulationPoint, indexPopulation, residentsOf } from './population-series';
import { type VolumeSource, computeVolumeDemand } from './volume-demand';

export type VolumeDemand = {
  /** "prognos 2025", the vintage the demand comes from; null when none is imported. */
  vintage: string | null;
  /** occupationId → year → change in staff; null when nothing is known. A year left out is unknown, never 0. */
  demand: Map<string, Map<number, number>> | null;
  /** 'direct' when any occupation uses a change HR stated directly (it wins over ratios), else 'ratio'. */
  source: VolumeSource | null;
  sourceByOccupation: Map<string, VolumeSource>;
  baseYear: number | null;
  notes: string[];
};

/**
 * The volume change per occupation and year for the recruitment need (issue 19, "Volymförändring"): the
 * förvaltning's staffing ratios applied to the newest forecast (or the vintage asked for) of the districts it
 * serves, or the changes HR stated directly. The arithmetic is computeVolumeDemand (volume-demand.ts).
 */
export async function loadVolumeDemand(
  access: OrgAccess,
  organizationId: string,
  years: number[],
  options: { vintage?: string } = {},
): Promise<VolumeDemand> {
  if (organizationFor(access, 'read:statistics') !== organizationId) throw new DataAccessDenied('membership');
  return volumeDemandOf(await getDb(), organizationId, years, options);
}

/**
 * The same without the caller's access, in the caller's transaction: for reads that authorized already (the
 * recruitment-need forecast of a page, and the plan's live forecast tables while a snapshot is frozen).
 */
export async function volumeDemandOf(
  db: Db | Tx,
  organizationId: string,
  years: number[],
  options: { vintage?: string } = {},
): Promise<VolumeDemand> {
  const [inputs, districts] = await Promise.all([
    loadVolumeInputs(db, organizationId, options.vintage),
    loadDistricts(db),
  ]);
  const { forecast, ratios, direct, occupations, served } = inputs;
  const byId = new Map(districts.map((d) => [d.id, d]));
  const notes: string[] = [];
  let residents: ((ageGroup: string, year: number) => number | null) | null = null;
  let forecastFirstYear: number | null = null;
  if (forecast) {
    const index = indexPopulation(forecast.rows, byId);
    const districtIds = currentDistricts(served, byId);
    if (districtIds.length === 0) {
      notes.push('Förvaltningen har inga stadsdelsområden valda: prognosen kan inte kopplas till den.');
    } else {
      residents = (ageGroup, year) => residentsOf(index, districtIds, ageGroup, year);
      forecastFirstYear = index.years[0] ?? null;
    }
  } else if (options.vintage) {
    notes.push(`Befolkningsprognosen "${options.vintage}" finns inte.`);
  }
  const names = new Map(occupations.map((o) => [o.id, o.name]));
  const result = computeVolumeDemand({
    years,
    residents,
    forecastFirstYear,
    ratios,
    direct,
    occupationName: (id) => names.get(id) ?? id,
  });
  const sources = [...result.sourceByOccupation.values()];
  return {
    vintage: forecast ? vintageLabel(forecast.vintageYear) : null,
    demand: result.demand.size > 0 ? result.demand : null,
    source: sources.includes('direct') ? 'direct' : sources.includes('ratio') ? 'ratio' : null,
    sourceByOccupation: result.sourceByOccupation,
    baseYear: result.baseYear,
    notes: [...notes, ...result.notes],
  };
}

/** The districts the förvaltning serves, as they are today (an old district chosen counts as its successor). */
function currentDistricts(served: readonly string[], byId: ReadonlyMap<string, DistrictInfo>): string[] {
  return [...new Set(served.map((id) => currentDistrictId(id, byId)))];
}

const VINTAGE = /^prognos (\d{4})$/;

async function loadVolumeInputs(db: Db | Tx, organizationId: string, vintage: string | undefined) {
  const vintageYear = vintage ? Number(VINTAGE.exec(vintage.trim())?.[1] ?? Number.NaN) : null;
  const [forecast, ratios, direct, occupations, served] = await Promise.all([
    vintageYear !== null && Number.isNaN(vintageYear)
      ? null
      : db.populationForecast.findFirst({
          where: { organizationId, ...(vintageYear !== null ? { vintageYear } : {}) },
          orderBy: { vintageYear: 'desc' },
          select: {
            vintageYear: true,
            rows: { select: { districtId: true, ageGroup: true, year: true, population: true } },
          },
        }),
    db.staffingRatio.findMany({ where: { organizationId } }),
    db.volumeChange.findMany({ where: { organizationId } }),
    db.occupation.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.organizationDistrict.findMany({ where: { organizationId }, select: { districtId: true } }),
  ]);
  return {
    forecast: forecast && {
      vintageYear: forecast.vintageYear,
      rows: forecast.rows.map((r): PopulationPoint => ({ ...r, population: Number(r.population) })),
    },
    ratios: ratios.map((r) => ({ ...r, staff: Number(r.staff) })),
    direct: direct.map((d) => ({ ...d, change: Number(d.change) })),
    occupations,
    served: served.map((s) => s.districtId),
  };
}
