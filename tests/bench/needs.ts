/**
 * npm run bench:needs — the recruitment-need forecast of issue 19 at city scale (npm run data:city: data in
 * data/bench/pglite-10y, or the PostgreSQL database DATABASE_URL names). Per run, for the largest förvaltning and
 * for every förvaltning of the city: the statistics read (loadNeedsStatistics), the forecast of all departments ×
 * occupations × 3 years (forecastNeeds) and the table as suppressed readers see it (shownTable). Median and p95
 * over RUNS runs after a cold one. Goals (issue 19): ≤ 100 ms for one förvaltning, ≤ 1 s for the city. Not a test.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db/client';
import { forecastNeeds } from '@/lib/needs/forecast';
import { shownTable } from '@/lib/needs/protection';
import { loadNeedsStatistics } from '@/lib/needs/statistics-query';
import { ms, percentile } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function prepare(): void {
  if (process.env.DATABASE_URL) return;
  const dir = path.join(process.cwd(), 'data', 'bench', 'pglite-10y');
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    console.error(`Stadsdata saknas i ${dir}: kör npm run data:city (eller kopiera en färdig katalog dit).`);
    process.exit(1);
  }
  process.env.PGLITE_DATA_DIR = dir;
}

type Timing = { load: number; compute: number; total: number };

async function forecastOf(organizationId: string, planStart: number): Promise<Timing & { cells: number }> {
  const db = await getDb();
  const started = performance.now();
  const { stats, volume } = await loadNeedsStatistics(db, organizationId, planStart);
  const loaded = performance.now();
  const years = [planStart, planStart + 1, planStart + 2];
  const forecast = forecastNeeds(stats, years, volume);
  shownTable(forecast, true, null);
  const done = performance.now();
  return { load: loaded - started, compute: done - loaded, total: done - started, cells: forecast.rows.length * 3 };
}

const line = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${name}: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}`;
};

async function main() {
  prepare();
  const db = await getDb();
  const organizations = await db.organization.findMany({ select: { id: true, slug: true } });
  const sizes = await db.staffStatistic.groupBy({
    by: ['organizationId'],
    where: { measure: 'headcount' },
    _count: { _all: true },
  });
  const newest = await db.statisticYear.aggregate({ where: { measure: 'headcount' }, _max: { year: true } });
  const planStart = (newest._max.year ?? new Date().getFullYear()) + 1;
  const largest = [...sizes].sort((a, b) => b._count._all - a._count._all)[0]!;
  const largestSlug = organizations.find((o) => o.id === largest.organizationId)!.slug;
  console.log(
    `Prognos för plan ${planStart}–${planStart + 2}, ${organizations.length} förvaltningar, ${RUNS} körningar`,
  );

  await forecastOf(largest.organizationId, planStart); // cold
  const one: Timing[] = [];
  let cells = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await forecastOf(largest.organizationId, planStart);
    one.push(r);
    cells = r.cells;
  }
  console.log(`\nStörsta förvaltningen (${largestSlug}, ${cells} celler avdelning × befattning × år), mål ≤ 100 ms:`);
  console.log(
    `  ${line(
      'läsning',
      one.map((t) => t.load),
    )}`,
  );
  console.log(
    `  ${line(
      'beräkning + skydd',
      one.map((t) => t.compute),
    )}`,
  );
  console.log(
    `  ${line(
      'totalt',
      one.map((t) => t.total),
    )}`,
  );

  const city: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const sum: Timing = { load: 0, compute: 0, total: 0 };
    const started = performance.now();
    for (const org of organizations) {
      const r = await forecastOf(org.id, planStart);
      sum.load += r.load;
      sum.compute += r.compute;
    }
    sum.total = performance.now() - started;
    city.push(sum);
  }
  console.log(`\nHela staden (${organizations.length} förvaltningar, en efter en), mål ≤ 1 s:`);
  console.log(
    `  ${line(
      'läsning',
      city.map((t) => t.load),
    )}`,
  );
  console.log(
    `  ${line(
      'beräkning + skydd',
      city.map((t) => t.compute),
    )}`,
  );
  console.log(
    `  ${line(
      'totalt',
      city.map((t) => t.total),
    )}`,
  );
  process.exit(0);
}

void main();
