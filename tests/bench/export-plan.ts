/**
 * npm run bench:export (first half; export-sheets.ts is the second) — the plan exports of issue 18, in process on the demo data (PGlite), from the reading of
 * the data to the finished file: median over RUNS runs after a first (cold) run, and the peak memory above the
 * level before the export (PSS of this process and its children, so Chromium counts for the PDF). Goals (issue 18): .docx ≤ 1 s,
 * PDF ≤ 3 s, .xlsx of a förvaltning ≤ 2 s, peak extra memory ≤ 200 MB. Not a test: no thresholds.
 * One function per measured export (EXPORTS). EXPORT_OUT=dir also writes each file there once.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OrgAccess } from '@/lib/auth/permissions';
import { planDocx } from '@/lib/export/plan-docx';
import { loadPlanExport } from '@/lib/export/plan-export';
import { closePdfRenderer, planPdf } from '@/lib/export/plan-pdf';
import { seedDemoData } from '@/prisma/seed/demo';
import { createTestDatabase } from '../support/test-database';
import { ms, percentile } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

type Context = { hr: (slug: string) => Promise<OrgAccess> };
type Measured = { name: string; goal: string; file: string; run: (context: Context) => Promise<Uint8Array> };

/** Socialförvaltningen's adopted plan 2025–2027 as HR exports it: read, document model, .docx. */
async function planToDocx(context: Context): Promise<Uint8Array> {
  const exported = await loadPlanExport(await context.hr('socialforvaltningen'), 2025, null);
  return planDocx(exported!.doc);
}

/** The same plan as a tagged PDF (one Chromium launch per export, as the route does). */
async function planToPdf(context: Context): Promise<Uint8Array> {
  const exported = await loadPlanExport(await context.hr('socialforvaltningen'), 2025, null);
  return planPdf(exported!.doc);
}

const EXPORTS: Measured[] = [
  { name: 'Plan → Word (.docx), Socialförvaltningen 2025', goal: '≤ 1 s', file: 'plan.docx', run: planToDocx },
  { name: 'Plan → PDF, Socialförvaltningen 2025', goal: '≤ 3 s', file: 'plan.pdf', run: planToPdf },
];

/**
 * Memory of this process and all its descendants, in bytes: the sum of each one's PSS (Linux), so that pages
 * Chromium's processes share are counted once, not once per process as RSS would.
 */
function treeMemory(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total += Number(pss?.[1] ?? 0) * 1024;
    } catch {
      // the process ended between ps and the read
    }
  }
  return total;
}

/**
 * One run: its time, and with `sample` the peak memory above the level before it. Sampling (ps and /proc every
 * 100 ms) costs CPU of its own on a busy machine, so timed runs are not sampled.
 */
async function once(measured: Measured, context: Context, sample: boolean) {
  global.gc?.();
  const base = sample ? treeMemory() : 0;
  let peak = base;
  const sampler = sample ? setInterval(() => (peak = Math.max(peak, treeMemory())), 100) : null;
  const started = performance.now();
  const file = await measured.run(context);
  const time = performance.now() - started;
  if (sampler) clearInterval(sampler);
  return { file, time, extra: sample ? Math.max(peak, treeMemory()) - base : 0 };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function measure(measured: Measured, context: Context) {
  // The first run starts what a fresh server process starts (modules, caches, for the PDF Chromium itself).
  await closePdfRenderer();
  const cold = await once(measured, context, true);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(measured, context, false));
  const warm = await once(measured, context, true);
  const sorted = runs.map((r) => r.time).sort((a, b) => a - b);
  console.info(
    `${measured.name}: median ${ms(percentile(sorted, 50))} over ${RUNS} runs (goal ${measured.goal}), ` +
      `max ${ms(sorted.at(-1)!)}, peak extra memory ${mb(warm.extra)} (goal ≤ 200 MB); ` +
      `first run ${ms(cold.time)}, ${mb(cold.extra)}; ${(cold.file.byteLength / 1024).toFixed(0)} kB`,
  );
  if (process.env.EXPORT_OUT) {
    mkdirSync(process.env.EXPORT_OUT, { recursive: true });
    writeFileSync(path.join(process.env.EXPORT_OUT, measured.file), cold.file);
  }
}

async function main() {
  process.env.TEST_DATABASE = 'pglite';
  const t = await createTestDatabase();
  await seedDemoData(t.db);
  const context: Context = {
    hr: async (slug) => ({
      organizationId: (await t.db.organization.findUniqueOrThrow({ where: { slug } })).id,
      roles: ['HR'],
      managedDepartmentIds: [],
      unionOrganizationId: null,
    }),
  };
  const only = process.argv[2];
  for (const measured of EXPORTS) if (!only || measured.name.includes(only)) await measure(measured, context);
  await closePdfRenderer();
  await t.close();
  process.exit(0);
}

void main();
