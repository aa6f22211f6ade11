import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit';
import { Prisma } from '../generated/prisma/client';
import type { Db } from '../db/client';
import { groupLabel, type ImportPreview, type ImportRow } from './import';
import {
  type ImportAnalysis,
  type NameMapping,
  type Tx,
  analysisIsNoop,
  analyzeImport,
  key,
  nameIndex,
  statisticRows,
  surveyKeys,
} from './import-plan';
import { CREATE_NEW_OPTION } from './import-schemas';
import {
  deleteStatistics,
  discardStaging,
  discardStaleStaging,
  lockOrganizationImports,
  moveStagedStatistics,
  stageStatistics,
} from './import-staging';
import { surveyResultData } from './survey-data';

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
 * Writes the import atomically and one import per organisation at a time. The statistic rows are staged
 * first in short statements (import-staging.ts); then one short transaction takes the organisation's import
 * lock, re-checks what is stored (another import may have committed meanwhile: the same file confirmed twice
 * is then "unchanged", not doubled), resolves names (creating where asked), replaces exactly the stored
 * figures with the same key (or whole measures and periods, when asked), and records the batch and an audit
 * entry. Nothing is written on any error.
 */
export async function commitImport(db: Db, input: CommitImportInput): Promise<CommitResult> {
  const { organizationId, preview } = input;
  const replaceWhole = input.replaceWhole ?? false;
  const resolution = { department: input.departmentMapping, occupation: input.occupationMapping };
  const names = await nameIndex(db, organizationId);
  const missing = [
    ...preview.departments.filter((n) => !names.departments.has(key(n)) && !input.departmentMapping[n]),
    ...preview.occupations.filter((n) => !names.occupations.has(key(n)) && !input.occupationMapping[n]),
  ];
  if (missing.length) return { ok: false, error: `Välj vad som ska gälla för: ${missing.join(', ')}.` };
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

  const statistics = statisticRows(preview);
  const stagingId = randomUUID();
  // Ids for every name up front: existing, mapped, or chosen now for a record created in the final transaction.
  const planned = {
    department: plannedIds(preview.departments, names.departments, input.departmentMapping),
    occupation: plannedIds(preview.occupations, names.occupations, input.occupationMapping),
  };
  const idOf = (ids: Map<string, string>, name?: string) => (name === undefined ? null : ids.get(key(name))!);
  await discardStaleStaging(db);
  try {
    await stageStatistics(
      db,
      stagingId,
      statistics.map((r) => ({
        measure: r.measure,
        year: r.year,
        tertial: r.tertial ?? null,
        departmentId: idOf(planned.department, r.department),
        occupationId: idOf(planned.occupation, r.occupation),
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
    const result = await db.$transaction(
      (tx) => writeImport(tx, input, { stagingId, outside, replaceWhole, planned }),
      { timeout: 300_000, maxWait: 120_000 },
    );
    if (result.ok && !result.unchanged && statistics.length + result.replaced >= ANALYZE_AFTER_ROWS) {
      await refreshPlannerStatistics(db);
    }
    return result;
  } finally {
    await discardStaging(db, stagingId, statistics.length);
  }
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
    stagingId: string;
    outside: ImportAnalysis;
    replaceWhole: boolean;
    planned: { department: Map<string, string>; occupation: Map<string, string> };
  },
): Promise<CommitResult> {
  const { organizationId, preview } = input;
  await lockOrganizationImports(tx, organizationId);
  // Another import committed since the comparison outside the lock: compare again, now that nobody can.
  const analysis =
    (await tx.importBatch.count({ where: { organizationId } })) === context.outside.version
      ? context.outside
      : await analyzeImport(tx, organizationId, preview, {
          department: input.departmentMapping,
          occupation: input.occupationMapping,
        });
  if (analysisIsNoop(analysis, context.replaceWhole)) return { ok: true, unchanged: true };
  const diff = context.replaceWhole ? analysis.statistics.whole : analysis.statistics.exact;
  const replaced = diff.deleteIds.length + analysis.other.replaced;

  const names = await nameIndex(tx, organizationId);
  const unknownDepartments = preview.departments.filter((n) => !names.departments.has(key(n)));
  const unknownOccupations = preview.occupations.filter((n) => !names.occupations.has(key(n)));
  await resolveUnknownNames(unknownDepartments, input.departmentMapping, names.departments, {
    noun: 'Avdelningen',
    create: async (name) =>
      (await tx.department.create({ data: { id: context.planned.department.get(key(name))!, organizationId, name } }))
        .id,
  });
  await resolveUnknownNames(unknownOccupations, input.occupationMapping, names.occupations, {
    noun: 'Befattningen',
    create: async (name) =>
      (await tx.occupation.create({ data: { id: context.planned.occupation.get(key(name))!, organizationId, name } }))
        .id,
  });
  // The staged rows carry the ids chosen before the lock: a name another import created meanwhile has another.
  for (const [kind, planned, index] of [
    ['Avdelningen', context.planned.department, names.departments],
    ['Befattningen', context.planned.occupation, names.occupations],
  ] as const) {
    for (const [name, id] of planned) {
      if (index.get(name) !== id) {
        throw new ImportError(`${kind} ${name} har ändrats under importen. Förhandsgranska filen igen och bekräfta.`);
      }
    }
  }
  const departmentId = (name?: string) => (name === undefined ? null : names.departments.get(key(name))!);

  const batch = await tx.importBatch.create({
    data: {
      organizationId,
      userId: input.user.id,
      measureGroup: preview.group,
      fileName: preview.fileName,
      checksum: preview.checksum,
      rowCount: preview.rowCount,
      replacedCount: replaced,
    },
  });

  await deleteStatistics(tx, diff.deleteIds);
  const statistics = statisticRows(preview);
  if (statistics.length) {
    await moveStagedStatistics(tx, {
      stagingId: context.stagingId,
      organizationId,
      importBatchId: batch.id,
      rowCount: statistics.length,
    });
  }

  for (const goal of preview.rows.filter((r) => r.type === 'goal')) {
    const where = { organizationId, measure: goal.measure, category: goal.category ?? '', year: goal.year };
    const data = {
      value: new Prisma.Decimal(goal.value),
      decimals: goal.decimals ?? null,
      importBatchId: batch.id,
      origin: 'IMPORT' as const,
      seedDocument: null,
    };
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
    details: {
      group: preview.group,
      fileName: preview.fileName,
      rows: preview.rowCount,
      replaced,
      replaceWhole: context.replaceWhole,
    },
  });
  input.onProgress?.(statistics.length, statistics.length);
  return { ok: true, unchanged: false, batchId: batch.id, written: preview.rows.length, replaced };
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

/** The id of each name (by key): the stored one, the one it is mapped to, or a new id for one to create. */
function plannedIds(names: string[], index: Map<string, string>, mapping: NameMapping): Map<string, string> {
  return new Map(
    names.map((name) => {
      const existing = index.get(key(name));
      const choice = mapping[name];
      return [key(name), existing ?? (choice && choice !== CREATE_NEW_OPTION ? choice : randomUUID())];
    }),
  );
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
