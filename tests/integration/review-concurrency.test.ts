/**
 * Samverkan under concurrency, on PostgreSQL (PGlite runs one statement at a time, which would hide a race): two HR
 * answering the same question at the same moment write one answer and tell the other it changed; a question
 * submitted twice at once with the same request id is written once; ten reps' questions in parallel all arrive.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMeetingAction, sendPlanToMeetingAction } from '@/lib/review/meeting-mutations';
import { answerQuestionAction } from '@/lib/review/answer-mutations';
import { askQuestionAction } from '@/lib/review/question-mutations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const onPostgres = Boolean(process.env.TEST_POSTGRES_URL) && process.env.TEST_DATABASE === 'postgres';

describe.skipIf(!onPostgres)('samverkan on PostgreSQL: concurrent answers and double submissions', () => {
  let t: TestDatabase;
  let org: Awaited<ReturnType<typeof createOrganization>>;
  const users: Record<string, string> = {};
  let meetingId = '';
  let sectionId = '';

  beforeAll(async () => {
    t = await createTestDatabase();
    org = await createOrganization(t.db, {
      plans: [
        {
          startYear: 2027,
          title: 'Plan 2027–2029',
          status: 'DRAFT',
          focusStrategies: [],
          sections: [{ title: 'Hur', body: 'Analys av nuläge och framåt.' }],
          activities: [],
          gaps: [],
          risks: [],
        },
      ],
    });
    for (const key of ['hr1', 'hr2']) {
      users[key] = (
        await createUser(t.db, { email: `${key}@race.test`, name: key, memberships: [{ org: org.slug, role: 'HR' }] })
      ).id;
    }
    users.rep = (
      await createUser(t.db, {
        email: 'rep@race.test',
        name: 'rep',
        memberships: [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }],
      })
    ).id;
    const vision = await t.db.unionOrganization.findUniqueOrThrow({ where: { name: 'Vision' } });
    actAs(users.hr1!);
    await createMeetingAction({
      org: org.slug,
      forum: 'Förvaltningsgrupp',
      date: '2099-01-01',
      place: '',
      itemNumber: '1',
      title: 'Planen',
      type: 'INFORMATION',
      unionIds: [vision.id],
    });
    meetingId = (await t.db.reviewMeeting.findFirstOrThrow()).id;
    const plan = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id }, include: { sections: true } });
    sectionId = plan.sections[0]!.id;
    expect(await sendPlanToMeetingAction({ org: org.slug, meetingId, planId: plan.id })).toMatchObject({ ok: true });
  }, 120_000);
  afterEach(() => stopActing());
  afterAll(async () => {
    await t.close();
  });

  it('writes a question submitted twice at once (same request id) exactly once', async () => {
    actAs(users.rep!);
    const input = { org: org.slug, meetingId, sectionId, question: 'Dubbelklick?', requestId: crypto.randomUUID() };
    const results = await Promise.all([askQuestionAction(input), askQuestionAction(input), askQuestionAction(input)]);
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(await t.db.reviewQuestion.count({ where: { question: 'Dubbelklick?' } })).toBe(1);
    expect(await t.db.reviewQuestionRevision.count({ where: { text: 'Dubbelklick?' } })).toBe(1);
  });

  it('lets one of two answers to the same question at once win; the other is told, nothing is lost', async () => {
    const question = await t.db.reviewQuestion.findFirstOrThrow({ where: { question: 'Dubbelklick?' } });
    for (let round = 0; round < 10; round++) {
      const { version } = await t.db.reviewQuestion.findUniqueOrThrow({ where: { id: question.id } });
      // The test session is one global user, so both requests run as HR 2 (two tabs, or two HR: what races is
      // the compare-and-set on the question row, the same for either).
      actAs(users.hr2!);
      const answer = (text: string) =>
        answerQuestionAction({ org: org.slug, questionId: question.id, version, answer: `${text} ${round}` });
      const results = await Promise.all([answer('Första'), answer('Andra')]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(1);
    }
    expect(await t.db.reviewAnswer.count({ where: { questionId: question.id } })).toBe(10);
    const after = await t.db.reviewQuestion.findUniqueOrThrow({ where: { id: question.id } });
    expect(after.version).toBe(question.version + 10);
  });

  it('takes ten questions sent in parallel, each once', async () => {
    actAs(users.rep!);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        askQuestionAction({
          org: org.slug,
          meetingId,
          sectionId,
          question: `Parallell ${i}`,
          requestId: crypto.randomUUID(),
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.db.reviewQuestion.count({ where: { question: { startsWith: 'Parallell' } } })).toBe(10);
  });
});
