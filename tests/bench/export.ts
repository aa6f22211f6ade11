/**
 * npm run bench:export — exports at city scale (issue 18), in process on the city data (npm run data:city; generated
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
import type { OrgAccess } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { followUpReport } from '@/lib/activities/overview-model';
import { readOverview } from '@/lib/activities/overview';
import { periodLabel } from '@/lib/activities/periods';
import { followUpWorkbook } from '@/lib/export/sheet-follow-up';
import { statisticsCsv } from '@/lib/export/sheet-statistics-csv';
import { statisticsWorkbook } from '@/lib/export/sheet-statistics';
import { loadDashboard } from '@/lib/statistics/dashboard-queries';
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

async function statisticsExport(acc: OrgAccess, year: number, format: 'xlsx' | 'csv') {
  const view = await loadDashboard(acc, { year });
  const meta = { organization: ORG, scope: 'Hela förvaltningen', year, exportedBy: 'Bench', exportedAt: new Date() };
  return format === 'csv'
    ? statisticsCsv(view.sections)
    : statisticsWorkbook(view.sections, { ...meta, suppressed: view.suppressed });
}

/** Statistics → .xlsx / CSV for a whole förvaltning, each year once (a page model computed, as after an import). */
async function benchStatistics(organizationId: string) {
  for (const [who, roles] of [
    ['HR', ['HR']],
    ['fackligt ombud', ['UNION_REP']],
  ] as const) {
    for (const format of ['xlsx', 'csv'] as const) {
      const times: number[] = [];
      let extra = 0;
      let bytes = 0;
      for (const year of YEARS) {
        const started = performance.now();
        const { result, extraMb } = await withPeakRss(() =>
          statisticsExport(access(organizationId, [...roles]), year, format),
        );
        times.push(performance.now() - started);
        extra = Math.max(extra, extraMb);
        bytes = result.byteLength;
      }
      console.log(
        `statistik → ${format.padEnd(4)} ${who.padEnd(15)} ${summary(times)}; högst ${extra.toFixed(0)} MB extra RSS; ${(bytes / 1024).toFixed(0)} kB`,
      );
    }
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

/** A union rep's dashboards (one department and year at a time, each computed): alone, then during exports. */
async function benchDashboardDuringExports(organizationId: string) {
  const db = await getDb();
  const departments = await db.department.findMany({ where: { organizationId, parentId: null }, select: { id: true } });
  const views = departments.flatMap((d) => YEARS.map((year) => ({ departmentId: d.id, year })));
  const rep = access(organizationId, ['UNION_REP']);
  const half = Math.floor(views.length / 2);
  const loads = async (slice: typeof views) => {
    const times: number[] = [];
    for (const view of slice) {
      const started = performance.now();
      await loadDashboard(rep, view);
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20)); // another user's next click
    }
    return times;
  };
  console.log(`dashboard (fackligt ombud) ensam          ${summary(await loads(views.slice(0, half)))}`);
  let exporting = true;
  const exports: number[] = [];
  const exporter = (async () => {
    // HR's exports back to back, each a computed page model (the organisation view for each year, then a department).
    for (let i = 0; exporting; i++) {
      const started = performance.now();
      const year = YEARS[i % YEARS.length]!;
      const departmentId = departments[Math.floor(i / YEARS.length) % departments.length]!.id;
      const view = await loadDashboard(access(organizationId, ['HR']), { year, departmentId });
      await statisticsWorkbook(view.sections, {
        organization: ORG,
        scope: 'Avdelning',
        year,
        exportedBy: 'Bench',
        exportedAt: new Date(),
        suppressed: false,
      });
      exports.push(performance.now() - started);
    }
  })();
  const during = await loads(views.slice(half));
  exporting = false;
  await exporter;
  console.log(`dashboard (fackligt ombud) under export  ${summary(during)}`);
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
