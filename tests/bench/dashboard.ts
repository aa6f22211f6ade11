/**
 * npm run bench:dashboard — the statistics dashboard of one organisation holding 10 years of data: server time
 * (query + build of every chart) p50/p95 over 50 loads, for HR (no suppression) and a union rep (suppression).
 */
import type { OrgAccess } from '@/lib/auth/permissions';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { type StatisticInsert, insertStatistics } from '@/lib/statistics/import/bulk-insert';
import { seedDemoData } from '@/prisma/seed/demo';
import { createTestDatabase } from '../support/test-database';
import { benchDatabases, ms, percentile } from './stats';

const LOADS = 50;

async function run(kind: 'pglite' | 'postgres') {
  process.env.TEST_DATABASE = kind;
  const t = await createTestDatabase();
  await seedDemoData(t.db);
  const org = await t.db.organization.findUniqueOrThrow({ where: { slug: 'socialforvaltningen' } });
  // Ten years: copy the 2024 figures back to 2015–2023 (2023 already exists and is kept).
  const base = await t.db.staffStatistic.findMany({ where: { organizationId: org.id, year: 2024 } });
  for (let year = 2015; year <= 2022; year++) {
    await t.db.staffStatistic.createMany({
      data: base.map(({ id: _id, ...row }) => ({
        ...row,
        year,
        category:
          row.measure === 'retirements' && /^\d{4}$/.test(row.category ?? '')
            ? String(Number(row.category) - (2024 - year))
            : row.category,
      })),
    });
  }
  const rows = await t.db.staffStatistic.count({ where: { organizationId: org.id } });
  const years = (await t.db.staffStatistic.findMany({ where: { organizationId: org.id }, distinct: ['year'] })).length;

  await measure(kind, org.id, `${years} år, ${rows} rader`);

  // A large förvaltning: 20 departments × 40 occupations × 2 forms × 2 genders × 6 age bands per year, 10 years.
  const large = await t.db.organization.create({
    data: {
      slug: 'stor-forvaltning',
      name: 'Stor förvaltning',
      boardName: 'Stora nämnden',
      turnoverDefinition: 'Definition.',
    },
  });
  const departments = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      t.db.department.create({ data: { organizationId: large.id, name: `Avdelning ${i + 1}` } }),
    ),
  );
  const occupations = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      t.db.occupation.create({ data: { organizationId: large.id, name: `Befattning ${i + 1}` } }),
    ),
  );
  await t.db.$transaction(
    async (tx) => {
      for (let year = 2015; year <= 2024; year++) {
        const cube: StatisticInsert[] = [];
        for (const d of departments)
          for (const o of occupations)
            for (const form of ['permanent', 'fixedTerm'])
              for (const gender of ['woman', 'man'])
                for (const ageBand of ['-29', '30-39', '40-49', '50-59', '60-64', '65+'])
                  cube.push({
                    measure: 'headcount',
                    year,
                    tertial: null,
                    departmentId: d.id,
                    occupationId: o.id,
                    employmentForm: form,
                    gender,
                    ageBand,
                    category: null,
                    subcategory: null,
                    value: (cube.length % 9) + 1,
                    decimals: null,
                    population: null,
                  });
        await insertStatistics(tx, large.id, null, cube);
      }
    },
    { timeout: 300_000 },
  );
  const largeRows = await t.db.staffStatistic.count({ where: { organizationId: large.id } });
  await measure(kind, large.id, `stor förvaltning, 10 år, ${largeRows} rader`);
  await t.close();
}

async function measure(kind: string, organizationId: string, label: string) {
  for (const roles of [['HR'], ['UNION_REP']] as const) {
    const access: OrgAccess = { organizationId, roles, managedDepartmentIds: [], unionOrganizationId: null };
    await loadDashboard(access, {}); // warm-up
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const started = performance.now();
      await loadDashboard(access, { year: 2015 + (i % 10) });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(8)} ${roles[0].padEnd(9)} ${label}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)} (${LOADS} laddningar)`,
    );
  }
}

for (const kind of benchDatabases()) await run(kind);
process.exit(0);
