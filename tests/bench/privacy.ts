/**
 * npx tsx --conditions=react-server tests/bench/privacy.ts — how many suppressed counts the attacker of tests/support/privacy-attack.ts recovers
 * from the demo data, per organisation: every dashboard a union representative can open (the organisation and
 * each department, every year), through the real server path (loadDashboard on an embedded database).
 */
import type { OrgAccess } from '@/lib/auth/permissions';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { seedDemoData } from '@/prisma/seed/demo';
import { type Payload, attack } from '../support/privacy-attack';
import { createTestDatabase } from '../support/test-database';

const t = await createTestDatabase();
await seedDemoData(t.db);
for (const org of await t.db.organization.findMany({ orderBy: { name: 'asc' } })) {
  const departments = await t.db.department.findMany({ where: { organizationId: org.id, parentId: null } });
  const access = (roles: OrgAccess['roles']): OrgAccess => ({
    organizationId: org.id,
    roles,
    managedDepartmentIds: [],
    unionOrganizationId: null,
  });
  const payloads = async (roles: OrgAccess['roles']) => {
    const { years } = await loadDashboard(access(roles), {});
    const out: Payload[] = [];
    for (const year of years)
      for (const department of [null, ...departments]) {
        const view = await loadDashboard(access(roles), { year, departmentId: department?.id });
        out.push({ department: department?.name ?? null, year, charts: view.sections.flatMap((s) => s.charts) });
      }
    return out;
  };
  const result = attack(
    await payloads(['UNION_REP']),
    await payloads(['HR']),
    departments.map((d) => d.name),
  );
  const how = (h: string) => result.recovered.filter((r) => r.how === h).length;
  const small = result.recovered.filter((r) => r.value > 0 && r.value < 5).length;
  console.log(
    `${org.name}: ${result.suppressed} suppressed counts (${result.small} of them 1–4); recovered exactly ${result.recovered.length}` +
      ` (${small} of them 1–4): shown elsewhere ${how('shown elsewhere')}, differencing ${how('differencing')}, linear algebra ${how('linear algebra')}, bounds ${how('bounds')}`,
  );
  for (const r of result.recovered) console.log(`    ${r.id} = ${r.value} (${r.how})`);
}
await t.close();
process.exit(0);
