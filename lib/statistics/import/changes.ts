import 'server-only';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import { formatDecimal, formatPercent } from '../../format';
import { describeBreakdown, MEASURE_LABELS } from '../dashboard/labels';
import { type ImportPreview, type ImportRow, groupLabel } from '.';
import { type FigureDiff, type FileFigure, type StoredFigure, diffFigures, isNoop } from './diff';
import { type Measure, MEASURE_UNITS } from '../measures';
import { FIGURE_FIELDS } from '../rows-query';
import type { ImportCoverage } from './coverage';
import { importCoverage } from './coverage-query';
import { committedImports, organizationFigures } from './visible';
import { organizationFor } from '../../auth/data-access';
import type { OrgAccess } from '../../auth/permissions';

/** How the change lists name figures of the organisation as a whole (no department). */
const WHOLE = 'Hela förvaltningen';

/** How an unknown name in the file is resolved: an existing id, or "create". */
export type NameMapping = Record<string, string>;

export type ImportChanges = {
  checksum: string;
  fileName: string;
  group: ImportPreview['group'];
  groupLabel: string;
  rowCount: number;
  figureCount: number;
  periods: string[];
  unknownDepartments: string[];
  unknownOccupations: string[];
  /** Stored figures (statistics, goals, survey results) with the same key that the import replaces. */
  replaced: number;
  /** …and when the user chooses to replace whole measures and periods (the figures the file does not name go too). */
  replacedWhole: number;
  /** Nothing would change: every figure is already stored with the same value. */
  alreadyImported: boolean;
  /** A file with the same checksum was imported before. */
  sameFileImported: boolean;
  /** Each stored value that changes (old → new), by department; capped at CHANGE_LIST_LIMIT. */
  changes: FigureChangeLine[];
  changeCount: number;
  /** Each stored value that goes only if whole measures and periods are replaced; capped likewise. */
  removals: FigureChangeLine[];
  removalCount: number;
  /** What the file covers against the previous year (departments, figures, totals), with its warnings. */
  coverage: ImportCoverage;
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

export type FigureChangeLine = {
  department: string;
  measure: string;
  period: string;
  breakdown: string;
  before: string;
  /** null: the value goes. */
  after: string | null;
};

const SAMPLE_SIZE = 12;
export const CHANGE_LIST_LIMIT = 200;

function formatFigure(measure: string, value: number, decimals: number | null): string {
  return MEASURE_UNITS[measure as Measure] === 'percent'
    ? formatPercent(value, decimals)
    : formatDecimal(value, decimals);
}

function describeFigures(preview: ImportPreview): Pick<ImportChanges, 'byMeasure' | 'sample'> {
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
      return {
        measure: MEASURE_LABELS[row.measure],
        period: row.tertial ? `${row.year} T${row.tertial}` : String(row.year),
        department: row.department ?? WHOLE,
        occupation: row.occupation ?? '–',
        breakdown: describeBreakdown(row),
        value: formatFigure(row.measure, row.value, row.decimals ?? null),
      };
    }
    if (row.type === 'goal') {
      return {
        measure: `${MEASURE_LABELS[row.measure]} (mål)`,
        period: String(row.year),
        department: WHOLE,
        occupation: '–',
        breakdown: describeBreakdown(row),
        value: formatPercent(row.value, row.decimals),
      };
    }
    if (row.type === 'surveyResult') {
      return {
        measure: 'Medarbetarenkät',
        period: String(row.year),
        department: row.department ?? WHOLE,
        occupation: '–',
        breakdown: row.label,
        value: formatDecimal(row.value),
      };
    }
    return {
      measure: 'Medarbetarenkät (svar)',
      period: String(row.year),
      department: row.department ?? WHOLE,
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

type StatisticRow = ReturnType<typeof statisticRows>[number];

/** A file row's figure as stored (every dimension null where the file gives none), named by ids. */
export function storedFigureOf(row: StatisticRow, ids: { departmentId: string | null; occupationId: string | null }) {
  return {
    measure: row.measure,
    year: row.year,
    tertial: row.tertial ?? null,
    ...ids,
    employmentForm: row.employmentForm ?? null,
    gender: row.gender ?? null,
    ageBand: row.ageBand ?? null,
    category: row.category ?? null,
    subcategory: row.subcategory ?? null,
    value: row.value,
    decimals: row.decimals ?? null,
  };
}

/** The measures and periods of the file (what "replace whole measures and periods" covers). */
export function statisticScopesWhere(organizationId: string, preview: ImportPreview): Prisma.StaffStatisticWhereInput {
  const scopes = new Map<string, Prisma.StaffStatisticWhereInput>();
  for (const row of statisticRows(preview)) {
    const tertial = row.tertial ?? null;
    scopes.set(`${row.measure}|${row.year}|${tertial}`, { measure: row.measure, year: row.year, tertial });
  }
  return { ...organizationFigures(organizationId), OR: [...scopes.values()] };
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

const STORED_SLICE = 5_000;
const STORED_FIELDS = { id: true, ...FIGURE_FIELDS } as const satisfies Prisma.StaffStatisticSelect;

/**
 * The stored figures an import compares with, read in slices by id with the event loop free between them:
 * reading 100 000 rows in one query held the server (and the embedded database, which runs in this thread)
 * for seconds while other users waited.
 */
type StoredRow = Prisma.StaffStatisticGetPayload<{ select: typeof STORED_FIELDS }>;

async function readStoredInSlices<T>(
  db: Tx | Db,
  where: Prisma.StaffStatisticWhereInput,
  convert: (row: StoredRow) => T,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | undefined;
  for (;;) {
    const slice = await db.staffStatistic.findMany({
      where: after === undefined ? where : { AND: [where, { id: { gt: after } }] },
      select: STORED_FIELDS,
      orderBy: { id: 'asc' },
      take: STORED_SLICE,
    });
    for (const row of slice) rows.push(convert(row)); // slice by slice: Prisma's rows are garbage at once
    if (slice.length < STORED_SLICE) return rows;
    after = slice.at(-1)!.id;
    await yieldToEventLoop();
  }
}

export async function nameIndex(db: Tx | Db, organizationId: string) {
  const [departments, occupations] = await Promise.all([
    db.department.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.occupation.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  return {
    departments: new Map(departments.map((d) => [key(d.name), d.id])),
    occupations: new Map(occupations.map((o) => [key(o.name), o.id])),
    departmentNames: new Map(departments.map((d) => [d.id, d.name])),
    occupationNames: new Map(occupations.map((o) => [o.id, o.name])),
  };
}

type Named = { department: string | null; occupation: string | null };
export type StoredStatistic = StoredFigure & Named;
export type FileStatistic = FileFigure & Named;

/** The user's answers for unknown names: an existing id, or "create" (a new record: nothing stored matches it). */
export type NameResolution = { department: NameMapping; occupation: NameMapping };

/** Everything a confirmation needs to decide, read in one consistent pass (see commitImport). */
export type ImportAnalysis = {
  /** Import batches of the organisation: changes when another import commits (optimistic check). */
  version: number;
  statistics: { exact: FigureDiff<StoredStatistic, FileStatistic>; whole: FigureDiff<StoredStatistic, FileStatistic> };
  /** Goals, survey results: changed or going values, and whether anything at all would change. */
  other: { lines: FigureChangeLine[]; replaced: number; noop: boolean };
  sameFileImported: boolean;
};

/** Compares the file with what is stored, value by value. */
export async function analyzeImport(
  db: Tx | Db,
  organizationId: string,
  preview: ImportPreview,
  resolution: NameResolution = { department: {}, occupation: {} },
): Promise<ImportAnalysis> {
  const names = await nameIndex(db, organizationId);
  const resolver = (index: Map<string, string>, mapping: NameMapping) => {
    const ids = new Set(index.values());
    const cache = new Map<string, string>();
    return (name: string | undefined): string | null => {
      if (name === undefined) return null;
      let id = cache.get(name);
      if (id === undefined) {
        const choice = mapping[name];
        id = index.get(key(name)) ?? (choice && ids.has(choice) ? choice : `new:${key(name)}`);
        cache.set(name, id);
      }
      return id;
    };
  };
  const departmentId = resolver(names.departments, resolution.department);
  const occupationId = resolver(names.occupations, resolution.occupation);
  const statistics = statisticRows(preview);
  const file: FileStatistic[] = statistics.map((r) => ({
    ...storedFigureOf(r, { departmentId: departmentId(r.department), occupationId: occupationId(r.occupation) }),
    department: r.department ?? null,
    occupation: r.occupation ?? null,
  }));
  const [version, stored, sameFile, other] = await Promise.all([
    db.importBatch.count({ where: committedImports(organizationId) }),
    statistics.length
      ? readStoredInSlices(db, statisticScopesWhere(organizationId, preview), (row): StoredStatistic => ({
          ...row,
          value: Number(row.value),
          // Names from the index already read, not joined per row: 100 000 stored rows cost seconds more with joins.
          department: row.departmentId === null ? null : (names.departmentNames.get(row.departmentId) ?? null),
          occupation: row.occupationId === null ? null : (names.occupationNames.get(row.occupationId) ?? null),
        }))
      : [],
    db.importBatch.count({ where: { ...committedImports(organizationId), checksum: preview.checksum } }),
    analyzeGoalsAndSurveys(db, organizationId, preview, departmentId),
  ]);
  return {
    version,
    statistics: await diffFigures(stored, file, () => yieldToEventLoop()),
    other,
    sameFileImported: sameFile > 0,
  };
}

async function analyzeGoalsAndSurveys(
  db: Tx | Db,
  organizationId: string,
  preview: ImportPreview,
  departmentId: (name: string | undefined) => string | null,
): Promise<ImportAnalysis['other']> {
  const lines: FigureChangeLine[] = [];
  let replaced = 0;
  let noop = true;
  const goals = preview.rows.filter((r) => r.type === 'goal');
  if (goals.length) {
    const stored = await db.statisticGoal.findMany({
      where: {
        organizationId,
        OR: goals.map((g) => ({ measure: g.measure, category: g.category ?? '', year: g.year })),
      },
    });
    for (const goal of goals) {
      const before = stored.find(
        (s) => s.measure === goal.measure && s.category === (goal.category ?? '') && s.year === goal.year,
      );
      if (!before) {
        noop = false;
        continue;
      }
      replaced += 1;
      if (Number(before.value) === goal.value && before.decimals === (goal.decimals ?? null)) continue;
      noop = false;
      lines.push({
        department: WHOLE,
        measure: `${MEASURE_LABELS[goal.measure]} (mål)`,
        period: String(goal.year),
        breakdown: describeBreakdown(goal),
        before: formatPercent(Number(before.value), before.decimals),
        after: formatPercent(goal.value, goal.decimals ?? null),
      });
    }
  }
  for (const { year, department } of surveyKeys(preview)) {
    const id = departmentId(department ?? undefined);
    const round = id?.startsWith('new:')
      ? null
      : await db.surveyRound.findFirst({
          where: { organizationId, year, departmentId: id },
          include: { results: true },
        });
    const inRound = preview.rows.filter(
      (r) =>
        (r.type === 'surveyResult' || r.type === 'surveyRound') &&
        r.year === year &&
        (r.department ?? null) === department,
    );
    const results = inRound.filter((r) => r.type === 'surveyResult');
    const fileRound = inRound.find((r) => r.type === 'surveyRound');
    if (!round) {
      noop = false;
      continue;
    }
    replaced += round.results.length;
    if (
      (fileRound?.invited ?? null) !== round.invited ||
      (fileRound?.responded ?? null) !== round.responded ||
      results.length !== round.results.length
    ) {
      noop = false;
    }
    const where = department ?? WHOLE;
    for (const before of round.results) {
      const after = results.find((r) => r.key === before.key);
      if (after && Number(before.value) === after.value) continue;
      noop = false;
      lines.push({
        department: where,
        measure: 'Medarbetarenkät',
        period: String(year),
        breakdown: before.label,
        before: formatDecimal(Number(before.value)),
        after: after ? formatDecimal(after.value) : null,
      });
    }
    if (results.some((r) => !round.results.some((b) => b.key === r.key))) noop = false;
  }
  return { lines, replaced, noop };
}

function changeLine(before: StoredStatistic, after: FileStatistic | null): FigureChangeLine {
  return {
    department: before.department ?? WHOLE,
    measure: MEASURE_LABELS[before.measure as Measure] ?? before.measure,
    period: before.tertial ? `${before.year} T${before.tertial}` : String(before.year),
    breakdown: [before.occupation, describeBreakdown(before)].filter(Boolean).join(', '),
    before: formatFigure(before.measure, before.value, before.decimals),
    after: after ? formatFigure(after.measure, after.value, after.decimals) : null,
  };
}

// One collator: localeCompare builds one per call, which made sorting 100 000 changes take seconds.
const swedish = new Intl.Collator('sv-SE');
/** The organisation as a whole first, then departments alphabetically. */
const departmentOrder = (a: string, b: string) =>
  (a === WHOLE ? -1 : 0) - (b === WHOLE ? -1 : 0) || swedish.compare(a, b);
const byDepartment = (a: FigureChangeLine, b: FigureChangeLine) =>
  departmentOrder(a.department, b.department) ||
  swedish.compare(a.measure, b.measure) ||
  a.period.localeCompare(b.period) ||
  swedish.compare(a.breakdown, b.breakdown);

/**
 * The first `limit` change lines in the list's order (by department, then measure, period, breakdown). A file
 * that replaces 100 000 figures would otherwise format and sort all of them to show 200: only the departments
 * that reach the page are formatted and sorted.
 */
function firstInOrder(
  changes: { department: string | null; line: () => FigureChangeLine }[],
  limit: number,
): FigureChangeLine[] {
  const byName = new Map<string, typeof changes>();
  for (const change of changes) {
    const name = change.department ?? WHOLE;
    const group = byName.get(name);
    if (group) group.push(change);
    else byName.set(name, [change]);
  }
  const first: FigureChangeLine[] = [];
  for (const name of [...byName.keys()].sort(departmentOrder)) {
    if (first.length >= limit) break;
    const lines = byName
      .get(name)!
      .map((c) => c.line())
      .sort(byDepartment);
    first.push(...lines.slice(0, limit - first.length));
  }
  return first;
}

/** Whether confirming would change anything, in the chosen mode. */
export function analysisIsNoop(analysis: ImportAnalysis, replaceWhole: boolean): boolean {
  const diff = replaceWhole ? analysis.statistics.whole : analysis.statistics.exact;
  return isNoop(diff) && analysis.other.noop;
}

/** What confirming would do: unknown names to resolve, and each stored value that changes or goes. */
export async function findImportChanges(db: Db, access: OrgAccess, preview: ImportPreview): Promise<ImportChanges> {
  const organizationId = organizationFor(access, 'import:statistics');
  const names = await nameIndex(db, organizationId);
  const analysis = await analyzeImport(db, organizationId, preview);
  const coverage = await importCoverage(db, organizationId, preview);
  const { exact, whole } = analysis.statistics;
  const changes = [
    ...exact.changed.map((c) => ({ department: c.before.department, line: () => changeLine(c.before, c.after) })),
    ...analysis.other.lines.map((line) => ({ department: line.department, line: () => line })),
  ];
  const removals = whole.removed.map((r) => ({ department: r.department, line: () => changeLine(r, null) }));
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
    replaced: exact.deleteIds.length + analysis.other.replaced,
    replacedWhole: whole.deleteIds.length + analysis.other.replaced,
    alreadyImported: analysisIsNoop(analysis, false),
    sameFileImported: analysis.sameFileImported,
    changes: firstInOrder(changes, CHANGE_LIST_LIMIT),
    changeCount: changes.length,
    removals: firstInOrder(removals, CHANGE_LIST_LIMIT),
    removalCount: removals.length,
    coverage,
    ...describeFigures(preview),
  };
}
