/**
 * npm run bench:import-latency — what other users feel while a 100 000-row import is written: another
 * organisation's dashboard (query + build, as the statistics page does it) is loaded every 100 ms, before the
 * import (idle), while the file is checked and compared (parse + preview), and while it is written (confirm).
 * Latency counts from when the load was due, so a blocked event loop or a busy database both show. PGlite,
 * and PostgreSQL when TEST_POSTGRES_URL is set. A second round imports a corrected file that replaces every row.
 */
import type { OrgAccess } from '@/lib/auth/permissions';
import { parseImportFileInWorker } from '@/lib/statistics/import/parse-in-worker';
import { findImportChanges } from '@/lib/statistics/import/changes';
import { commitImport } from '@/lib/statistics/import/service';
import { CREATE_NEW_OPTION } from '@/lib/statistics/import/schemas';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { seedOrganization } from '@/prisma/seed/organization';
import { seedReferenceData } from '@/prisma/seed/reference';
import { socialforvaltningen } from '@/prisma/seed-data';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase } from '../support/test-database';
import { buildFile } from './import-file';
import { benchDatabases, ms, percentile } from './stats';
import { roleAccess } from '../support/access';

const INTERVAL = 100;

/** Loads the dashboard every INTERVAL ms until stopped; returns each load's latency from when it was due. */
function probe(access: OrgAccess) {
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    let due = performance.now();
    while (running) {
      // Always through the timer queue: PGlite answers in microtasks, so a loop of loads alone would starve timers.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      await loadDashboard(access, {});
      latencies.push(performance.now() - due);
      due = Math.max(due + INTERVAL, performance.now());
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return latencies;
    },
  };
}

async function during<T>(access: OrgAccess, work: () => Promise<T>): Promise<{ result: T; latencies: number[] }> {
  const p = probe(access);
  const result = await work();
  return { result, latencies: await p.stop() };
}

function report(label: string, latencies: number[], extra = ''): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `  ${label.padEnd(30)} ${String(sorted.length).padStart(4)} laddningar  p95 ${ms(percentile(sorted, 95)).padStart(8)}  max ${ms(sorted.at(-1) ?? NaN).padStart(8)}${extra}`;
}

async function run(kind: 'pglite' | 'postgres', file: ReturnType<typeof buildFile>) {
  process.env.TEST_DATABASE = kind;
  const t = await createTestDatabase();
  await seedReferenceData(t.db);
  const watched = await seedOrganization(t.db, socialforvaltningen);
  const access: OrgAccess = {
    organizationId: watched.id,
    roles: ['HR'],
    managedDepartmentIds: [],
    unionOrganizationId: null,
  };
  const org = await createOrganization(t.db);
  const user = await createUser(t.db, {
    email: `latency-${kind}@test.se`,
    name: 'Bench',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
  console.log(`${kind}:`);
  const idle = await during(access, () => new Promise((resolve) => setTimeout(resolve, 2_000)));
  console.log(report('utan import', idle.latencies));

  for (const round of ['ny', 'rättad'] as const) {
    const bytes = round === 'ny' ? file.bytes : file.corrected;
    const started = performance.now();
    const parsed = await during(access, async () => {
      const result = await parseImportFileInWorker({
        bytes,
        fileName: `${round}.csv`,
        group: 'headcount',
        today: new Date(),
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      return result.preview;
    });
    const parsedAt = performance.now();
    const preview = parsed.result;
    const compared = await during(access, () => findImportChanges(t.db, roleAccess(org.id), preview));
    const checkedAt = performance.now();
    const comparison = compared.result;
    const mapping = (names: string[]) => Object.fromEntries(names.map((n) => [n, CREATE_NEW_OPTION]));
    const written = await during(access, () =>
      commitImport(t.db, {
        organizationId: org.id,
        user,
        preview,
        departmentMapping: mapping(comparison.unknownDepartments),
        occupationMapping: mapping(comparison.unknownOccupations),
      }),
    );
    const writtenAt = performance.now();
    if (!written.result.ok || written.result.unchanged) throw new Error(JSON.stringify(written.result));
    console.log(report(`${round} fil: tolka (arbetstråd)`, parsed.latencies, `  (${ms(parsedAt - started)})`));
    console.log(report(`${round} fil: jämför`, compared.latencies, `  (${ms(checkedAt - parsedAt)})`));
    console.log(
      report(
        `${round} fil: spara`,
        written.latencies,
        `  (${ms(writtenAt - checkedAt)}; ${preview.rows.length} värden, ${written.result.replaced} ersatta)`,
      ),
    );
  }
  await t.close();
}

const file = buildFile();
console.log(`Fil: ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB; en instrumentpanel laddas var ${INTERVAL}:e ms`);
for (const kind of benchDatabases()) await run(kind, file);
process.exit(0);
