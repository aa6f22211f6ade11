/**
 * Issue 19, "Rekryteringsbehov" and "Scenarier": the read function on seed 003's statistics for each role (managers
 * their departments, union reps only once the plan was sent to their meeting, small cells hidden from all but HR
 * and administrators with no sum giving them away), and "Spara scenario" through the guard.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess } from '@/lib/auth/permissions';
import { saveScenarioAction } from '@/lib/needs/mutations';
import type { ShownTable } from '@/lib/needs/protection';
import { loadNeedsPage } from '@/lib/needs/queries';
import { SKR_PRESETS } from '@/lib/needs/scenarios';
import { fieldsFromLevers } from '@/lib/needs/schemas';
import { socialforvaltningen } from '@/prisma/seed-data';
import { accessOf } from '../support/access';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
const users = { hr: '', manager: '', union: '', admin: '' };
const STRATEGI = 'Avdelningen för strategi och utveckling';

const accessFor = (who: keyof typeof users): Promise<OrgAccess> => accessOf(t.db, users[who], org.id);

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, { ...socialforvaltningen, slug: 'social-needs' });
  const member = async (key: keyof typeof users, role: 'HR' | 'MANAGER' | 'UNION_REP' | 'ADMIN', extra = {}) =>
    (users[key] = (
      await createUser(t.db, {
        email: `${key}@needs.test`,
        name: key,
        memberships: [{ org: org.slug, role, ...extra }],
      })
    ).id);
  await member('hr', 'HR');
  await member('manager', 'MANAGER', { departments: [STRATEGI] });
  await member('union', 'UNION_REP', { union: 'Vision' });
  await member('admin', 'ADMIN');
}, 120_000);
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

/** Every shown relation (a department's sum of its rows, the organisation's sum of departments) leaves ≠ 1 unknown. */
function expectNoLoneHiddenCell(table: ShownTable) {
  const parts = ['retirements', 'otherDepartures', 'volume', 'total'] as const;
  for (const d of table.departments)
    table.years.forEach((_, i) =>
      parts.forEach((p) => {
        const members = [...d.rows.map((r) => r.years[i]![p]), d.sum[i]![p]];
        const hidden = members.filter((m) => m.reason !== null);
        expect(hidden.length, `${d.department} ${p} ${i}`).not.toBe(1);
      }),
    );
}

const shownValues = (table: ShownTable) =>
  table.departments.flatMap((d) => [...d.rows.flatMap((r) => r.years), ...d.sum].flatMap((y) => Object.values(y)));

describe(`Kompetensbehov: the forecast as each role reads it (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('HR sees seed 003: 16 / 15 / 32 turn 65, 37 already over 65, 100 in all, per department 2/1/1, 3/3/5, 11/11/26', async () => {
    const page = (await loadNeedsPage(await accessFor('hr'), 2025))!;
    expect(page.statisticsYear).toBe(2024);
    const row = (d: string | null) => page.summary.rows.find((r) => r.department === d)!;
    expect(row(null).reaching65.map((n) => n.value)).toEqual([16, 15, 32]);
    expect(row(null).alreadyPast65.value).toBe(37);
    expect(row(null).atSixtyFive.value).toBe(100);
    expect(row(STRATEGI).reaching65.map((n) => n.value)).toEqual([2, 1, 1]);
    expect(row('Avdelningen för beredskap och administration').reaching65.map((n) => n.value)).toEqual([3, 3, 5]);
    expect(row('Avdelningen för socialt stöd').reaching65.map((n) => n.value)).toEqual([11, 11, 26]);
    expect(page.suppressed).toBe(false);
    expect(shownValues(page.baseline).every((n) => n.reason === null)).toBe(true);
    // No population forecast yet: the volume part is missing, never 0.
    expect(page.baseline.totals.every((y) => y.volume.value === null && y.volume.text === 'saknas')).toBe(true);
    expect(page.missing.join(' ')).toContain('Volymförändring saknas');
  });

  it('a manager reads only their department, with small cells hidden and no sum giving them away', async () => {
    const page = (await loadNeedsPage(await accessFor('manager'), 2025))!;
    expect(page.departmentLocked).toBe(true);
    expect(page.baseline.departments.map((d) => d.department)).toEqual([STRATEGI]);
    expect(page.baseline.totals).toEqual([]);
    expect(page.summary.rows.map((r) => r.department)).toEqual([STRATEGI]);
    // 2 / 1 / 1 turn 65 in the department: small.
    expect(page.summary.rows[0]!.reaching65.map((n) => n.text)).toEqual(['<5', '<5', '<5']);
    const values = shownValues(page.baseline);
    expect(values.some((n) => n.reason !== null)).toBe(true);
    expect(values.every((n) => n.value === null || n.value === 0 || n.value >= 5)).toBe(true);
    expectNoLoneHiddenCell(page.baseline);
  });

  it('a union rep reads nothing before the plan is sent to their meeting, then the suppressed forecast', async () => {
    const before = await accessFor('union');
    expect(await loadNeedsPage(before, 2025)).toBeNull();
    const plan = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id, startYear: 2025 } });
    await inviteToReview(t.db, plan.id, 'Vision');
    const page = (await loadNeedsPage(await accessFor('union'), 2025))!;
    expect(page.suppressed).toBe(true);
    expect(page.canEdit).toBe(false);
    expect(page.baseline.totals).toHaveLength(3);
    expect(shownValues(page.baseline).every((n) => n.value === null || n.value === 0 || n.value >= 5)).toBe(true);
    expectNoLoneHiddenCell(page.baseline);
    expect(page.summary.rows.find((r) => r.department === null)!.reaching65.map((n) => n.value)).toEqual([16, 15, 32]);
  });

  it('a volume change HR stated for an occupation is the volume part of its rows; other occupations stay missing', async () => {
    const occupation = await t.db.occupation.findFirstOrThrow({
      where: { organizationId: org.id, name: 'socialsekreterare' },
    });
    await t.db.volumeChange.createMany({
      data: [2025, 2026, 2027].map((year) => ({
        organizationId: org.id,
        occupationId: occupation.id,
        year,
        change: 6,
      })),
    });
    const page = (await loadNeedsPage(await accessFor('hr'), 2025))!;
    const rows = page.baseline.departments.flatMap((d) => d.rows);
    const volumes = rows.filter((r) => r.occupation === 'socialsekreterare').map((r) => r.years[0]!.volume.value);
    expect(volumes.reduce<number>((a, v) => a + (v ?? 0), 0)).toBe(6);
    expect(rows.find((r) => r.occupation === 'utredare')!.years[0]!.volume.text).toBe('saknas');
    await t.db.volumeChange.deleteMany({ where: { organizationId: org.id } });
  });

  it('an administrator (who does not read plans) and an unknown year get nothing', async () => {
    expect(await loadNeedsPage(await accessFor('admin'), 2025)).toBeNull();
    expect(await loadNeedsPage(await accessFor('hr'), 2031)).toBeNull();
  });

  it('"SKR: pension vid 66" as a scenario lowers the need beside the baseline and names SKR’s national result', async () => {
    const preset = SKR_PRESETS.find((p) => p.name === 'SKR: pension vid 66')!;
    const page = (await loadNeedsPage(await accessFor('hr'), 2025, { levers: preset.levers }))!;
    expect(page.scenario!.reduction).toBeGreaterThan(0);
    expect(page.chart.every((p) => p.scenario !== null && p.baseline !== null)).toBe(true);
    expect(page.chart[0]!.scenario).toBeLessThan(page.chart[0]!.baseline!);
    expect(page.skrNational).toContain('410 000');
    expect(page.scenario!.leverTexts[0]).toContain('Underlätta för fler att arbeta mer och längre');
  });
});

describe(`"Spara scenario" (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  const fields = (over: Record<string, unknown> = {}) => ({
    org: org.slug,
    year: '2025',
    name: 'Pension vid 66',
    ...fieldsFromLevers(SKR_PRESETS[1].levers),
    ...over,
  });
  const count = () => t.db.needsScenario.count();

  it('HR saves a named scenario once, with its audit row, even when the request is repeated', async () => {
    actAs(users.hr);
    const requestId = crypto.randomUUID();
    const first = await saveScenarioAction(fields({ requestId }));
    expect(first).toMatchObject({ ok: true });
    expect(await saveScenarioAction(fields({ requestId }))).toEqual(first);
    expect(await count()).toBe(1);
    const saved = await t.db.needsScenario.findFirstOrThrow();
    expect(saved.levers).toEqual({ laterRetirement: { mode: 'minimumAge', age: 66 } });
    expect(await t.db.auditLog.count({ where: { action: 'needs.scenario.save', entityId: saved.id } })).toBe(1);
    const page = (await loadNeedsPage(await accessFor('hr'), 2025))!;
    expect(page.saved.map((s) => s.name)).toEqual(['Pension vid 66']);
    expect(page.saved[0]!.totals.every((v) => v !== null)).toBe(true);
  });

  it('a second scenario of the same name and a save from a stale version report a conflict and change nothing', async () => {
    actAs(users.hr);
    expect(await saveScenarioAction(fields())).toMatchObject({ ok: false, code: 'conflict' });
    const saved = await t.db.needsScenario.findFirstOrThrow();
    const update = (name: string) =>
      saveScenarioAction(
        fields({ name, scenarioId: saved.id, version: String(saved.version), efficiencyPercent: '5' }),
      );
    expect(await update('Pension vid 66 och effektivisering')).toMatchObject({ ok: true });
    expect(await update('Ett annat namn')).toMatchObject({ ok: false, code: 'conflict' });
    expect((await t.db.needsScenario.findFirstOrThrow()).name).toBe('Pension vid 66 och effektivisering');
    expect(await count()).toBe(1);
  });

  it('concurrent saves of one new name: one is saved, the other told', async () => {
    actAs(users.hr);
    const results = await Promise.all([
      saveScenarioAction(fields({ name: 'Samtidigt' })),
      saveScenarioAction(fields({ name: 'Samtidigt' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'conflict' });
    expect(await t.db.needsScenario.count({ where: { name: 'Samtidigt' } })).toBe(1);
  });

  it.each([
    [{ staffingMultiplier: '0' }, 'staffingMultiplier', 'större än 0'],
    [{ staffingMultiplier: '-1' }, 'staffingMultiplier', 'större än 0'],
    [{ fullTime: 'hours', fullTimeValue: '' }, 'fullTimeValue', 'Ange hur mycket'],
    [{ turnoverOccupation: 'utredare' }, 'turnoverPoints', 'procentenheter'],
    [{ efficiencyPercent: 'mycket' }, 'efficiencyPercent', 'minskning'],
  ])('bad input %o gets a Swedish message and writes nothing', async (over, field, message) => {
    actAs(users.hr);
    const before = await count();
    const result = await saveScenarioAction(fields({ name: 'Felaktigt', ...over }));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(result.fieldErrors?.[field]?.[0]).toContain(message);
    expect(await count()).toBe(before);
  });

  it('an unknown plan or scenario is refused with a message; a manager may not save', async () => {
    actAs(users.hr);
    expect(await saveScenarioAction(fields({ year: '2031', name: 'X y' }))).toMatchObject({
      ok: false,
      error: 'Det finns ingen plan för 2031.',
    });
    expect(await saveScenarioAction(fields({ name: 'X y', scenarioId: 'no-such', version: '1' }))).toMatchObject({
      ok: false,
      error: 'Scenariot finns inte längre.',
    });
    actAs(users.manager);
    expect(await saveScenarioAction(fields({ name: 'Chefens' }))).toMatchObject({ ok: false, code: 'denied' });
  });
});
