/**
 * Issue 19: gaps and risks travel with the plan. What was sent to samverkan keeps them as they were (the union reads
 * them only there), and a new year's plan rolled over from last year's carries the open ones along.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addGapCommentAction, updateGapAction } from '@/lib/gaps/mutations';
import { createPlanAction, sendToReviewAction } from '@/lib/plans/mutations';
import { loadPlanReading } from '@/lib/plans/reading';
import type { SeedActivity } from '@/prisma/seed-data/types';
import { accessOf } from '../support/access';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
const users: Record<string, string> = {};
let planId: string;

const activity = (title: string, status: SeedActivity['status']): SeedActivity => ({
  goal: 'Rätt kompetens',
  title,
  phases: ['UTVECKLA'],
  strategies: [],
  department: 'Äldreomsorg',
  owner: 'Avdelningschef',
  status,
  followUps: [],
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    plans: [
      {
        startYear: 2027,
        title: 'Plan 2027',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Inledning', body: 'Text.' }],
        activities: [activity('Demensutbildning', 'IN_PROGRESS'), activity('Språkombud', 'DONE')],
        gaps: [
          {
            area: 'Vård och omsorg',
            description: 'Kunskap om demens',
            department: 'Äldreomsorg',
            priority: 'HIGH',
            status: 'IN_PROGRESS',
            activities: ['Demensutbildning', 'Språkombud'],
            comments: [{ date: '2026-03-01', author: 'HR-konsult', text: 'Utbildningen är upphandlad.' }],
          },
          { area: 'Språk', description: 'Svenska i vården', status: 'CLOSED' },
        ],
        risks: [
          {
            title: 'Pensionsavgångar i äldreomsorgen',
            description: 'Många medarbetare är 60 år och äldre.',
            likelihood: 3,
            consequence: 3,
            owner: 'Avdelningschef äldreomsorg',
            gapDescriptions: ['Kunskap om demens', 'Svenska i vården'],
            activities: ['Demensutbildning'],
          },
          { title: 'Färre barn', description: 'Demografi.', likelihood: 4, consequence: 2, status: 'CLOSED' },
        ],
      },
    ],
  });
  const user = async (key: string, m: Parameters<typeof createUser>[1]['memberships']) =>
    (users[key] = (await createUser(t.db, { email: `${key}@plan-gap.test`, name: `Namn ${key}`, memberships: m })).id);
  await user('hr', [{ org: org.slug, role: 'HR' }]);
  await user('union', [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }]);
  planId = (await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id } })).id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`gaps and risks with the plan (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('freezes gaps and risks with the version sent to samverkan; the rep reads them there as they were', async () => {
    actAs(users.hr!);
    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(await sendToReviewAction({ org: org.slug, planId, version: plan.version })).toMatchObject({ ok: true });
    await inviteToReview(t.db, planId);
    const gap = await t.db.competenceGap.findFirstOrThrow({ where: { description: 'Kunskap om demens' } });
    const risk = await t.db.risk.findFirstOrThrow({ where: { title: 'Pensionsavgångar i äldreomsorgen' } });
    // Changed after the version was sent: the frozen one must not follow.
    const changed = await updateGapAction({
      org: org.slug,
      gapId: gap.id,
      version: gap.version,
      area: gap.area,
      description: 'Demens, ändrad efteråt',
      priority: 'LOW',
      status: 'IN_PROGRESS',
      departmentIds: [org.departments.get('Äldreomsorg')!],
      activityIds: [(await t.db.activity.findFirstOrThrow({ where: { title: 'Demensutbildning' } })).id],
    });
    expect(changed).toMatchObject({ ok: true });
    expect(await addGapCommentAction({ org: org.slug, gapId: gap.id, text: 'Första kursen är klar.' })).toMatchObject({
      ok: true,
    });
    await t.db.risk.update({ where: { id: risk.id }, data: { likelihood: 1 } });

    const snapshot = await t.db.planSnapshot.findFirstOrThrow({ where: { planId, kind: 'REVIEW' } });
    const reading = await loadPlanReading(await accessOf(t.db, users.union!, org.id), 2027, snapshot.id);
    const { gaps, risks } = reading!.tables!;
    expect(gaps!.map((g) => g.description)).toEqual(['Kunskap om demens', 'Svenska i vården']);
    expect(gaps![0]).toEqual({
      id: gap.id,
      area: 'Vård och omsorg',
      description: 'Kunskap om demens',
      departments: ['Äldreomsorg'],
      occupations: [],
      priority: 'HIGH',
      status: 'IN_PROGRESS',
      activities: ['Demensutbildning', 'Språkombud'],
      comments: [{ date: '2026-03-01', author: 'HR-konsult', text: 'Utbildningen är upphandlad.' }],
    });
    expect(risks!.map((r) => [r.title, r.likelihood, r.consequence, r.owner])).toEqual([
      ['Pensionsavgångar i äldreomsorgen', 3, 3, 'Avdelningschef äldreomsorg'],
      ['Färre barn', 4, 2, ''],
    ]);
    expect(risks![0]!.gaps).toEqual(['Kunskap om demens', 'Svenska i vården']);
  });

  it("rolls last year's open gaps and risks over with the plan, linked to the activities carried along", async () => {
    actAs(users.hr!);
    const result = await createPlanAction({ org: org.slug, startYear: '2028', mode: 'rollover', sourcePlanId: planId });
    expect(result.ok).toBe(true);
    const next = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id, startYear: 2028 } });
    const gaps = await t.db.competenceGap.findMany({
      where: { planId: next.id },
      include: {
        departments: true,
        comments: { orderBy: { createdAt: 'asc' } },
        activities: { include: { activity: true } },
      },
    });
    // The closed gap stays behind; the open one keeps its departments, priority, status and comments with dates.
    expect(gaps).toHaveLength(1);
    const [gap] = gaps;
    const source = await t.db.competenceGap.findFirstOrThrow({ where: { planId, status: { not: 'CLOSED' } } });
    expect(gap).toMatchObject({
      copiedFromId: source.id,
      description: 'Demens, ändrad efteråt',
      status: 'IN_PROGRESS',
    });
    expect(gap!.departments.map((d) => d.departmentId)).toEqual([org.departments.get('Äldreomsorg')]);
    expect(gap!.comments.map((c) => c.text)).toEqual(['Utbildningen är upphandlad.', 'Första kursen är klar.']);
    expect(gap!.comments[0]!.createdAt.toISOString().slice(0, 10)).toBe('2026-03-01');
    // Linked to the carried copy of the unfinished activity, not to last year's row; the finished one stays behind.
    expect(gap!.activities.map((a) => [a.activity.title, a.activity.planId])).toEqual([['Demensutbildning', next.id]]);
    const risks = await t.db.risk.findMany({
      where: { planId: next.id },
      include: { gaps: { include: { gap: true } }, activities: { include: { activity: true } } },
    });
    expect(risks.map((r) => r.title)).toEqual(['Pensionsavgångar i äldreomsorgen']); // "Färre barn" was closed
    expect(risks[0]!.gaps.map((g) => g.gap.id)).toEqual([gap!.id]); // the closed gap's link stays behind
    expect(risks[0]!.activities.map((a) => a.activity.planId)).toEqual([next.id]);
  });
});
