/**
 * The Kompetensbehov page under load (part of npm run bench:needs, after needs.ts): `/<org>/kompetensbehov/<year>`
 * of the largest förvaltning of the city data (npm run data:city), signed in as HR and as a manager, at 10
 * connections, beside the floor (a static file from the same server) measured in the same run. Goal (issue 19):
 * the page's p95 ≤ 10 × the floor's p95. Needs `npm run build`; the production server runs on BENCH_PORT (3400).
 * Not a test.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { benchDir, fmt, load, root, signIn, startServer, staticFile, url } from './server';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** The förvaltning with the most head-count rows and its plan the forecast page opens (the newest). */
async function target(dir: string): Promise<{ slug: string; year: number }> {
  const pglite = new PGlite(dir);
  try {
    const { rows } = await pglite.query<{ slug: string; year: number }>(`
      WITH largest AS (
        SELECT "organizationId" FROM "StaffStatistic" WHERE measure = 'headcount'
        GROUP BY "organizationId" ORDER BY count(*) DESC LIMIT 1)
      SELECT o.slug, p."startYear" AS year FROM largest l
      JOIN "Organization" o ON o.id = l."organizationId"
      JOIN "Plan" p ON p."organizationId" = o.id
      ORDER BY p."startYear" DESC LIMIT 1`);
    if (!rows[0]) throw new Error('den största förvaltningen har ingen plan');
    return rows[0];
  } finally {
    await pglite.close();
  }
}

async function main() {
  if (process.env.DATABASE_URL) {
    console.error('Sidmätningen körs på den inbäddade databasen (data/bench/pglite-10y): hoppar över den.');
    return;
  }
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.error('Sidmätningen behöver en produktionsbyggnad: kör npm run build först.');
    process.exit(1);
  }
  const dir = path.join(benchDir, 'pglite-10y');
  const { slug, year } = await target(dir);
  const page = `/${slug}/kompetensbehov/${year}`;
  const server = await startServer({ DATABASE_URL: '', PGLITE_DATA_DIR: dir });
  try {
    const readers = [
      { label: 'Kompetensbehov (HR)', cookie: await signIn(`hr1@${slug}.stad.test`) },
      { label: 'Kompetensbehov (chef, skyddad)', cookie: await signIn(`chef1@${slug}.stad.test`) },
    ];
    for (const { cookie } of readers)
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${url}${page}`, { headers: { cookie }, redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${page} svarade ${response.status}`);
      }
    console.log(`\nSidan ${page} vid ${CONNECTIONS} anslutningar, ${DURATION} s per mätning, mål p95 ≤ 10 × golvet:`);
    console.log(`belastning (uptime) före: ${loadavg()}`);
    console.log('| mål | req/s | p50 | p95 | p95 ÷ golvets p95 | fel |');
    console.log('|---|---:|---:|---:|---:|---:|');
    const floor = await load(staticFile(), null, CONNECTIONS, DURATION);
    console.log(
      `| golvet: statisk fil från samma server | ${fmt(floor.rps, 1)} | ${fmt(floor.p50, 1)} ms | ${fmt(floor.p95, 1)} ms | 1 | ${floor.errors} |`,
    );
    for (const { label, cookie } of readers) {
      const r = await load(page, cookie, CONNECTIONS, DURATION);
      console.log(
        `| ${label} | ${fmt(r.rps, 1)} | ${fmt(r.p50)} ms | ${fmt(r.p95)} ms | ${fmt(r.p95 / Math.max(floor.p95, 0.1), 1)} | ${r.errors} |`,
      );
    }
    console.log(`belastning (uptime) efter: ${loadavg()}`);
  } finally {
    server.stop();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
