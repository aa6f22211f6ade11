import 'server-only';
import { recordAudit } from '../audit';
import { Prisma } from '../generated/prisma/client';
import type { Db } from '../db/client';
import { insertStatistics } from './bulk-insert';
import { groupLabel, type ImportPreview, type ImportRow } from './import';
import {
  type NameMapping,
  type Tx,
  key,
  nameIndex,
  planImport,
  replacedStatisticsWhere,
  statisticRows,
  surveyKeys,
} from './import-plan';
import { CREATE_NEW_OPTION } from './import-schemas';
import { surveyResultData } from './survey-data';

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
