import 'server-only';
import { type Tx, defineAction } from '../auth/guard';
import { Prisma } from '../generated/prisma/client';
import type { ImportProblem } from '../statistics/import/types';
import { type DistrictInfo, currentDistrictId } from './districts';
import { loadDistricts } from './population-districts';
import { parsePopulationFile } from './population-parse';
import {
  type PopulationPreview,
  importPopulationSchema,
  previewPopulationSchema,
  vintageLabel,
} from './population-schemas';

/**
 * "Importera befolkningsprognos": preview, then confirm. The file is read again on confirming (the form keeps it)
 * and must be the one previewed (checksum). Confirming replaces the vintage whole in one transaction with its audit
 * row, under the organisation's row lock, so two confirmations of the same vintage leave one copy; a double submit
 * returns the first answer (the guard's receipt). Any bad row refuses the whole file and changes nothing.
 */
const FILE_REFUSED = 'Filen kan inte importeras. Inget har sparats. Rätta felen nedan och försök igen.';

const revalidate = ({ context }: { context: { org: { slug: string } } }) => [`/${context.org.slug}/kompetensbehov`];

export const previewPopulationForecastAction = defineAction({
  name: 'needs.population.preview',
  schema: previewPopulationSchema,
  permission: 'import:statistics',
  run: async ({ tx, input, context }) => {
    const read = await readFile(tx, input.file);
    if (!read.ok) return read.failure;
    const { rows, fileName, checksum } = read.forecast;
    const [existing, served] = await Promise.all([
      tx.populationForecast.findUnique({
        where: { organizationId_vintageYear: { organizationId: context.org.id, vintageYear: input.vintageYear } },
        select: { fileName: true, importedAt: true, _count: { select: { rows: true } } },
      }),
      servedDistrictIds(tx, context.org.id, read.districts),
    ]);
    const byId = new Map(read.districts.map((d) => [d.id, d]));
    const sv = (a: string, b: string) => a.localeCompare(b, 'sv-SE');
    const data: PopulationPreview = {
      vintage: vintageLabel(input.vintageYear),
      vintageYear: input.vintageYear,
      fileName,
      checksum,
      rowCount: rows.length,
      districts: [...new Set(rows.map((r) => byId.get(r.districtId)?.name ?? r.districtId))].sort(sv),
      ageGroups: [...new Set(rows.map((r) => r.ageGroup))],
      years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
      otherDistrictRows: rows.filter((r) => !served.has(r.districtId)).length,
      replaces: existing
        ? { rowCount: existing._count.rows, importedAt: existing.importedAt.toISOString(), fileName: existing.fileName }
        : null,
    };
    return { ok: true, data, audit: [] };
  },
});

export const importPopulationForecastAction = defineAction({
  name: 'needs.population.import',
  schema: importPopulationSchema,
  permission: 'import:statistics',
  run: async ({ tx, input, context }) => {
    const read = await readFile(tx, input.file);
    if (!read.ok) return read.failure;
    const { forecast } = read;
    if (forecast.checksum !== input.checksum) {
      return {
        ok: false,
        error: 'Filen har ändrats sedan förhandsgranskningen. Förhandsgranska den igen.',
        code: 'conflict',
      };
    }
    // One import of the organisation's forecasts at a time: a second confirmation waits, then replaces the first.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${context.org.id} FOR UPDATE`;
    const key = { organizationId: context.org.id, vintageYear: input.vintageYear };
    const before = await tx.populationForecast.findUnique({
      where: { organizationId_vintageYear: key },
      select: { id: true, fileName: true, checksum: true, _count: { select: { rows: true } } },
    });
    if (before) await tx.populationForecast.delete({ where: { id: before.id } });
    const saved = await tx.populationForecast.create({
      data: { ...key, fileName: forecast.fileName, checksum: forecast.checksum, importedByEmail: context.viewer.email },
    });
    await tx.populationForecastRow.createMany({
      data: forecast.rows.map((row) => ({
        ...row,
        forecastId: saved.id,
        population: new Prisma.Decimal(row.population),
      })),
    });
    const vintage = vintageLabel(input.vintageYear);
    return {
      ok: true,
      data: {
        message: before
          ? `Befolkningsprognosen "${vintage}" är ersatt: ${forecast.rows.length} rader sparade, ${before._count.rows} tidigare rader ersatta.`
          : `Befolkningsprognosen "${vintage}" är importerad: ${forecast.rows.length} rader sparade.`,
      },
      audit: {
        entityType: 'PopulationForecast',
        entityId: saved.id,
        details: {
          vintage,
          before: before ? { fileName: before.fileName, checksum: before.checksum, rows: before._count.rows } : null,
          after: { fileName: forecast.fileName, checksum: forecast.checksum, rows: forecast.rows.length },
        },
      },
    };
  },
  revalidate,
});

async function readFile(tx: Tx, file: File) {
  const districts = await loadDistricts(tx);
  const parsed = await parsePopulationFile({
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
    districts,
  });
  if (!parsed.ok) {
    const failure = {
      ok: false as const,
      error: FILE_REFUSED,
      fieldErrors: { file: parsed.problems.map(describeProblem) },
      code: 'invalid' as const,
    };
    return { ok: false as const, failure };
  }
  return { ok: true as const, forecast: parsed.forecast, districts };
}

/** "Rad 3, kolumn Antal: Antalet kan inte vara negativt (-5)." */
export function describeProblem(problem: ImportProblem): string {
  const where = [problem.row && `Rad ${problem.row}`, problem.column && `kolumn ${problem.column}`].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

async function servedDistrictIds(
  tx: Tx,
  organizationId: string,
  districts: readonly DistrictInfo[],
): Promise<Set<string>> {
  const served = await tx.organizationDistrict.findMany({ where: { organizationId }, select: { districtId: true } });
  const ids = new Set(served.map((s) => s.districtId));
  // Old districts that became one the förvaltning serves count as its own (Norrmalm for Norra innerstaden).
  const byId = new Map(districts.map((d) => [d.id, d]));
  for (const district of districts) {
    if (ids.has(currentDistrictId(district.id, byId))) ids.add(district.id);
  }
  return ids;
}
