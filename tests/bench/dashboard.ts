/**
 * npm run bench:dashboard — the statistics dashboard of one organisation holding 10 years of data: server time
 * (query + build of every chart) p50/p95 over 50 loads, for HR (no suppression) and a union rep (suppression).
 */
import type { OrgAccess } from '@/lib/auth/permissions';
import { loadDashboard } from '@/lib/statistics/dashboard-queries';
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
      data: base.map(({ id: _id, ...row }) => ({ ...row, year, category: row.measure === 'retirements' && /^\d{4}$/.test(row.category ?? '') ? String(Number(row.category) - (2024 - year)) : row.category })),
    });
  }
  const rows = await t.db.staffStatistic.count({ where: { organizationId: org.id } });
  const years = (await t.db.staffStatistic.findMany({ where: { organizationId: org.id }, distinct: ['year'] })).length;

  for (const roles of [['HR'], ['UNION_REP']] as const) {
    const access: OrgAccess = { organizationId: org.id, roles, managedDepartmentIds: [], unionOrganizationId: null };
    await loadDashboard(access, {}); // warm-up
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const started = performance.now();
      await loadDashboard(access, { year: 2015 + (i % 10) });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(8)} ${roles[0].padEnd(9)} ${years} år, ${rows} rader: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)} (${LOADS} laddningar)`,
    );
  }
  await t.close();
}

for (const kind of benchDatabases()) await run(kind);
process.exit(0);
