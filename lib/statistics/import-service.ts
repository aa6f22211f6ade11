import 'server-only';
import type { Db } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { recordAudit } from '../audit';
import { type ImportPreview, type ImportRow, groupLabel } from './import';
import { insertStatistics } from './bulk-insert';
import { surveyResultData } from './survey-data';
import { CREATE_NEW_OPTION } from './import-schemas';
import { describeBreakdown, MEASURE_LABELS } from './dashboard/labels';
import { MEASURE_UNITS } from './measures';
import { formatDecimal, formatPercent } from '../format';

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

type Tx = Prisma.TransactionClient;

const key = (name: string) => name.trim().toLocaleLowerCase('sv-SE');

function statisticRows(preview: ImportPreview) {
  return preview.rows.filter((r): r is Extract<ImportRow, { type: 'statistic' }> => r.type === 'statistic');
}

/** The stored rows an import replaces: same measures, same years (and tertials, where the file has them). */
function replacedStatisticsWhere(organizationId: string, preview: ImportPreview): Prisma.StaffStatisticWhereInput {
  const scopes = new Map<string, Prisma.StaffStatisticWhereInput>();
  for (const row of statisticRows(preview)) {
    const tertial = row.tertial ?? null;
    scopes.set(`${row.measure}|${row.year}|${tertial}`, { measure: row.measure, year: row.year, tertial });
  }
  return { organizationId, OR: [...scopes.values()] };
}

function surveyKeys(preview: ImportPreview): { year: number; department: string | null }[] {
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

async function nameIndex(db: Tx | Db, organizationId: string) {
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

async function findSurveyRounds(
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

export type CommitResult =
  | { ok: true; unchanged: true }
  | { ok: true; unchanged: false; batchId: string; written: number; replaced: number }
  | { ok: false; error: string };

/**
 * Writes the import in one transaction: resolves names (creating where asked), replaces the figures for the
 * same measures and periods, and records the batch and an audit entry. Nothing is written on any error.
 */
export async function commitImport(
  db: Db,
  input: {
    organizationId: string;
    user: { id: string; email: string };
    preview: ImportPreview;
    departmentMapping: NameMapping;
    occupationMapping: NameMapping;
    /** Called as rows are written (for the progress bar of large files). */
    onProgress?: (written: number, total: number) => void;
  },
): Promise<CommitResult> {
  const { organizationId, preview } = input;
  const plan = await planImport(db, organizationId, preview);
  if (plan.alreadyImported) return { ok: true, unchanged: true };
  const missing = [
    ...plan.unknownDepartments.filter((n) => !input.departmentMapping[n]),
    ...plan.unknownOccupations.filter((n) => !input.occupationMapping[n]),
  ];
  if (missing.length) return { ok: false, error: `Välj vad som ska gälla för: ${missing.join(', ')}.` };

  return db.$transaction(
    async (tx) => {
      const names = await nameIndex(tx, organizationId);
      await resolveUnknownNames(plan.unknownDepartments, input.departmentMapping, names.departments, {
        noun: 'Avdelningen',
        create: async (name) => (await tx.department.create({ data: { organizationId, name } })).id,
      });
      await resolveUnknownNames(plan.unknownOccupations, input.occupationMapping, names.occupations, {
        noun: 'Befattningen',
        create: async (name) => (await tx.occupation.create({ data: { organizationId, name } })).id,
      });
      const departmentId = (name?: string) => (name === undefined ? null : names.departments.get(key(name))!);
      const occupationId = (name?: string) => (name === undefined ? null : names.occupations.get(key(name))!);

      const batch = await tx.importBatch.create({
        data: {
          organizationId,
          userId: input.user.id,
          measureGroup: preview.group,
          fileName: preview.fileName,
          checksum: preview.checksum,
          rowCount: preview.rowCount,
          replacedCount: plan.replaced,
        },
      });

      const statistics = statisticRows(preview);
      if (statistics.length) {
        await tx.staffStatistic.deleteMany({ where: replacedStatisticsWhere(organizationId, preview) });
        await insertStatistics(
          tx,
          organizationId,
          batch.id,
          statistics.map((r) => ({
            measure: r.measure,
            year: r.year,
            tertial: r.tertial ?? null,
            departmentId: departmentId(r.department),
            occupationId: occupationId(r.occupation),
            employmentForm: r.employmentForm ?? null,
            gender: r.gender ?? null,
            ageBand: r.ageBand ?? null,
            category: r.category ?? null,
            subcategory: r.subcategory ?? null,
            value: r.value,
            decimals: r.decimals ?? null,
            population: r.population ?? null,
          })),
          (written) => input.onProgress?.(written, statistics.length),
        );
      }

      for (const goal of preview.rows.filter((r) => r.type === 'goal')) {
        const where = { organizationId, measure: goal.measure, category: goal.category ?? '', year: goal.year };
        const data = { value: new Prisma.Decimal(goal.value), decimals: goal.decimals ?? null };
        await tx.statisticGoal.upsert({
          where: { organizationId_measure_category_year: where },
          update: data,
          create: { ...where, ...data },
        });
      }

      await replaceSurveyRounds(tx, organizationId, batch.id, preview, departmentId);

      await recordAudit(tx, {
        action: 'statistics.import',
        userId: input.user.id,
        userEmail: input.user.email,
        organizationId,
        entityType: 'ImportBatch',
        entityId: batch.id,
        details: { group: preview.group, fileName: preview.fileName, rows: preview.rowCount, replaced: plan.replaced },
      });
      return {
        ok: true as const,
        unchanged: false as const,
        batchId: batch.id,
        written: preview.rows.length,
        replaced: plan.replaced,
      };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

async function replaceSurveyRounds(
  tx: Tx,
  organizationId: string,
  batchId: string,
  preview: ImportPreview,
  departmentId: (name?: string) => string | null,
): Promise<void> {
  for (const { year, department } of surveyKeys(preview)) {
    const inRound = (r: ImportRow) =>
      (r.type === 'surveyResult' || r.type === 'surveyRound') &&
      r.year === year &&
      (r.department ?? null) === department;
    const rows = preview.rows.filter(inRound);
    const round = rows.find((r) => r.type === 'surveyRound');
    const id = departmentId(department ?? undefined);
    await tx.surveyRound.deleteMany({ where: { organizationId, year, departmentId: id } });
    await tx.surveyRound.create({
      data: {
        organizationId,
        departmentId: id,
        importBatchId: batchId,
        year,
        invited: round?.type === 'surveyRound' ? (round.invited ?? null) : null,
        responded: round?.type === 'surveyRound' ? (round.responded ?? null) : null,
        results: {
          create: rows.flatMap((r) => (r.type === 'surveyResult' ? [surveyResultData(r)] : [])),
        },
      },
    });
  }
}

/** Adds each unknown name to the index: a new record, or the existing one the user mapped it to. */
async function resolveUnknownNames(
  unknown: string[],
  mapping: NameMapping,
  index: Map<string, string>,
  target: { noun: string; create: (name: string) => Promise<string> },
): Promise<void> {
  const existing = new Set(index.values());
  for (const name of unknown) {
    const choice = mapping[name]!;
    if (choice === CREATE_NEW_OPTION) index.set(key(name), await target.create(name.trim()));
    else if (existing.has(choice)) index.set(key(name), choice);
    else throw new ImportError(`${target.noun} som ${name} skulle kopplas till finns inte.`);
  }
}

/** An expected refusal inside the transaction (rolls it back); the action turns it into a message. */
export class ImportError extends Error {}

export async function listImportHistory(db: Db, organizationId: string) {
  const batches = await db.importBatch.findMany({
    where: { organizationId },
    orderBy: { createdAt: 'desc' },
    take: 50,
    include: { user: { select: { name: true, email: true } } },
  });
  return batches.map((b) => ({
    id: b.id,
    createdAt: b.createdAt,
    user: b.user?.name ?? 'Borttagen användare',
    fileName: b.fileName,
    group: groupLabel(b.measureGroup as ImportPreview['group']),
    checksum: b.checksum,
    rowCount: b.rowCount,
    replacedCount: b.replacedCount,
  }));
}
