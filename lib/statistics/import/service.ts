import 'server-only';
import { recordAudit } from '../../audit';
import { Prisma } from '../../generated/prisma/client';
import { type Db, getDb } from '../../db/client';
import { groupLabel, type ImportPreview, type ImportRow } from '.';
import {
  type ImportAnalysis,
  type NameMapping,
  type Tx,
  analysisIsNoop,
  analyzeImport,
  key,
  nameIndex,
  statisticRows,
  storedFigureOf,
  surveyKeys,
} from './changes';
import { CREATE_NEW_OPTION } from './schemas';
import { insertStatistics } from './bulk-insert';
import {
  PENDING_CHUNK,
  deleteStatistics,
  discardPendingImport,
  discardStaleImports,
  lockOrganizationImports,
} from './pending';
import { surveyResultData } from './survey-data';
import { committedImports } from './visible';
import { organizationFor } from '../../auth/data-access';
import type { OrgAccess } from '../../auth/permissions';

export type CommitResult =
  | { ok: true; unchanged: true }
  | { ok: true; unchanged: false; batchId: string; written: number; replaced: number }
  | { ok: false; error: string };

export type CommitImportInput = {
  organizationId: string;
  user: { id: string; email: string };
  preview: ImportPreview;
  departmentMapping: NameMapping;
  occupationMapping: NameMapping;
  /** Replace every stored figure of the file's measures and periods, also those the file does not name. */
  replaceWhole?: boolean;
  /** Called as rows are written (for the progress bar of large files). */
  onProgress?: (written: number, total: number) => void;
};

/**
 * Writes the import so that it lands whole or not at all, one import per organisation at a time, and so that
 * nobody waits long meanwhile (pending.ts). First the names the user chose to create are created (a short
 * transaction with its audit row; removed again if the import does not land and nothing else uses them). Then the
 * figures are written in short statements under a pending batch that keeps them invisible. Then one short
 * transaction takes the organisation's import lock, re-checks what is stored (another import may have committed
 * meanwhile: the same file confirmed twice is then "unchanged", not doubled), deletes exactly the stored figures
 * with the same key (or whole measures and periods, when asked), makes the batch's figures visible and records the
 * audit entry.
 */
export async function commitImport(db: Db, input: CommitImportInput): Promise<CommitResult> {
  const { organizationId, preview } = input;
  const replaceWhole = input.replaceWhole ?? false;
  const resolution = { department: input.departmentMapping, occupation: input.occupationMapping };
  const names = await nameIndex(db, organizationId);
  const unknown = {
    department: preview.departments.filter((n) => !names.departments.has(key(n))),
    occupation: preview.occupations.filter((n) => !names.occupations.has(key(n))),
  };
  const missing = [
    ...unknown.department.filter((n) => !input.departmentMapping[n]),
    ...unknown.occupation.filter((n) => !input.occupationMapping[n]),
  ];
  if (missing.length) return { ok: false, error: `Välj vad som ska gälla för: ${missing.join(', ')}.` };
  const gone = [
    ...mappedToMissing('Avdelningen', unknown.department, input.departmentMapping, names.departments),
    ...mappedToMissing('Befattningen', unknown.occupation, input.occupationMapping, names.occupations),
  ];
  if (gone.length) return { ok: false, error: gone.join(' ') };
  // A closed department keeps its history but takes no new figures (named in the file or chosen as a mapping).
  const closed = (
    await db.department.findMany({
      where: { organizationId, closedAt: { not: null } },
      select: { id: true, name: true },
    })
  ).filter(
    (d) =>
      preview.departments.some((name) => key(name) === key(d.name)) ||
      Object.values(input.departmentMapping).includes(d.id),
  );
  if (closed.length) {
    return {
      ok: false,
      error: `Avdelningen ${closed.map((d) => d.name).join(', ')} är stängd och tar inte emot nya siffror. Ta bort raderna, välj en öppen avdelning eller be administratören öppna den igen.`,
    };
  }

  const outside = await analyzeImport(db, organizationId, preview, resolution);
  if (analysisIsNoop(outside, replaceWhole)) return { ok: true, unchanged: true };

  await discardStaleImports(db);
  const created = await createChosenNames(db, input, unknown);
  let batchId: string | null = null;
  let committed = false;
  try {
    const index = await nameIndex(db, organizationId);
    const idOf = (ids: Map<string, string>, mapping: NameMapping, name?: string) =>
      name === undefined ? null : (ids.get(key(name)) ?? mapping[name]!);
    const rows = statisticRows(preview).map((r) => ({
      ...storedFigureOf(r, {
        departmentId: idOf(index.departments, input.departmentMapping, r.department),
        occupationId: idOf(index.occupations, input.occupationMapping, r.occupation),
      }),
      population: r.population ?? null,
    }));
    batchId = (
      await db.importBatch.create({
        data: {
          organizationId,
          userId: input.user.id,
          measureGroup: preview.group,
          fileName: preview.fileName,
          checksum: preview.checksum,
          rowCount: preview.rowCount,
          pending: true,
        },
        select: { id: true },
      })
    ).id;
    await insertStatistics(db, organizationId, batchId, rows, {
      chunkSize: PENDING_CHUNK,
      pause: true,
      onProgress: (written) => input.onProgress?.(written, rows.length),
    });
    const result = await db.$transaction(
      (tx) => writeImport(tx, input, { batchId: batchId!, years: measureYears(rows), outside, replaceWhole }),
      { timeout: 300_000, maxWait: 120_000 },
    );
    if (result.ok && !result.unchanged) {
      committed = true;
      if (rows.length + result.replaced >= ANALYZE_AFTER_ROWS) await refreshPlannerStatistics(db);
    }
    return result;
  } catch (error) {
    // A department or occupation removed while the figures were written (they reference it).
    if (isForeignKeyViolation(error)) return { ok: false, error: CHANGED_MEANWHILE };
    throw error;
  } finally {
    if (!committed) {
      if (batchId) await discardPendingImport(db, batchId);
      await removeUnusedNames(db, input, created);
    }
  }
}

const CHANGED_MEANWHILE =
  'Avdelningar eller befattningar ändrades under importen. Förhandsgranska filen igen och bekräfta.';

/** The distinct (measure, year) pairs of rows, for the years list (StatisticYear). */
function measureYears(rows: readonly { measure: string; year: number }[]): { measure: string; year: number }[] {
  const pairs = new Map(rows.map((r) => [`${r.measure}|${r.year}`, { measure: r.measure, year: r.year }]));
  return [...pairs.values()];
}

/**
 * A bulk write changes the table's shape faster than PostgreSQL's autovacuum notices (the planner expected 1 row
 * and met 101 325, issue 10), and the embedded database has no autovacuum at all: refresh the planner's statistics
 * after every large import (after the commit, so the import's lock is not held meanwhile).
 */
const ANALYZE_AFTER_ROWS = 5_000;

export async function refreshPlannerStatistics(db: Db): Promise<void> {
  await db.$executeRawUnsafe('ANALYZE "StaffStatistic", "StatisticYear"');
}

async function writeImport(
  tx: Tx,
  input: CommitImportInput,
  context: {
    batchId: string;
    /** The years of the figures written under the pending batch (the years trigger skips pending figures). */
    years: { measure: string; year: number }[];
    outside: ImportAnalysis;
    replaceWhole: boolean;
  },
): Promise<CommitResult> {
  const { organizationId, preview } = input;
  await lockOrganizationImports(tx, organizationId);
  // Another import committed since the comparison outside the lock: compare again, now that nobody can.
  const analysis =
    (await tx.importBatch.count({ where: committedImports(organizationId) })) === context.outside.version
      ? context.outside
      : await analyzeImport(tx, organizationId, preview, {
          department: input.departmentMapping,
          occupation: input.occupationMapping,
        });
  if (analysisIsNoop(analysis, context.replaceWhole)) return { ok: true, unchanged: true };
  const diff = context.replaceWhole ? analysis.statistics.whole : analysis.statistics.exact;
  const replaced = diff.deleteIds.length + analysis.other.replaced;

  // The flip: from here on the batch's figures are visible (in this transaction, to others at its commit).
  const flipped = await tx.importBatch.updateMany({
    where: { id: context.batchId, pending: true },
    data: { pending: false, replacedCount: replaced, createdAt: new Date() },
  });
  if (flipped.count !== 1) throw new ImportError('Importen avbröts. Förhandsgranska filen igen och bekräfta.');
  await addYears(tx, organizationId, context.years);
  await deleteStatistics(tx, diff.deleteIds);

  for (const goal of preview.rows.filter((r) => r.type === 'goal')) {
    const where = { organizationId, measure: goal.measure, category: goal.category ?? '', year: goal.year };
    const data = {
      value: new Prisma.Decimal(goal.value),
      decimals: goal.decimals ?? null,
      importBatchId: context.batchId,
      origin: 'IMPORT' as const,
      seedDocument: null,
    };
    await tx.statisticGoal.upsert({
      where: { organizationId_measure_category_year: where },
      update: data,
      create: { ...where, ...data },
    });
  }

  const names = await nameIndex(tx, organizationId);
  const departmentId = (name?: string) =>
    name === undefined ? null : (names.departments.get(key(name)) ?? input.departmentMapping[name]!);
  await replaceSurveyRounds(tx, organizationId, context.batchId, preview, departmentId);

  await recordAudit(tx, {
    action: 'statistics.import',
    userId: input.user.id,
    userEmail: input.user.email,
    organizationId,
    entityType: 'ImportBatch',
    entityId: context.batchId,
    details: {
      group: preview.group,
      fileName: preview.fileName,
      rows: preview.rowCount,
      replaced,
      replaceWhole: context.replaceWhole,
    },
  });
  return { ok: true, unchanged: false, batchId: context.batchId, written: preview.rows.length, replaced };
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
        origin: 'IMPORT',
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

/** Names mapped to an existing record that no longer exists (removed since the preview). */
function mappedToMissing(noun: string, unknown: string[], mapping: NameMapping, index: Map<string, string>): string[] {
  const ids = new Set(index.values());
  return unknown
    .filter((name) => mapping[name] !== CREATE_NEW_OPTION && !ids.has(mapping[name]!))
    .map((name) => `${noun} som ${name} skulle kopplas till finns inte.`);
}

type CreatedNames = { departmentIds: string[]; occupationIds: string[] };

/**
 * Creates the departments and occupations the user chose to create, before the figures that name them are
 * written (they reference them). One short transaction with its audit row; a name created meanwhile by someone
 * else is used as it is. Returns what this call created, to remove again if the import does not land.
 */
async function createChosenNames(
  db: Db,
  input: CommitImportInput,
  unknown: { department: string[]; occupation: string[] },
): Promise<CreatedNames> {
  const toCreate = (names: string[], mapping: NameMapping) => [
    ...new Map(names.filter((n) => mapping[n] === CREATE_NEW_OPTION).map((n) => [key(n), n.trim()])).values(),
  ];
  const departments = toCreate(unknown.department, input.departmentMapping);
  const occupations = toCreate(unknown.occupation, input.occupationMapping);
  if (!departments.length && !occupations.length) return { departmentIds: [], occupationIds: [] };
  const { organizationId } = input;
  return db.$transaction(async (tx) => {
    const before = await nameIndex(tx, organizationId);
    const newDepartments = departments.filter((n) => !before.departments.has(key(n)));
    const newOccupations = occupations.filter((n) => !before.occupations.has(key(n)));
    const created: CreatedNames = {
      departmentIds: (
        await tx.department.createManyAndReturn({
          data: newDepartments.map((name) => ({ organizationId, name })),
          select: { id: true },
        })
      ).map((d) => d.id),
      occupationIds: (
        await tx.occupation.createManyAndReturn({
          data: newOccupations.map((name) => ({ organizationId, name })),
          select: { id: true },
        })
      ).map((o) => o.id),
    };
    await recordAudit(tx, {
      action: 'statistics.import.names',
      userId: input.user.id,
      userEmail: input.user.email,
      organizationId,
      entityType: 'Organization',
      entityId: organizationId,
      details: { fileName: input.preview.fileName, departments: newDepartments, occupations: newOccupations },
    });
    return created;
  });
}

/** Removes names an import created when it did not land, unless something has come to use them meanwhile. */
async function removeUnusedNames(db: Db, input: CommitImportInput, created: CreatedNames): Promise<void> {
  if (!created.departmentIds.length && !created.occupationIds.length) return;
  await db.$transaction(async (tx) => {
    const unused = { id: { in: created.departmentIds }, organizationId: input.organizationId };
    const departments = await tx.department.findMany({
      where: {
        ...unused,
        children: { none: {} },
        managerScopes: { none: {} },
        activities: { none: {} },
        planSections: { none: {} },
        statistics: { none: {} },
        surveyRounds: { none: {} },
        gaps: { none: {} },
      },
      select: { id: true, name: true },
    });
    const occupations = await tx.occupation.findMany({
      where: { id: { in: created.occupationIds }, statistics: { none: {} }, gaps: { none: {} } },
      select: { id: true, name: true },
    });
    await tx.department.deleteMany({ where: { id: { in: departments.map((d) => d.id) } } });
    await tx.occupation.deleteMany({ where: { id: { in: occupations.map((o) => o.id) } } });
    await recordAudit(tx, {
      action: 'statistics.import.names-removed',
      userId: input.user.id,
      userEmail: input.user.email,
      organizationId: input.organizationId,
      entityType: 'Organization',
      entityId: input.organizationId,
      details: {
        fileName: input.preview.fileName,
        departments: departments.map((d) => d.name),
        occupations: occupations.map((o) => o.name),
      },
    });
  });
}

/** P2003 from Prisma's own queries; from a raw statement (the set-based insert) the driver's kind, under P2010. */
function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause;
  return error.code === 'P2003' || cause?.kind === 'ForeignKeyConstraintViolation';
}

async function addYears(tx: Tx, organizationId: string, years: { measure: string; year: number }[]): Promise<void> {
  if (!years.length) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "StatisticYear" ("organizationId", "measure", "year")
     SELECT $1, u.measure, u.year FROM unnest($2::text[], $3::int[]) AS u(measure, year) ON CONFLICT DO NOTHING`,
    organizationId,
    years.map((y) => y.measure),
    years.map((y) => y.year),
  );
}

/** An expected refusal inside the transaction (rolls it back); the action turns it into a message. */
export class ImportError extends Error {}

/** The organisation's definition of turnover, shown and edited beside the import. */
export async function getTurnoverDefinition(access: OrgAccess): Promise<string> {
  const organizationId = organizationFor(access, 'import:statistics');
  const db = await getDb();
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  return organization.turnoverDefinition;
}

export async function listImportHistory(access: OrgAccess) {
  const organizationId = organizationFor(access, 'import:statistics');
  const db = await getDb();
  const batches = await db.importBatch.findMany({
    where: committedImports(organizationId),
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
