/**
 * npm run bench:export (second half; export-plan.ts is the first) — exports at city scale (issue 18), in process on the city data (npm run data:city; generated
 * once into data/bench/pglite-10y, or the PostgreSQL database DATABASE_URL names). Not a test: no thresholds.
 *   - statistics → .xlsx (and CSV) of a whole förvaltning (stad-01) for HR and a union rep: each run a year not
 *     exported before, so the dashboard's page model is computed, not read from its cache; p50/p95 and the peak
 *     extra RSS over the run (goals: ≤ 2 s, ≤ 200 MB);
 *   - the tertial follow-up → .xlsx;
 *   - other users' dashboards (a union rep's page model per department and year, each computed) p50/p95 alone and
 *     while HR's .xlsx exports run back to back: does a large export hold up other users' pages?
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { OrgAccess } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { followUpReport } from '@/lib/activities/overview-model';
import { readOverview } from '@/lib/activities/overview';
import { periodLabel } from '@/lib/activities/periods';
import { followUpWorkbook } from '@/lib/export/sheet-follow-up';
import { statisticsCsv } from '@/lib/export/sheet-statistics-csv';
import { statisticsWorkbook } from '@/lib/export/sheet-statistics';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { ms, percentile } from './stats';

const ORG = 'stad-01';
const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);

function prepare(): void {
  if (process.env.DATABASE_URL) return;
  const dir = path.join(process.cwd(), 'data', 'bench', 'pglite-10y');
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    console.error(`… genererar stadsdata (10 år) i ${dir}`);
    execFileSync('npm', ['run', 'data:city', '--', '--years', '10'], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: dir },
    });
  }
  process.env.PGLITE_DATA_DIR = dir;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1)!)} (${sorted.length})`;
};

/** Runs `work` while sampling RSS every 5 ms: the peak above what the process held before. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; extraMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, extraMb: (peak - before) / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

function access(organizationId: string, roles: OrgAccess['roles']): OrgAccess {
  return { organizationId, roles, managedDepartmentIds: [], unionOrganizationId: null };
}

/**
 * Statistics → .xlsx and CSV of a whole förvaltning, each year once: the page model is computed (as after an import;
 * loadDashboard, the part every reader of the dashboard pays too), then both files are written from it.
 */
async function benchStatistics(organizationId: string) {
  for (const [who, roles] of [
    ['HR', ['HR']],
    ['fackligt ombud', ['UNION_REP']],
  ] as const) {
    const model: number[] = [];
    const xlsx: number[] = [];
    const csv: number[] = [];
    const warm: number[] = [];
    let extra = 0;
    let bytes = 0;
    for (const year of YEARS) {
      const { extraMb } = await withPeakRss(async () => {
        const started = performance.now();
        const view = await loadDashboard(access(organizationId, [...roles]), { year });
        const loaded = performance.now();
        const file = await statisticsWorkbook(view.sections, {
          organization: ORG,
          scope: 'Hela förvaltningen',
          year,
          exportedBy: 'Bench',
          exportedAt: new Date(),
          suppressed: view.suppressed,
        });
        const written = performance.now();
        statisticsCsv(view.sections);
        csv.push(performance.now() - written);
        // The usual path: the export follows the page it was chosen on, whose model is in the cache.
        const again = performance.now();
        const cachedView = await loadDashboard(access(organizationId, [...roles]), { year });
        await statisticsWorkbook(cachedView.sections, {
          organization: ORG,
          scope: 'Hela förvaltningen',
          year,
          exportedBy: 'Bench',
          exportedAt: new Date(),
          suppressed: cachedView.suppressed,
        });
        warm.push(performance.now() - again);
        model.push(loaded - started);
        xlsx.push(written - started);
        bytes = file.byteLength;
      });
      extra = Math.max(extra, extraMb);
    }
    console.log(`statistik (${who}), ${(bytes / 1024).toFixed(0)} kB .xlsx; högst ${extra.toFixed(0)} MB extra RSS:`);
    console.log(`  sidmodell (loadDashboard, beräknad)  ${summary(model)}`);
    console.log(`  → .xlsx totalt (modell + fil)        ${summary(xlsx)}`);
    console.log(`  → CSV ur samma modell                ${summary(csv)}`);
    console.log(`  .xlsx efter sidvisningen (modell i cache) ${summary(warm)}`);
  }
}

async function benchFollowUp(organizationId: string) {
  const times: number[] = [];
  let extra = 0;
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    const { extraMb } = await withPeakRss(async () => {
      const { overview, activities } = await readOverview(access(organizationId, ['HR']), new Date());
      return followUpWorkbook({
        organization: ORG,
        period: periodLabel(overview.period),
        planTitle: overview.planTitle,
        deadline: overview.deadline,
        exportedBy: 'Bench',
        exportedAt: new Date(),
        overview: overview.rows,
        activities: followUpReport(activities, overview.period, overview.deadline),
      });
    });
    times.push(performance.now() - started);
    extra = Math.max(extra, extraMb);
  }
  console.log(`uppföljning → xlsx (HR)          ${summary(times)}; högst ${extra.toFixed(0)} MB extra RSS`);
}

/**
 * Does a large export hold up other users' pages? A union rep's dashboards (a department and year at a time, each
 * page model computed; the suppression blocks warmed first for every year so both halves cost the same) and the
 * event loop's delay, alone and while HR's .xlsx exports of the whole förvaltning run back to back.
 */
async function benchDashboardDuringExports(organizationId: string) {
  const db = await getDb();
  const departments = await db.department.findMany({ where: { organizationId, parentId: null }, select: { id: true } });
  const rep = access(organizationId, ['UNION_REP']);
  for (const year of YEARS) await loadDashboard(rep, { year }); // the organisation's suppression blocks, every year
  const views = YEARS.flatMap((year) => departments.map((d) => ({ departmentId: d.id, year })));
  const alone = views.filter((_, i) => i % 2 === 0);
  const during = views.filter((_, i) => i % 2 === 1);
  const loads = async (slice: typeof views) => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const times: number[] = [];
    for (const view of slice) {
      const started = performance.now();
      await loadDashboard(rep, view);
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20)); // another user's next click
    }
    delay.disable();
    return { times, loopP99: delay.percentile(99) / 1e6, loopMax: delay.max / 1e6 };
  };
  const report = (label: string, r: Awaited<ReturnType<typeof loads>>) =>
    console.log(`${label} ${summary(r.times)}; event loop p99 ${ms(r.loopP99)}, max ${ms(r.loopMax)}`);
  report('dashboard (fackligt ombud) ensam        ', await loads(alone));
  let exporting = true;
  const exports: number[] = [];
  const exporter = (async () => {
    for (let i = 0; exporting; i++) {
      const started = performance.now();
      const year = YEARS[i % YEARS.length]!;
      // HR's view of the whole förvaltning, a page model not cached yet (a year and a department each round).
      const departmentId = i < YEARS.length ? undefined : departments[i % departments.length]!.id;
      const view = await loadDashboard(access(organizationId, ['HR']), { year, departmentId });
      await statisticsWorkbook(view.sections, {
        organization: ORG,
        scope: 'Hela förvaltningen',
        year,
        exportedBy: 'Bench',
        exportedAt: new Date(),
        suppressed: false,
      });
      exports.push(performance.now() - started);
    }
  })();
  report('dashboard (fackligt ombud) under export ', await loads(during));
  exporting = false;
  await exporter;
  console.log(`  (samtidigt ${exports.length} .xlsx-exporter av HR: ${summary(exports)})`);
}

prepare();
const db = await getDb();
const org = await db.organization.findUniqueOrThrow({ where: { slug: ORG } });
const rows = await db.staffStatistic.count({ where: { organizationId: org.id } });
console.log(`${process.env.DATABASE_URL ? 'postgres' : 'pglite'}: ${ORG}, ${rows} statistikrader, ${YEARS.length} år`);
await benchStatistics(org.id);
await benchFollowUp(org.id);
await benchDashboardDuringExports(org.id);
process.exit(0);
