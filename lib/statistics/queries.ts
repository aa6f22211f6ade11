import 'server-only';
import { getDb } from '../db/client';
import { retirementYears, weightedShare } from './key-figures';

export type Figure = { value: number; decimals: number | null } | null;

export type KeyFigures = {
  year: number;
  permanent: number;
  permanentPrevious: number | null;
  fixedTerm: number;
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
  retirements: { years: string[]; total: number };
};

const OVERALL = { departmentId: null, occupationId: null, employmentForm: null, gender: null, ageBand: null };

/** The organisation's headline figures for the latest year that has staff statistics. */
export async function getKeyFigures(organizationId: string): Promise<KeyFigures | null> {
  const db = await getDb();
  const latest = await db.staffStatistic.aggregate({
    where: { organizationId, measure: 'headcount' },
    _max: { year: true },
  });
  const year = latest._max.year;
  if (year === null) return null;

  const headcount = await db.staffStatistic.groupBy({
    by: ['year', 'employmentForm'],
    where: { organizationId, measure: 'headcount', year: { in: [year, year - 1] } },
    _sum: { value: true },
  });
  const sumOf = (y: number, form: string) => {
    const row = headcount.find((r) => r.year === y && r.employmentForm === form);
    return row?._sum.value == null ? null : Number(row._sum.value);
  };

  const overall = await db.staffStatistic.findMany({
    where: { organizationId, year: { in: [year, year - 1] }, measure: { in: ['turnover', 'sickLeave', 'fullTimeShare'] }, ...OVERALL },
  });
  const pick = (measure: string, y: number, category: string | null = null): Figure => {
    const row = overall.find((r) => r.measure === measure && r.year === y && (r.category ?? null) === category);
    return row ? { value: Number(row.value), decimals: row.decimals } : null;
  };

  const goals = await db.statisticGoal.findMany({ where: { organizationId, year: { lte: year } }, orderBy: { year: 'desc' } });
  const goal = (measure: string, category = ''): Figure => {
    const row = goals.find((g) => g.measure === measure && g.category === category);
    return row ? { value: Number(row.value), decimals: row.decimals } : null;
  };

  let fullTimeShare = pick('fullTimeShare', year);
  let fullTimeShareDerived = false;
  if (!fullTimeShare) {
    const byGender = await db.staffStatistic.findMany({
      where: { organizationId, year, measure: 'fullTimeShare', gender: { not: null }, ageBand: null, departmentId: null },
    });
    const share = weightedShare(byGender.map((r) => ({ value: Number(r.value), population: r.population })));
    if (share !== null) {
      fullTimeShare = { value: share, decimals: 1 };
      fullTimeShareDerived = true;
    }
  }

  const years = retirementYears(year + 1);
  const retirements = await db.staffStatistic.aggregate({
    where: { organizationId, year, measure: 'retirements', category: { in: years } },
    _sum: { value: true },
  });

  const round = await db.surveyRound.findFirst({
    where: { organizationId, departmentId: null, results: { some: { key: 'ami' } } },
    orderBy: { year: 'desc' },
    include: { results: { where: { key: 'ami' } } },
  });
  const amiResult = round?.results[0];
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });

  return {
    year,
    permanent: sumOf(year, 'permanent') ?? 0,
    permanentPrevious: sumOf(year - 1, 'permanent'),
    fixedTerm: sumOf(year, 'fixedTerm') ?? 0,
    turnover: pick('turnover', year),
    turnoverPrevious: pick('turnover', year - 1),
    turnoverDefinition: organization.turnoverDefinition,
    sickLeave: pick('sickLeave', year, 'total'),
    sickLeaveGoal: goal('sickLeave', 'total'),
    shortSickLeave: pick('sickLeave', year, 'short'),
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
    retirements: { years, total: Number(retirements._sum.value ?? 0) },
  };
}
