import 'server-only';
import { getDb } from '../db/client';
import { availableYears, cached, dataVersion } from './cache';
import { aggregate } from './dashboard/rows';
import { newestYearByMeasure, yearFor } from './default-year';
import { retirementYears, weightedShare } from './key-figures';
import { loadStatRows } from './rows-query';
import { loadSources, surveySource } from './source-queries';
import type { FigureSource } from './sources';
import { organizationFigures } from './import/visible';
import { organizationFor } from '../auth/data-access';
import type { OrgAccess } from '../auth/permissions';

/** A figure with the year it describes (measures are not all reported for the same year). */
export type Figure = { value: number; decimals: number | null; year: number } | null;

export type KeyFigures = {
  year: number;
  /** null: the headcount has no such figure ("Uppgift saknas"), never 0. */
  permanent: number | null;
  permanentPrevious: number | null;
  fixedTerm: number | null;
  turnover: Figure;
  turnoverPrevious: Figure;
  turnoverDefinition: string;
  sickLeave: Figure;
  sickLeaveGoal: Figure;
  shortSickLeave: Figure;
  shortSickLeaveGoal: Figure;
  fullTimeShare: Figure;
  fullTimeShareDerived: boolean;
  fullTimeGoal: Figure;
  ami: { year: number; value: number; previous: number | null } | null;
  /** null: no retirement forecast for the year. */
  retirements: { years: string[]; total: number } | null;
  /** Where each figure comes from ("Källa"). */
  sources: Partial<
    Record<'headcount' | 'turnover' | 'sickLeave' | 'fullTimeShare' | 'retirements' | 'ami', FigureSource>
  >;
};

const OVERALL = { departmentId: null, occupationId: null, employmentForm: null, gender: null, ageBand: null };

const OVERALL_MEASURES = ['turnover', 'sickLeave', 'fullTimeShare'];

/**
 * The organisation's headline figures, each for the newest year its measure has data (default-year.ts). The same
 * for every viewer who may see them (HR's start page): kept per organisation under its data version (cache.ts).
 */
export async function getKeyFigures(access: OrgAccess): Promise<KeyFigures | null> {
  // Organisation-wide figures, unsuppressed: only for those who read every cell.
  const organizationId = organizationFor(access, 'read:statistics:unsuppressed');
  const db = await getDb();
  const version = await dataVersion(db, organizationId); // before any data: see cache.ts
  return cached('key-figures', organizationId, version, '', () => computeKeyFigures(organizationId));
}

async function computeKeyFigures(organizationId: string): Promise<KeyFigures | null> {
  const db = await getDb();
  const available = await availableYears(db, organizationId);
  const newest = newestYearByMeasure(available);
  if (newest.size === 0) return null;
  const year = yearFor('headcount', newest, null) ?? Math.max(...newest.values());
  const retirementYear = yearFor('retirements', newest, null);

  // Counts through aggregate(): a file may store totals beside their parts (see dashboard/rows.ts).
  const counts = await loadStatRows(db, {
    organizationId,
    years: [...new Set([year, year - 1, ...(retirementYear !== null ? [retirementYear] : [])])],
    measures: ['headcount', 'retirements'],
  });
  const headcount = (y: number) => aggregate(counts, { measure: 'headcount', year: y }, ['employmentForm']);
  const [current, previousYear] = [headcount(year), headcount(year - 1)];

  // Each measure's newest year and the one before (default-year.ts), also when newer than the headcount's. Only
  // when a figure has no organisation-level row in those years is the rest of its history read.
  const overallWhere = {
    ...organizationFigures(organizationId),
    ...OVERALL,
    OR: OVERALL_MEASURES.filter((m) => newest.has(m)).map((measure) => ({
      measure,
      year: { in: [newest.get(measure)!, newest.get(measure)! - 1] },
    })),
  };
  let overall = await db.staffStatistic.findMany({ where: overallWhere, orderBy: { year: 'desc' } });
  const complete = (
    [
      ['turnover', null],
      ['sickLeave', 'total'],
      ['sickLeave', 'short'],
      ['fullTimeShare', null],
    ] as const
  ).every(
    ([measure, category]) =>
      !newest.has(measure) ||
      overall.some((r) => r.measure === measure && (r.category ?? null) === category && r.year === newest.get(measure)),
  );
  if (!complete) {
    overall = await db.staffStatistic.findMany({
      where: { ...organizationFigures(organizationId), measure: { in: OVERALL_MEASURES }, ...OVERALL },
      orderBy: { year: 'desc' },
    });
  }
  // Each measure's latest reported year (not every measure is reported for the headcount year), and the one before.
  const pickLatest = (measure: string, category: string | null = null, before?: number): Figure => {
    const row = overall.find(
      (r) => r.measure === measure && (r.category ?? null) === category && (before === undefined || r.year < before),
    );
    return row ? { value: Number(row.value), decimals: row.decimals, year: row.year } : null;
  };
  const latestAndPrevious = (measure: string, category: string | null = null) => {
    const latest = pickLatest(measure, category);
    const previous = latest ? pickLatest(measure, category, latest.year) : null;
    return [latest, previous?.year === (latest?.year ?? 0) - 1 ? previous : null] as const;
  };

  const goals = await db.statisticGoal.findMany({
    where: { organizationId, year: { lte: year } },
    orderBy: { year: 'desc' },
  });
  const goal = (measure: string, category = ''): Figure => {
    const row = goals.find((g) => g.measure === measure && g.category === category);
    return row ? { value: Number(row.value), decimals: row.decimals, year: row.year } : null;
  };

  let [fullTimeShare] = latestAndPrevious('fullTimeShare');
  let fullTimeShareDerived = false;
  if (!fullTimeShare) {
    const byGender = await db.staffStatistic.findMany({
      where: {
        ...organizationFigures(organizationId),
        year,
        measure: 'fullTimeShare',
        gender: { not: null },
        ageBand: null,
        departmentId: null,
      },
    });
    const share = weightedShare(byGender.map((r) => ({ value: Number(r.value), population: r.population })));
    if (share !== null) {
      fullTimeShare = { value: share, decimals: 1, year };
      fullTimeShareDerived = true;
    }
  }

  const retirements =
    retirementYear === null
      ? null
      : (() => {
          const years = retirementYears(retirementYear + 1);
          const byTurningYear = aggregate(counts, { measure: 'retirements', year: retirementYear }, ['category']);
          return { years, total: years.reduce((n, y) => n + (byTurningYear.get(y) ?? 0), 0) };
        })();

  const round = await db.surveyRound.findFirst({
    where: { organizationId, departmentId: null, results: { some: { key: 'ami' } } },
    orderBy: { year: 'desc' },
    include: {
      results: { where: { key: 'ami' } },
      importBatch: { select: { fileName: true, createdAt: true, user: { select: { name: true } } } },
    },
  });
  const amiResult = round?.results[0];
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });

  const [turnover, turnoverPrevious] = latestAndPrevious('turnover');
  const sickLeave = latestAndPrevious('sickLeave', 'total')[0];
  const sourceYears = [turnover, sickLeave, fullTimeShare].flatMap((f) => (f ? [f.year] : []));
  const sourceOf = await loadSources(db, {
    organizationId,
    years: [...new Set([year, ...sourceYears, ...(retirementYear !== null ? [retirementYear] : [])])],
  });
  const source = (measure: string, figure: Figure | { year: number } | null) =>
    (figure && sourceOf(measure, [figure.year])) ?? undefined;
  const sources: KeyFigures['sources'] = {
    headcount: source('headcount', { year }),
    turnover: source('turnover', turnover),
    sickLeave: source('sickLeave', sickLeave),
    fullTimeShare: source('fullTimeShare', fullTimeShare),
    retirements: retirementYear !== null ? source('retirements', { year: retirementYear }) : undefined,
    ami: round ? (surveySource(round) ?? undefined) : undefined,
  };
  return {
    year,
    permanent: current.get('permanent') ?? null,
    permanentPrevious: previousYear.get('permanent') ?? null,
    fixedTerm: current.get('fixedTerm') ?? null,
    turnover,
    turnoverPrevious,
    turnoverDefinition: organization.turnoverDefinition,
    sickLeave,
    sickLeaveGoal: goal('sickLeave', 'total'),
    shortSickLeave: latestAndPrevious('sickLeave', 'short')[0],
    shortSickLeaveGoal: goal('sickLeave', 'short'),
    fullTimeShare,
    fullTimeShareDerived,
    fullTimeGoal: goal('fullTimeShare'),
    ami:
      round && amiResult
        ? {
            year: round.year,
            value: Number(amiResult.value),
            previous: amiResult.previousValue === null ? null : Number(amiResult.previousValue),
          }
        : null,
    retirements,
    sources,
  };
}
