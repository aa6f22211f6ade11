/**
 * Issue 19, "Infoga i planen": the forecast goes into a section as a table of live figures that follow the
 * statistics until the plan is frozen; the frozen version, its export and its readers keep the values as they were,
 * and readers who see suppressed statistics do not see small forecast totals.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess } from '@/lib/auth/permissions';
import { loadPlanExport } from '@/lib/export/plan-export';
import { Prisma } from '@/lib/generated/prisma/client';
import { insertForecastAction, saveScenarioAction } from '@/lib/needs/mutations';
import { NEEDS_MEASURE } from '@/lib/needs/plan-table';
import { type Doc, collectFigures } from '@/lib/plans/document';
import type { ResolvedFigure } from '@/lib/plans/figures';
import { sendToReviewAction } from '@/lib/plans/mutations';
import { loadPlanReading } from '@/lib/plans/reading';
import type { SeedStatistic } from '@/prisma/seed-data/types';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let hrId = '';
let planId = '';
let sectionId = '';

const Y = 2026; // statistics; the plan is 2027–2029
const head = (department: string, occupation: string, ageBand: string, value: number): SeedStatistic =>
  ({
    measure: 'headcount',
    year: Y,
    department,
    occupation,
    employmentForm: 'permanent',
    gender: 'woman',
    ageBand,
    value,
    stated: false,
  }) as SeedStatistic;
const retired = (department: string, category: string, value: number): SeedStatistic =>
  ({ measure: 'retirements', year: Y, department, category, value, stated: false }) as SeedStatistic;

const access = (roles: OrgAccess['roles'], unionOrganizationId: string | null = null): OrgAccess => ({
  organizationId: org.id,
  roles,
  managedDepartmentIds: [],
  unionOrganizationId,
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: [
      head('Äldreomsorg', 'Undersköterska', '60-64', 10),
      head('Äldreomsorg', 'Undersköterska', '40-49', 50),
      head('Förskola', 'Förskollärare', '60-64', 5),
      head('Förskola', 'Förskollärare', '30-39', 40),
      retired('Äldreomsorg', '2027', 2),
      retired('Äldreomsorg', '2028', 2),
      retired('Äldreomsorg', '2029', 3),
      retired('Förskola', '2027', 1),
      retired('Förskola', '2028', 1),
      retired('Förskola', '2029', 1),
      { measure: 'turnover', year: Y, value: 10, population: 105, stated: false } as SeedStatistic,
    ],
    plans: [
      {
        startYear: 2027,
        title: 'Plan 2027–2029',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Kompetensbehov', body: 'Behovet de kommande åren.' }],
        activities: [],
        gaps: [],
        risks: [],
      },
    ],
  });
  hrId = (await createUser(t.db, { email: 'hr@table.test', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] }))
    .id;
  const plan = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id }, include: { sections: true } });
  planId = plan.id;
  sectionId = plan.sections[0]!.id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const needsFigures = (figures: Record<string, ResolvedFigure>) =>
  Object.values(figures).filter((f) => f.binding.measure === NEEDS_MEASURE);
const valueOf = (figures: Record<string, ResolvedFigure>, part: string, year: number, scenario = false) =>
  needsFigures(figures).find(
    (f) =>
      f.binding.dimensions.part === part &&
      f.binding.year === year &&
      Boolean(f.binding.dimensions.scenario) === scenario,
  )!;

describe(`"Infoga i planen" (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('puts the baseline and a saved scenario into the section as live tables; bad input changes nothing', async () => {
    actAs(hrId);
    const before = await t.db.planSection.findUniqueOrThrow({ where: { id: sectionId } });
    for (const bad of [
      { sectionId: 'no-such-section' },
      { sectionId, scenarioId: 'no-such-scenario' },
      { sectionId, pension65: '90', pension66: '20', pension67: '0', pension68: '0', pension69: '0' },
      { sectionId: '' },
    ]) {
      const result = await insertForecastAction({ org: org.slug, year: '2027', ...bad });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.code).toBe('invalid'); // a message to correct, never the unexpected failure
    }
    expect((await t.db.planSection.findUniqueOrThrow({ where: { id: sectionId } })).version).toBe(before.version);

    expect(await insertForecastAction({ org: org.slug, year: '2027', sectionId })).toMatchObject({ ok: true });
    const saved = await saveScenarioAction({
      org: org.slug,
      year: '2027',
      name: 'Pension vid 66',
      laterRetirement: '66',
    });
    if (!saved.ok) throw new Error(saved.error);
    expect(
      await insertForecastAction({ org: org.slug, year: '2027', sectionId, scenarioId: saved.data.id }),
    ).toMatchObject({ ok: true });
    const section = await t.db.planSection.findUniqueOrThrow({ where: { id: sectionId } });
    expect(section.version).toBe(before.version + 2);
    const bindings = collectFigures(section.body as Doc).filter((b) => b.measure === NEEDS_MEASURE);
    expect(bindings).toHaveLength(4 * 3 + 4 * 3); // parts × years, twice
    expect(await t.db.auditLog.count({ where: { action: 'needs.insert-into-plan' } })).toBe(2);

    // Live: half of those turning 65 in 2027 leave that year (default ages): Äldreomsorg 1, Förskola 0,5 → 1 + 1.
    const live = (await loadPlanReading(access(['HR']), 2027, null))!.figures;
    expect(valueOf(live, 'retirements', 2027).value).toBe(2);
    expect(valueOf(live, 'volume', 2027)).toMatchObject({ value: null }); // no population forecast: missing, not 0
    // Pension at 66: nobody leaves in 2027.
    expect(valueOf(live, 'retirements', 2027, true).value).toBe(0);
    expect(valueOf(live, 'retirements', 2027, true).label).toBe('Pensionsavgångar, Pension vid 66');
    // A manager sees suppressed statistics: a total of 2 people is hidden, the larger totals are not.
    const manager = (await loadPlanReading(access(['MANAGER']), 2027, null))!.figures;
    expect(valueOf(manager, 'retirements', 2027)).toMatchObject({ value: null, hidden: 'small' });
    expect(valueOf(manager, 'total', 2027).value).toBe(valueOf(live, 'total', 2027).value);
  });

  it('the frozen version, its export and the union keep the forecast as it was after the statistics change', async () => {
    actAs(hrId);
    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(await sendToReviewAction({ org: org.slug, planId, version: plan.version })).toMatchObject({ ok: true });
    await t.db.staffStatistic.updateMany({
      where: { organizationId: org.id, measure: 'retirements' },
      data: { value: { multiply: new Prisma.Decimal(10) } },
    });
    const live = (await loadPlanReading(access(['HR']), 2027, null))!;
    expect(live.snapshot).toBeNull();
    expect(valueOf(live.figures, 'retirements', 2027).value).toBe(15); // half of 30
    const snapshotId = live.snapshots[0]!.id;
    const frozen = (await loadPlanReading(access(['HR']), 2027, snapshotId))!;
    expect(valueOf(frozen.figures, 'retirements', 2027).value).toBe(2);
    const vision = await inviteToReview(t.db, planId, 'Vision');
    const union = (await loadPlanReading(access(['UNION_REP'], vision), 2027, null))!;
    expect(union.snapshot?.id).toBe(snapshotId);
    // The decision frozen with the figure holds for the union too: 2 people stay hidden.
    expect(valueOf(union.figures, 'retirements', 2027)).toMatchObject({ value: null, hidden: 'small' });
    // Every other figure the union sees is the frozen value, never today's.
    for (const f of needsFigures(union.figures))
      if (f.value !== null) expect(f.value).toBe(frozen.figures[f.key]!.value);
    expect(needsFigures(union.figures).some((f) => f.value !== null)).toBe(true);
    const exported = (await loadPlanExport(access(['HR']), 2027, snapshotId))!;
    const text = JSON.stringify(exported.doc);
    expect(text).toContain('Pensionsavgångar');
    expect(text).not.toContain('"15"');
  });
});
