import 'server-only';
import type { Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { formatDecimal, formatPercent } from '../format';
import { describeBreakdown, MEASURE_LABELS } from './dashboard/labels';
import { type ImportPreview, type ImportRow, groupLabel } from './import';
import { MEASURE_UNITS } from './measures';

/** How an unknown name in the file is resolved: an existing id, or "create". */
export type NameMapping = Record<string, string>;

export type ImportPlan = {
  checksum: string;
  fileName: string;
  group: ImportPreview['group'];
  groupLabel: string;
  rowCount: number;
  figureCount: number;
  periods: string[];
  unknownDepartments: string[];
  unknownOccupations: string[];
  /** Stored figures (statistics, survey results) for the same measures and periods that the import replaces. */
  replaced: number;
  /** The same file was already imported and its figures are still the current ones. */
  alreadyImported: boolean;
  /** How many figures per measure, and the first figures as they will be stored. */
  byMeasure: { label: string; count: number }[];
  sample: {
    measure: string;
    period: string;
    department: string;
    occupation: string;
    breakdown: string;
    value: string;
  }[];
};

const SAMPLE_SIZE = 12;

function describeFigures(preview: ImportPreview): Pick<ImportPlan, 'byMeasure' | 'sample'> {
  const counts = new Map<string, number>();
  for (const row of preview.rows) {
    const label =
      row.type === 'statistic' || row.type === 'goal'
        ? `${MEASURE_LABELS[row.measure]}${row.type === 'goal' ? ' (mål)' : ''}`
        : 'Medarbetarenkät';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const sample = preview.rows.slice(0, SAMPLE_SIZE).map((row) => {
    if (row.type === 'statistic') {
      const unit = MEASURE_UNITS[row.measure];
      return {
        measure: MEASURE_LABELS[row.measure],
        period: row.tertial ? `${row.year} T${row.tertial}` : String(row.year),
        department: row.department ?? 'Hela förvaltningen',
        occupation: row.occupation ?? '–',
        breakdown: describeBreakdown(row),
        value: unit === 'percent' ? formatPercent(row.value, row.decimals) : formatDecimal(row.value, row.decimals),
      };
    }
    if (row.type === 'goal') {
      return {
        measure: `${MEASURE_LABELS[row.measure]} (mål)`,
        period: String(row.year),
        department: 'Hela förvaltningen',
        occupation: '–',
        breakdown: describeBreakdown(row),
        value: formatPercent(row.value, row.decimals),
      };
    }
    if (row.type === 'surveyResult') {
      return {
        measure: 'Medarbetarenkät',
        period: String(row.year),
        department: row.department ?? 'Hela förvaltningen',
        occupation: '–',
        breakdown: row.label,
        value: formatDecimal(row.value),
      };
    }
    return {
      measure: 'Medarbetarenkät (svar)',
      period: String(row.year),
      department: row.department ?? 'Hela förvaltningen',
      occupation: '–',
      breakdown: 'Svarande av inbjudna',
      value: `${row.responded ?? '–'} av ${row.invited ?? '–'}`,
    };
  });
  return { byMeasure: [...counts].map(([label, count]) => ({ label, count })), sample };
}

export type Tx = Prisma.TransactionClient;

export const key = (name: string) => name.trim().toLocaleLowerCase('sv-SE');

export function statisticRows(preview: ImportPreview) {
  return preview.rows.filter((r): r is Extract<ImportRow, { type: 'statistic' }> => r.type === 'statistic');
}

/** The stored rows an import replaces: same measures, same years (and tertials, where the file has them). */
export function replacedStatisticsWhere(
  organizationId: string,
  preview: ImportPreview,
): Prisma.StaffStatisticWhereInput {
  const scopes = new Map<string, Prisma.StaffStatisticWhereInput>();
  for (const row of statisticRows(preview)) {
    const tertial = row.tertial ?? null;
    scopes.set(`${row.measure}|${row.year}|${tertial}`, { measure: row.measure, year: row.year, tertial });
  }
  return { organizationId, OR: [...scopes.values()] };
}

export function surveyKeys(preview: ImportPreview): { year: number; department: string | null }[] {
  const keys = new Map<string, { year: number; department: string | null }>();
  for (const row of preview.rows) {
    if (row.type === 'surveyResult' || row.type === 'surveyRound') {
      keys.set(`${row.year}|${row.department ?? ''}`, { year: row.year, department: row.department ?? null });
    }
  }
  return [...keys.values()];
}

function periodLabels(preview: ImportPreview): string[] {
  return preview.periods.map((p) => (p.tertial ? `${p.year} T${p.tertial}` : String(p.year)));
}

export async function nameIndex(db: Tx | Db, organizationId: string) {
  const [departments, occupations] = await Promise.all([
    db.department.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.occupation.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  return {
    departments: new Map(departments.map((d) => [key(d.name), d.id])),
    occupations: new Map(occupations.map((o) => [key(o.name), o.id])),
  };
}

/** What confirming would do: unknown names to resolve, and how many stored figures it replaces. */
export async function planImport(db: Db, organizationId: string, preview: ImportPreview): Promise<ImportPlan> {
  const names = await nameIndex(db, organizationId);
  const statistics = statisticRows(preview);
  // Counted per batch in the database: a corrected file may replace 100 000 stored rows.
  const existingByBatch = statistics.length
    ? await db.staffStatistic.groupBy({
        by: ['importBatchId'],
        where: replacedStatisticsWhere(organizationId, preview),
        _count: { _all: true },
      })
    : [];
  const batchIds = existingByBatch.map((g) => g.importBatchId).filter((id): id is string => id !== null);
  const checksums = new Map(
    (await db.importBatch.findMany({ where: { id: { in: batchIds } }, select: { id: true, checksum: true } })).map(
      (b) => [b.id, b.checksum],
    ),
  );
  const existingCount = existingByBatch.reduce((n, g) => n + g._count._all, 0);
  const rounds = await findSurveyRounds(db, organizationId, preview, names.departments);
  const replacedSurvey = rounds.reduce((n, r) => n + r._count.results, 0);
  const sameFile = (checksum: string | undefined) => checksum === preview.checksum;
  const alreadyImported =
    existingCount + rounds.length > 0 &&
    existingByBatch.every((g) => sameFile(g.importBatchId ? checksums.get(g.importBatchId) : undefined)) &&
    rounds.every((round) => sameFile(round.importBatch?.checksum));
  return {
    checksum: preview.checksum,
    fileName: preview.fileName,
    group: preview.group,
    groupLabel: groupLabel(preview.group),
    rowCount: preview.rowCount,
    figureCount: preview.rows.length,
    periods: periodLabels(preview),
    unknownDepartments: preview.departments.filter((d) => !names.departments.has(key(d))),
    unknownOccupations: preview.occupations.filter((o) => !names.occupations.has(key(o))),
    replaced: existingCount + replacedSurvey,
    alreadyImported,
    ...describeFigures(preview),
  };
}

export async function findSurveyRounds(
  db: Tx | Db,
  organizationId: string,
  preview: ImportPreview,
  departments: Map<string, string>,
) {
  const keys = surveyKeys(preview);
  if (keys.length === 0) return [];
  return db.surveyRound.findMany({
    where: {
      organizationId,
      OR: keys.map((k) => ({
        year: k.year,
        departmentId: k.department ? (departments.get(key(k.department)) ?? '') : null,
      })),
    },
    select: { id: true, importBatch: { select: { checksum: true } }, _count: { select: { results: true } } },
  });
}
