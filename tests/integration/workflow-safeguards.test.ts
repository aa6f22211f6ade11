/**
 * Issue 16 ("Förtroende II"), items 4, 9, 10 and 11 against a real database: the employer and the union side are
 * never one person in a meeting; "Fastställ" refuses a decision date before the samverkan meeting and both steps
 * are audited; the samverkan version freezes the activity table; the adopted version in force is named beside a
 * new draft wherever plans are listed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadRegister } from '@/lib/plans/activity-register';
import { FROZEN_TABLES_VERSION } from '@/lib/plans/frozen-tables';
import type { OrgAccess } from '@/lib/auth/permissions';
import { adoptPlanAction, reopenPlanAction } from '@/lib/plans/mutations';
import { listPlans } from '@/lib/plans/queries';
import { loadPlanReading } from '@/lib/plans/reading';
import { ANSWER_AS_REP } from '@/lib/review/guards';
import { answerQuestionAction } from '@/lib/review/answer-mutations';
import { createMeetingAction, sendPlanToMeetingAction } from '@/lib/review/meeting-mutations';
import { askQuestionAction } from '@/lib/review/question-mutations';
import { loadMeeting } from '@/lib/review/queries';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
const users: Record<string, string> = {};
const unions: Record<string, string> = {};
let planId = '';
let meetingId = '';

const MEETING_DAY = '2099-05-20';
const activity = (title: string, department?: string) => ({
  goal: `Mål för ${title.toLowerCase()}`,
  title,
  phases: ['BEHALLA' as const],
  strategies: [],
  department,
  dueDate: '2099-12-31',
  owner: 'HR-chef',
  status: 'NOT_STARTED' as const,
  followUps: [],
});

const hrAccess = (): OrgAccess => ({
  organizationId: org.id,
  roles: ['HR'],
  managedDepartmentIds: [],
  unionOrganizationId: null,
});
const repAccess = (): OrgAccess => ({
  organizationId: org.id,
  roles: ['UNION_REP'],
  managedDepartmentIds: [],
  unionOrganizationId: unions.Vision!,
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    plans: [
      {
        startYear: 2027,
        title: 'Kompetensförsörjningsplan 2027–2029',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Vilken kompetens har vi?', body: 'Förvaltningen har många tillsvidareanställda.' }],
        activities: [activity('Mentorprogram för nya undersköterskor', 'Äldreomsorg'), activity('Ledarforum')],
        gaps: [],
        risks: [],
      },
    ],
  });
  const user = async (key: string, memberships: Parameters<typeof createUser>[1]['memberships']) => {
    users[key] = (await createUser(t.db, { email: `${key}@workflow.test`, name: key, memberships })).id;
  };
  for (const u of await t.db.unionOrganization.findMany()) unions[u.name] = u.id;
  await user('hr', [{ org: org.slug, role: 'HR' }]);
  await user('vision', [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }]);
  // An account that holds both sides from before the rule (the factory writes memberships as the seed does).
  await user('both', [
    { org: org.slug, role: 'HR' },
    { org: org.slug, role: 'UNION_REP', union: 'Vision' },
  ]);
  planId = (await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id } })).id;
}, 120_000);
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`workflow safeguards (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('freezes the activity table with the samverkan version; later changes do not reach the reviewers', async () => {
    actAs(users.hr!);
    const created = await createMeetingAction({
      org: org.slug,
      forum: 'Förvaltningsgrupp',
      date: MEETING_DAY,
      place: '',
      itemNumber: '5.2.1',
      title: 'Kompetensförsörjningsplanen',
      type: 'INFORMATION',
      unionIds: [unions.Vision!],
    });
    expect(created).toMatchObject({ ok: true });
    meetingId = (await t.db.reviewMeeting.findFirstOrThrow({ where: { organizationId: org.id } })).id;
    expect(await sendPlanToMeetingAction({ org: org.slug, meetingId, planId })).toMatchObject({ ok: true });

    // After sending: one activity renamed, one removed, one added in the live register.
    const live = await t.db.activity.findMany({ where: { planId }, orderBy: { sortOrder: 'asc' } });
    await t.db.activity.update({ where: { id: live[0]!.id }, data: { title: 'Omdöpt efteråt', status: 'DONE' } });
    await t.db.activity.update({ where: { id: live[1]!.id }, data: { removedAt: new Date() } });
    await t.db.activity.create({
      data: { ...live[1]!, id: undefined, title: 'Tillagd efteråt', removedAt: null, version: 1 },
    });

    const expected = [
      {
        title: 'Mentorprogram för nya undersköterskor',
        goal: 'Mål för mentorprogram för nya undersköterskor',
        department: 'Äldreomsorg',
        owner: 'HR-chef',
        dueDate: '2099-12-31',
        status: 'NOT_STARTED',
      },
      { title: 'Ledarforum', department: null, status: 'NOT_STARTED' },
    ];
    const meeting = await loadMeeting(repAccess(), users.vision!, meetingId);
    expect(meeting?.reviewed?.tables?.activities).toMatchObject(expected);
    expect(meeting?.reviewed?.tables?.activities).toHaveLength(2);

    const snapshot = await t.db.planSnapshot.findFirstOrThrow({ where: { planId, kind: 'REVIEW' } });
    const reading = await loadPlanReading(repAccess(), 2027, null); // reps always read the frozen version
    expect(reading?.snapshot?.id).toBe(snapshot.id);
    expect(reading?.tables?.activities.map((a) => a.title)).toEqual(expected.map((a) => a.title));
    const asHr = await loadPlanReading(hrAccess(), 2027, snapshot.id);
    expect(asHr?.tables?.version).toBe(FROZEN_TABLES_VERSION);
    expect(asHr?.tables?.activities).toHaveLength(2);
  });

  it('refuses an account that is also an invited union’s rep answering as the employer, and logs it', async () => {
    actAs(users.vision!);
    const section = await t.db.planSection.findFirstOrThrow({ where: { planId } });
    expect(
      await askQuestionAction({
        org: org.slug,
        meetingId,
        sectionId: section.id,
        question: 'Hur följs ledarforum upp?',
      }),
    ).toMatchObject({ ok: true });
    const question = await t.db.reviewQuestion.findFirstOrThrow({ where: { meetingId } });

    actAs(users.both!);
    const refused = await answerQuestionAction({
      org: org.slug,
      questionId: question.id,
      version: question.version,
      answer: 'Arbetsgivarens svar från fel person.',
    });
    expect(refused).toMatchObject({ ok: false, error: ANSWER_AS_REP, code: 'denied' });
    expect(await t.db.reviewAnswer.count({ where: { questionId: question.id } })).toBe(0);
    expect(
      await t.db.auditLog.count({
        where: { action: 'access.denied', userId: users.both!, organizationId: org.id },
      }),
    ).toBe(1);
    const seenByBoth = await loadMeeting(
      { ...hrAccess(), roles: ['HR', 'UNION_REP'], unionOrganizationId: unions.Vision! },
      users.both!,
      meetingId,
    );
    expect(seenByBoth?.questions).toHaveLength(1);

    actAs(users.hr!);
    expect(
      await answerQuestionAction({
        org: org.slug,
        questionId: question.id,
        version: question.version,
        answer: 'Ledarforum följs upp varje tertial.',
      }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a decision date before the samverkan meeting; the adoption and the sending are audited', async () => {
    actAs(users.hr!);
    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: planId } });
    const decision = { decisionReference: '§ 12', diarienummer: 'SKH 2099/1' };
    const early = await adoptPlanAction({
      org: org.slug,
      planId,
      version: plan.version,
      decisionDate: '2099-05-19',
      ...decision,
    });
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { decisionDate: [expect.stringContaining('före samverkansmötet 2099-05-20')] },
    });
    expect((await t.db.plan.findUniqueOrThrow({ where: { id: planId } })).status).toBe('IN_REVIEW');

    const sameDay = await adoptPlanAction({
      org: org.slug,
      planId,
      version: plan.version,
      decisionDate: MEETING_DAY,
      ...decision,
    });
    expect(sameDay).toMatchObject({ ok: true });
    const audits = await t.db.auditLog.findMany({
      where: { entityId: planId, action: { in: ['plan.send-to-review', 'plan.adopt'] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(audits.map((a) => a.action)).toEqual(['plan.send-to-review', 'plan.adopt']);
    expect(audits[1]!.details).toMatchObject({ after: { status: 'ADOPTED', decisionDate: MEETING_DAY } });
    const adopted = await t.db.planSnapshot.findFirstOrThrow({ where: { planId, kind: 'ADOPTED' } });
    expect((adopted.content as { tables?: { activities: unknown[] } }).tables?.activities).toHaveLength(2);
  });

  it('names the adopted version in force beside the new draft in every plan list', async () => {
    actAs(users.hr!);
    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect((await listPlans(hrAccess()))[0]).toMatchObject({
      status: 'ADOPTED',
      inForce: null,
      statusText: 'Fastställd',
    });
    expect(await reopenPlanAction({ org: org.slug, planId, version: plan.version })).toMatchObject({ ok: true });

    const inForceText = `Utkast, version 2 · Fastställd version 1 gäller (beslut ${MEETING_DAY})`;
    expect((await listPlans(hrAccess()))[0]).toMatchObject({
      status: 'DRAFT',
      planVersion: 2,
      inForce: { planVersion: 1, decisionDate: MEETING_DAY },
      statusText: inForceText,
    });
    expect((await loadPlanReading(hrAccess(), 2027, null))?.plan.inForce).toEqual({
      planVersion: 1,
      decisionDate: MEETING_DAY,
    });
    expect((await loadRegister(hrAccess(), planId)).plans[0]).toMatchObject({ statusText: inForceText });
    expect((await loadMeeting(hrAccess(), users.hr!, meetingId))?.sendablePlans).toEqual([
      expect.objectContaining({ id: planId, statusText: inForceText }),
    ]);
  });
});
