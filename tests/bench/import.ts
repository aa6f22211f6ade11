/**
 * npm run bench:import — 100 000 rows imported end to end (parse → plan → commit in one transaction), on PGlite
 * and, when TEST_POSTGRES_URL is set, on PostgreSQL. Goal (issue 3): ≤ 10 s. Reports rows per second.
 */
import { parseImportFile } from '@/lib/statistics/import';
import { findImportChanges } from '@/lib/statistics/import/changes';
import { commitImport } from '@/lib/statistics/import/service';
import { CREATE_NEW_OPTION } from '@/lib/statistics/import/schemas';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase } from '../support/test-database';
import { buildFile } from './import-file';
import { benchDatabases, ms } from './stats';
import { roleAccess } from '../support/access';

async function run(kind: 'pglite' | 'postgres', file: ReturnType<typeof buildFile>) {
  process.env.TEST_DATABASE = kind;
  const t = await createTestDatabase();
  const org = await createOrganization(t.db);
  const user = await createUser(t.db, {
    email: `bench-${kind}@test.se`,
    name: 'Bench',
    memberships: [{ org: org.slug, role: 'HR' }],
  });

  const started = performance.now();
  const parsed = await parseImportFile({
    bytes: file.bytes,
    fileName: 'beslutstod.csv',
    group: 'headcount',
    today: new Date(),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  const parsedAt = performance.now();
  const comparison = await findImportChanges(t.db, roleAccess(org.id), parsed.preview);
  const plannedAt = performance.now();
  const mapping = (names: string[]) => Object.fromEntries(names.map((n) => [n, CREATE_NEW_OPTION]));
  const result = await commitImport(t.db, {
    organizationId: org.id,
    user,
    preview: parsed.preview,
    departmentMapping: mapping(comparison.unknownDepartments),
    occupationMapping: mapping(comparison.unknownOccupations),
  });
  const committedAt = performance.now();
  if (!result.ok || result.unchanged) throw new Error(`commit failed: ${JSON.stringify(result)}`);
  const stored = await t.db.staffStatistic.count({ where: { organizationId: org.id } });

  // Re-importing a corrected file for the same periods replaces every row.
  const again = await parseImportFile({
    bytes: file.bytes,
    fileName: 'beslutstod-igen.csv',
    group: 'headcount',
    today: new Date(),
  });
  if (!again.ok) throw new Error('re-parse failed');
  const identical = await findImportChanges(t.db, roleAccess(org.id), again.preview);
  await t.close();

  const total = committedAt - started;
  console.log(
    `${kind.padEnd(8)} ${parsed.preview.rowCount} rader: tolka ${ms(parsedAt - started)}, plan ${ms(plannedAt - parsedAt)}, ` +
      `spara ${ms(committedAt - plannedAt)}, totalt ${ms(total)} → ${Math.round((parsed.preview.rowCount / total) * 1000)} rader/s ` +
      `(lagrade ${stored}; samma fil igen: ${identical.alreadyImported ? 'oförändrad' : 'ändras'})`,
  );
}

const file = buildFile();
console.log(`Fil: ${(file.bytes.length / 1024 / 1024).toFixed(1)} MB, Windows-1252, semikolon`);
for (const kind of benchDatabases()) await run(kind, file);
process.exit(0);
