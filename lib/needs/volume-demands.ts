import 'server-only';
import type { Db } from '../db/client';
import type { Tx } from '../auth/guard';
import { type DistrictInfo, currentDistrictId } from './districts';
import { loadDistricts } from './population-districts';
import { vintageLabel } from './population-schemas';
import { type PopulationPoint, indexPopulation, residentsOf } from './population-series';
import {
  type DirectChangeInput,
  type StaffingRatioInput,
  type VolumeSource,
  computeVolumeDemand,
} from './volume-demand';

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

type VolumeInputs = {
  forecast: { vintageYear: number; rows: PopulationPoint[] } | null;
  ratios: StaffingRatioInput[];
  direct: DirectChangeInput[];
  occupations: { id: string; name: string }[];
  served: string[];
};

/**
 * The volume demand (volume.ts, volumeDemandOf) of several förvaltningar, their inputs read in one set of queries
 * rather than one per förvaltning (the whole city's forecast, npm run bench:needs). Without the caller's access:
 * only for reads that authorized already.
 */
export async function volumeDemandsOf(
  db: Db | Tx,
  organizationIds: string[],
  years: number[],
  options: { vintage?: string } = {},
): Promise<Map<string, VolumeDemand>> {
  const [inputs, districts] = await Promise.all([
    loadVolumeInputs(db, organizationIds, options.vintage),
    loadDistricts(db),
  ]);
  const byId = new Map(districts.map((d) => [d.id, d]));
  return new Map(organizationIds.map((id) => [id, volumeDemandFrom(inputs.get(id)!, byId, years, options)]));
}

function volumeDemandFrom(
  { forecast, ratios, direct, occupations, served }: VolumeInputs,
  byId: ReadonlyMap<string, DistrictInfo>,
  years: number[],
  options: { vintage?: string },
): VolumeDemand {
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

/** Each förvaltning's newest forecast (or the vintage asked for), ratios, direct changes, occupations, districts. */
async function loadVolumeInputs(
  db: Db | Tx,
  organizationIds: string[],
  vintage: string | undefined,
): Promise<Map<string, VolumeInputs>> {
  const vintageYear = vintage ? Number(VINTAGE.exec(vintage.trim())?.[1] ?? Number.NaN) : null;
  const inOrganizations = { organizationId: { in: organizationIds } };
  const [forecasts, ratios, direct, occupations, served] = await Promise.all([
    vintageYear !== null && Number.isNaN(vintageYear)
      ? []
      : db.populationForecast.findMany({
          where: { ...inOrganizations, ...(vintageYear !== null ? { vintageYear } : {}) },
          orderBy: { vintageYear: 'desc' },
          select: { id: true, organizationId: true, vintageYear: true },
        }),
    db.staffingRatio.findMany({ where: inOrganizations }),
    db.volumeChange.findMany({ where: inOrganizations }),
    db.occupation.findMany({ where: inOrganizations, select: { id: true, name: true, organizationId: true } }),
    db.organizationDistrict.findMany({ where: inOrganizations, select: { organizationId: true, districtId: true } }),
  ]);
  const newest = new Map<string, (typeof forecasts)[number]>();
  for (const f of forecasts) if (!newest.has(f.organizationId)) newest.set(f.organizationId, f);
  const rows = newest.size
    ? await db.populationForecastRow.findMany({
        where: { forecastId: { in: [...newest.values()].map((f) => f.id) } },
        select: { forecastId: true, districtId: true, ageGroup: true, year: true, population: true },
      })
    : [];
  const out = new Map<string, VolumeInputs>();
  for (const id of organizationIds) {
    const forecast = newest.get(id);
    out.set(id, {
      forecast: forecast
        ? {
            vintageYear: forecast.vintageYear,
            rows: rows
              .filter((r) => r.forecastId === forecast.id)
              .map((r): PopulationPoint => ({
                districtId: r.districtId,
                ageGroup: r.ageGroup,
                year: r.year,
                population: Number(r.population),
              })),
          }
        : null,
      ratios: ratios.filter((r) => r.organizationId === id).map((r) => ({ ...r, staff: Number(r.staff) })),
      direct: direct.filter((d) => d.organizationId === id).map((d) => ({ ...d, change: Number(d.change) })),
      occupations: occupations.filter((o) => o.organizationId === id).map(({ id, name }) => ({ id, name })),
      served: served.filter((s) => s.organizationId === id).map((s) => s.districtId),
    });
  }
  return out;
}
