/**
 * npm run bench:needs — the recruitment-need forecast of issue 19 at city scale (npm run data:city: data in
 * data/bench/pglite-10y, or the PostgreSQL database DATABASE_URL names). Per run, for the largest förvaltning and
 * for every förvaltning of the city: the statistics read (loadNeedsStatistics) and the forecast of all departments ×
 * occupations × 3 years (forecastNeeds), and apart from them the table as suppressed readers see it (shownTable,
 * only for managers and union reps). Median and p95 over RUNS runs after a cold one. Goals (issue 19): ≤ 100 ms
 * for one förvaltning, ≤ 1 s for the city. The page under load comes after it (needs-page.ts). Not a test.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDb } from '@/lib/db/client';
import { forecastNeeds } from '@/lib/needs/forecast';
import { shownTable } from '@/lib/needs/protection';
import { loadNeedsStatistics, loadNeedsStatisticsOf } from '@/lib/needs/statistics-query';
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

type Timing = { load: number; compute: number; total: number; protect: number };

async function forecastOf(organizationId: string, planStart: number): Promise<Timing & { cells: number }> {
  const db = await getDb();
  const started = performance.now();
  const { stats, volume } = await loadNeedsStatistics(db, organizationId, planStart);
  const loaded = performance.now();
  const years = [planStart, planStart + 1, planStart + 2];
  const forecast = forecastNeeds(stats, years, volume);
  const done = performance.now();
  shownTable(forecast, true, null);
  const protect = performance.now() - done;
  return {
    load: loaded - started,
    compute: done - loaded,
    total: done - started,
    protect,
    cells: forecast.rows.length * 3,
  };
}

function report(title: string, timings: Timing[]) {
  const line = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`  ${name}: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}`);
  };
  console.log(`\n${title}:`);
  line(
    'läsning',
    timings.map((t) => t.load),
  );
  line(
    'beräkning',
    timings.map((t) => t.compute),
  );
  line(
    'totalt (läsning + beräkning)',
    timings.map((t) => t.total),
  );
  line(
    'därtill småcellsskydd (chefer, fackliga)',
    timings.map((t) => t.protect),
  );
}

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
  const loadavg = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
  console.log(`belastning (uptime) före: ${loadavg()}`);

  await forecastOf(largest.organizationId, planStart); // cold
  const one: Timing[] = [];
  let cells = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await forecastOf(largest.organizationId, planStart);
    one.push(r);
    cells = r.cells;
  }
  report(`Största förvaltningen (${largestSlug}, ${cells} celler avdelning × befattning × år), mål ≤ 100 ms`, one);

  // The whole city: every förvaltning's statistics in one set of queries, then each forecast.
  const ids = organizations.map((o) => o.id);
  const city: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const loaded = await loadNeedsStatisticsOf(db, ids, planStart);
    const read = performance.now();
    const forecasts = [...loaded.values()].map(({ stats, volume }) =>
      forecastNeeds(stats, [planStart, planStart + 1, planStart + 2], volume),
    );
    const done = performance.now();
    for (const f of forecasts) shownTable(f, true, null);
    const protect = performance.now() - done;
    city.push({ load: read - started, compute: done - read, total: done - started, protect });
  }
  report(`Hela staden (${organizations.length} förvaltningar), mål ≤ 1 s`, city);
  console.log(`belastning (uptime) efter: ${loadavg()}`);
  process.exit(0);
}

void main();
