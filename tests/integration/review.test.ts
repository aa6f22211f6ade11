/**
 * Samverkan (issue 9) against a real database: HR creates a meeting and sends the plan; invited unions' reps read
 * the frozen version, ask, edit and withdraw their own questions until the meeting; HR answers; the protocol and
 * its .docx; the comparison after adoption. Every refused direct call leaves the database as it was.
 */
import mammoth from 'mammoth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess } from '@/lib/auth/permissions';
import { adoptPlanAction } from '@/lib/plans/mutations';
import { listPlans } from '@/lib/plans/queries';
import { loadPlanReading } from '@/lib/plans/reading';
import { saveSectionAction } from '@/lib/plans/section-mutations';
import { compareForReview } from '@/lib/review/comparison';
import { createMeetingAction, sendPlanToMeetingAction, updateMeetingAction } from '@/lib/review/meeting-mutations';
import { protocolText } from '@/lib/review/protocol';
import { protocolOf } from '@/lib/review/protocol-data';
import { listMeetings, loadMeeting } from '@/lib/review/queries';
import { addProtocolNoteAction, answerQuestionAction, setMinutesAction } from '@/lib/review/answer-mutations';
import { askQuestionAction, editQuestionAction, withdrawQuestionAction } from '@/lib/review/question-mutations';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { databaseDigest } from './matrix/world';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let otherOrg: Awaited<ReturnType<typeof createOrganization>>;
const users: Record<string, string> = {};
const unions: Record<string, string> = {};
let planId = '';
let sections: { id: string; title: string }[] = [];
let meetingId = '';

const FUTURE = '2099-05-20';
const STAFF = 'Förvaltningen har många tillsvidareanställda och en låg personalomsättning.';

function accessOf(key: string, roles: OrgAccess['roles'], union: string | null = null): OrgAccess {
  return {
    organizationId: org.id,
    roles,
    managedDepartmentIds: [],
    unionOrganizationId: union ? unions[union]! : null,
  };
}

/** Calls as the user and asserts the refusal changed nothing but the log. */
async function refusedUnchanged(user: string, call: () => Promise<{ ok: boolean; code?: string }>) {
  const before = await databaseDigest(t.db);
  actAs(users[user]!);
  const result = await call();
  expect(result, JSON.stringify(result)).toMatchObject({ ok: false });
  expect(await databaseDigest(t.db)).toBe(before);
  return result;
}

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    plans: [
      {
        startYear: 2027,
        title: 'Kompetensförsörjningsplan 2027–2029',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [
          { title: 'Vilken kompetens har vi?', body: STAFF },
          { title: 'Avdelningsspecifikt', body: 'Sammantaget krävs en förstärkt organisatorisk förmåga.' },
        ],
        activities: [],
        gaps: [],
        risks: [],
      },
    ],
  });
  otherOrg = await createOrganization(t.db);
  const user = async (key: string, memberships: Parameters<typeof createUser>[1]['memberships']) => {
    users[key] = (await createUser(t.db, { email: `${key}@review.test`, name: key, memberships })).id;
  };
  await user('hr', [{ org: org.slug, role: 'HR' }]);
  await user('hr2', [{ org: org.slug, role: 'HR' }]);
  await user('ssr', [{ org: org.slug, role: 'UNION_REP', union: 'Akademikerförbundet SSR' }]);
  await user('vision', [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }]);
  await user('kommunal', [{ org: org.slug, role: 'UNION_REP', union: 'Kommunal' }]);
  await user('manager', [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }]);
  await user('otherHr', [{ org: otherOrg.slug, role: 'HR' }]);
  for (const u of await t.db.unionOrganization.findMany()) unions[u.name] = u.id;
  const plan = await t.db.plan.findFirstOrThrow({
    where: { organizationId: org.id },
    include: { sections: { orderBy: { sortOrder: 'asc' } } },
  });
  planId = plan.id;
  sections = plan.sections;
}, 120_000);
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`samverkan (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('HR creates a meeting and sends the draft: frozen, under samverkan, invited reps notified', async () => {
    actAs(users.hr!);
    const bad = await createMeetingAction({
      org: org.slug,
      forum: 'Förvaltningsgrupp',
      date: '14 april',
      place: '',
      itemNumber: 'fem',
      title: 'Kompetensförsörjningsplanen',
      type: 'INFORMATION',
      unionIds: [],
    });
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'date',
      'itemNumber',
      'unionIds',
    ]);
    const created = await createMeetingAction({
      org: org.slug,
      forum: 'Förvaltningsgrupp',
      date: FUTURE,
      place: 'Skärholmens stadsdelsförvaltning, sal 3',
      itemNumber: '5.2.1',
      title: 'Kompetensförsörjningsplanen',
      type: 'INFORMATION',
      diarienummer: 'SKH 2026/118',
      unionIds: [unions['Akademikerförbundet SSR']!, unions.Vision!],
    });
    expect(created).toMatchObject({ ok: true });
    meetingId = (await t.db.reviewMeeting.findFirstOrThrow({ where: { organizationId: org.id } })).id;
    // Before a plan is sent, no rep sees the plan.
    expect(await listPlans(accessOf('ssr', ['UNION_REP'], 'Akademikerförbundet SSR'))).toEqual([]);

    expect(await sendPlanToMeetingAction({ org: org.slug, meetingId, planId })).toMatchObject({ ok: true });
    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: planId }, include: { snapshots: true } });
    expect(plan.status).toBe('IN_REVIEW');
    expect(plan.snapshots.map((s) => s.kind)).toEqual(['REVIEW']);
    const meeting = await t.db.reviewMeeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting.reviewedSnapshotId).toBe(plan.snapshots[0]!.id);
    // Sending again is refused: the reviewed version does not change under the reps.
    expect(await sendPlanToMeetingAction({ org: org.slug, meetingId, planId })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    const notified = await t.db.notification.findMany({ where: { kind: 'review.plan-sent' } });
    expect(notified.map((n) => n.userId).sort()).toEqual([users.ssr, users.vision].sort());
  });

  it('shows plan and meeting to invited unions only; HR of another organisation sees nothing', async () => {
    const ssr = accessOf('ssr', ['UNION_REP'], 'Akademikerförbundet SSR');
    const kommunal = accessOf('kommunal', ['UNION_REP'], 'Kommunal');
    const noUnion = accessOf('x', ['UNION_REP']);
    expect((await listPlans(ssr)).map((p) => p.id)).toEqual([planId]);
    expect((await loadPlanReading(ssr, 2027, null))?.snapshot?.kind).toBe('REVIEW');
    expect((await listMeetings(ssr)).map((m) => m.id)).toEqual([meetingId]);
    for (const access of [kommunal, noUnion, accessOf('manager', ['MANAGER'])]) {
      expect(await listMeetings(access)).toEqual([]);
      expect(await loadMeeting(access, 'x', meetingId)).toBeNull();
    }
    expect(await listPlans(kommunal)).toEqual([]);
    expect(await loadPlanReading(kommunal, 2027, null)).toBeNull();
    const otherHr: OrgAccess = {
      organizationId: otherOrg.id,
      roles: ['HR'],
      managedDepartmentIds: [],
      unionOrganizationId: null,
    };
    expect(await listMeetings(otherHr)).toEqual([]);
    expect(await loadMeeting(otherHr, users.otherHr!, meetingId)).toBeNull();
  });

  it('takes a question on a section with a passage of the frozen text, and refuses a passage that is not there', async () => {
    actAs(users.ssr!);
    const wrong = await askQuestionAction({
      org: org.slug,
      meetingId,
      sectionId: sections[0]!.id,
      question: 'Var kommer siffrorna ifrån?',
      quote: 'en text som inte finns i avsnittet',
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { quote: [expect.stringContaining('finns inte')] } });
    // The refusal carries what was typed back, so the form shows it again (React 19 resets the fields).
    expect(wrong).toMatchObject({
      values: { question: 'Var kommer siffrorna ifrån?', quote: 'en text som inte finns i avsnittet' },
    });
    expect(await t.db.reviewQuestion.count()).toBe(0);
    const first = await askQuestionAction({
      org: org.slug,
      meetingId,
      sectionId: sections[0]!.id,
      question: 'Var kommer siffrorna för personalomsättningen ifrån?',
      quote: 'en  låg\npersonalomsättning',
    });
    expect(first).toMatchObject({ ok: true });
    actAs(users.vision!);
    expect(
      await askQuestionAction({
        org: org.slug,
        meetingId,
        sectionId: sections[1]!.id,
        question: 'Vad betyder meningen?',
      }),
    ).toMatchObject({ ok: true });
    const questions = await t.db.reviewQuestion.findMany({
      orderBy: { createdAt: 'asc' },
      include: { revisions: true },
    });
    expect(questions.map((q) => [q.sectionId, q.status, q.revisions.length])).toEqual([
      [sections[0]!.id, 'OPEN', 1],
      [sections[1]!.id, 'OPEN', 1],
    ]);
    expect(questions[0]!.quote).toBe('en  låg\npersonalomsättning');
    // HR is told about each new question; both reps see both questions.
    expect(await t.db.notification.count({ where: { kind: 'review.question', userId: users.hr } })).toBe(2);
    const seen = await loadMeeting(accessOf('vision', ['UNION_REP'], 'Vision'), users.vision!, meetingId);
    expect(seen?.questions.map((q) => [q.union, q.own])).toEqual([
      ['Akademikerförbundet SSR', false],
      ['Vision', true],
    ]);
  });

  it('refuses, with nothing changed: others’ questions, uninvited unions, managers, other organisations, plan edits by reps', async () => {
    const [ssrQuestion] = await t.db.reviewQuestion.findMany({ where: { authorId: users.ssr } });
    const ref = { org: org.slug, questionId: ssrQuestion!.id, version: 1 };
    const edit = { ...ref, sectionId: sections[0]!.id, question: 'Kapad fråga' };
    expect(await refusedUnchanged('vision', () => editQuestionAction(edit))).toMatchObject({ code: 'denied' });
    expect(await refusedUnchanged('vision', () => withdrawQuestionAction(ref))).toMatchObject({ code: 'denied' });
    expect(await refusedUnchanged('hr', () => editQuestionAction(edit))).toMatchObject({ code: 'denied' });
    const ask = { org: org.slug, meetingId, sectionId: sections[0]!.id, question: 'Får vi vara med?' };
    expect(await refusedUnchanged('kommunal', () => askQuestionAction(ask))).toMatchObject({ code: 'denied' });
    expect(
      await refusedUnchanged('kommunal', () => addProtocolNoteAction({ org: org.slug, meetingId, text: 'x' })),
    ).toMatchObject({ code: 'denied' });
    expect(await refusedUnchanged('manager', () => askQuestionAction(ask))).toMatchObject({ code: 'denied' });
    expect(await refusedUnchanged('ssr', () => answerQuestionAction({ ...ref, answer: 'Eget svar' }))).toMatchObject({
      code: 'denied',
    });
    expect(
      await refusedUnchanged('ssr', () => sendPlanToMeetingAction({ org: org.slug, meetingId, planId })),
    ).toMatchObject({ code: 'denied' });
    expect(
      await refusedUnchanged('ssr', () =>
        saveSectionAction({
          org: org.slug,
          sectionId: sections[0]!.id,
          version: 1,
          body: JSON.stringify({ type: 'doc', content: [] }),
        }),
      ),
    ).toMatchObject({ code: 'denied' });
    // HR of another organisation: not even with its own organisation's slug.
    for (const slug of [org.slug, otherOrg.slug]) {
      expect(
        await refusedUnchanged('otherHr', () => answerQuestionAction({ ...ref, org: slug, answer: 'Svar' })),
      ).toMatchObject({ code: 'denied' });
      expect(
        await refusedUnchanged('otherHr', () => setMinutesAction({ ...ref, org: slug, inMinutes: 'on' })),
      ).toMatchObject({ code: 'denied' });
    }
  });

  it('keeps every wording: an edit and a withdrawal are new revisions, and a question is never deleted', async () => {
    const [q] = await t.db.reviewQuestion.findMany({ where: { authorId: users.ssr } });
    actAs(users.ssr!);
    const edited = await editQuestionAction({
      org: org.slug,
      questionId: q!.id,
      version: 1,
      sectionId: sections[0]!.id,
      question: 'Var kommer siffrorna ifrån, och hur räknas de?',
      quote: 'låg personalomsättning',
    });
    expect(edited).toMatchObject({ ok: true, data: { version: 2 } });
    // A stale version is a conflict, not an overwrite.
    expect(
      await editQuestionAction({
        org: org.slug,
        questionId: q!.id,
        version: 1,
        sectionId: sections[0]!.id,
        question: 'Gammal',
      }),
    ).toMatchObject({ ok: false, code: 'conflict' });
    const revisions = await t.db.reviewQuestionRevision.findMany({
      where: { questionId: q!.id },
      orderBy: { version: 'asc' },
    });
    expect(revisions.map((r) => r.text)).toEqual([
      'Var kommer siffrorna för personalomsättningen ifrån?',
      'Var kommer siffrorna ifrån, och hur räknas de?',
    ]);
    await expect(t.db.reviewQuestion.delete({ where: { id: q!.id } })).rejects.toThrow();
    await expect(
      t.db.reviewQuestionRevision.update({ where: { id: revisions[0]!.id }, data: { text: 'ändrad' } }),
    ).rejects.toThrow();
    expect(await t.db.reviewQuestion.count({ where: { id: q!.id } })).toBe(1);
  });

  it('HR answers; the rep is notified; a stale or withdrawn question is refused; minutes flags are kept', async () => {
    const [q] = await t.db.reviewQuestion.findMany({ where: { authorId: users.ssr } });
    actAs(users.hr!);
    expect(
      await answerQuestionAction({
        org: org.slug,
        questionId: q!.id,
        version: 2,
        answer: 'Arbetsgivaren svarar att statistiken kommer från beslutstöd.',
      }),
    ).toMatchObject({ ok: true, data: { version: 3 } });
    actAs(users.hr2!);
    const late = await answerQuestionAction({ org: org.slug, questionId: q!.id, version: 2, answer: 'Ett annat svar' });
    expect(late).toMatchObject({ ok: false, code: 'conflict' });
    expect(await t.db.reviewAnswer.count({ where: { questionId: q!.id } })).toBe(1);
    expect(await t.db.notification.count({ where: { kind: 'review.answer', userId: users.ssr } })).toBe(1);
    // An answered question is not reworded under its answer.
    actAs(users.ssr!);
    expect(
      await editQuestionAction({
        org: org.slug,
        questionId: q!.id,
        version: 3,
        sectionId: sections[0]!.id,
        question: 'Ny lydelse',
      }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('besvarad') });
    // The Vision rep withdraws; HR cannot answer a withdrawn question.
    const [v] = await t.db.reviewQuestion.findMany({ where: { authorId: users.vision } });
    actAs(users.vision!);
    expect(await withdrawQuestionAction({ org: org.slug, questionId: v!.id, version: 1 })).toMatchObject({ ok: true });
    actAs(users.hr!);
    expect(await answerQuestionAction({ org: org.slug, questionId: v!.id, version: 2, answer: 'Svar' })).toMatchObject({
      ok: false,
    });
    const withdrawn = await t.db.reviewQuestion.findUniqueOrThrow({
      where: { id: v!.id },
      include: { revisions: true },
    });
    expect([withdrawn.status, withdrawn.revisions.length, withdrawn.question]).toEqual([
      'WITHDRAWN',
      2,
      'Vad betyder meningen?',
    ]);
    expect(await setMinutesAction({ org: org.slug, questionId: q!.id, version: 3, inMinutes: 'on' })).toMatchObject({
      ok: true,
    });
    expect(await t.db.reviewQuestion.findUniqueOrThrow({ where: { id: q!.id } })).toMatchObject({
      inMinutes: true,
      answerInMinutes: false,
    });
    expect(
      await setMinutesAction({ org: org.slug, questionId: q!.id, version: 4, inMinutes: 'on', answerInMinutes: 'on' }),
    ).toMatchObject({ ok: true });
  });

  it('writes a double-submitted question once', async () => {
    actAs(users.ssr!);
    const input = {
      org: org.slug,
      meetingId,
      sectionId: sections[1]!.id,
      question: 'Samma fråga två gånger?',
      requestId: crypto.randomUUID(),
    };
    const [a, b] = [await askQuestionAction(input), await askQuestionAction(input)];
    expect(a).toEqual(b);
    expect(await t.db.reviewQuestion.count({ where: { question: input.question } })).toBe(1);
  });

  it('writes the protocol: item heading, "undrar"/"svarar", protokollsanteckning; the .docx reads the same', async () => {
    actAs(users.ssr!);
    expect(
      await addProtocolNoteAction({
        org: org.slug,
        meetingId,
        text: 'Akademikerförbundet SSR vill se siffrorna per yrke.',
      }),
    ).toMatchObject({ ok: true });
    const meeting = await loadMeeting(accessOf('hr', ['HR']), users.hr!, meetingId);
    const text = protocolText(protocolOf(meeting!));
    expect(text.split('\n\n').slice(0, 4)).toEqual([
      '5.2.1 Kompetensförsörjningsplanen',
      `Förvaltningsgrupp, ${FUTURE}, Skärholmens stadsdelsförvaltning, sal 3`,
      'Typ: Information',
      'Diarienummer: SKH 2026/118',
    ]);
    expect(text).toContain('Akademikerförbundet SSR (ssr) frågar: Var kommer siffrorna ifrån, och hur räknas de?');
    expect(text).toContain('Arbetsgivaren svarar att statistiken kommer från beslutstöd.');
    expect(text).not.toContain('Vad betyder meningen?'); // withdrawn
    expect(text).toContain(
      'Protokollsanteckning från Akademikerförbundet SSR: Akademikerförbundet SSR vill se siffrorna per yrke.',
    );
    expect(text).not.toContain('Förhandlingen');

    actAs(users.hr!);
    const { GET } = await import('@/app/(app)/[org]/samverkan/[meetingId]/protokoll/word/route');
    const response = await GET(new Request('http://localhost/x'), {
      params: Promise.resolve({ org: org.slug, meetingId }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('wordprocessingml');
    const buffer = Buffer.from(await response.arrayBuffer());
    const docx = (await mammoth.extractRawText({ buffer })).value;
    for (const line of text.split('\n\n')) expect(docx).toContain(line);
    const html = (await mammoth.convertToHtml({ buffer })).value;
    expect(html).toContain('<h1>5.2.1 Kompetensförsörjningsplanen</h1>');
    // A rep of an uninvited union gets 403 for the same file.
    actAs(users.kommunal!);
    const refused = await GET(new Request('http://localhost/x'), {
      params: Promise.resolve({ org: org.slug, meetingId }),
    });
    expect(refused.status).toBe(403);
  });

  it('an MBL § 11 item lists attendees and justerare and says whether the negotiation is concluded', async () => {
    actAs(users.hr!);
    const meeting = await t.db.reviewMeeting.findUniqueOrThrow({ where: { id: meetingId } });
    const base = {
      org: org.slug,
      meetingId,
      forum: meeting.forum,
      date: FUTURE,
      place: meeting.place,
      itemNumber: '5.2.1',
      title: meeting.title,
      type: 'MBL_11',
      diarienummer: 'SKH 2026/118',
      attendees: 'Helena Rask, HR-konsult\r\nCarin Trygg, Akademikerförbundet SSR',
      adjusters: 'Carin Trygg (Akademikerförbundet SSR)',
      negotiationConcluded: 'yes',
    };
    // Vision has asked: it cannot be dropped from the invitation.
    expect(
      await updateMeetingAction({ ...base, version: meeting.version, unionIds: [unions['Akademikerförbundet SSR']!] }),
    ).toMatchObject({ ok: false, fieldErrors: { unionIds: [expect.stringContaining('Vision')] } });
    expect(
      await updateMeetingAction({
        ...base,
        version: meeting.version,
        unionIds: [unions['Akademikerförbundet SSR']!, unions.Vision!],
      }),
    ).toMatchObject({ ok: true });
    const text = protocolText(protocolOf((await loadMeeting(accessOf('hr', ['HR']), users.hr!, meetingId))!));
    expect(text).toContain('Typ: MBL § 11 förhandling');
    expect(text).toContain('Närvarande: Helena Rask, HR-konsult, Carin Trygg, Akademikerförbundet SSR');
    expect(text).toContain('Justerare: Carin Trygg (Akademikerförbundet SSR)');
    expect(text.endsWith('Förhandlingen förklaras avslutad.')).toBe(true);
  });

  it('closes questions after the meeting day', async () => {
    await t.db.reviewMeeting.update({ where: { id: meetingId }, data: { date: new Date('2020-01-01T00:00:00Z') } });
    const [q] = await t.db.reviewQuestion.findMany({ where: { authorId: users.ssr, status: 'OPEN' } });
    const before = await databaseDigest(t.db);
    actAs(users.ssr!);
    expect(await withdrawQuestionAction({ org: org.slug, questionId: q!.id, version: q!.version })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Mötet hölls 2020-01-01'),
    });
    expect(
      await askQuestionAction({ org: org.slug, meetingId, sectionId: sections[0]!.id, question: 'För sent?' }),
    ).toMatchObject({ ok: false, values: { question: 'För sent?' } });
    expect(await databaseDigest(t.db)).toBe(before);
    await t.db.reviewMeeting.update({ where: { id: meetingId }, data: { date: new Date(`${FUTURE}T00:00:00Z`) } });
  });

  it('after adoption compares the reviewed and the adopted version section by section', async () => {
    actAs(users.hr!);
    const section = await t.db.planSection.findUniqueOrThrow({ where: { id: sections[0]!.id } });
    const body = section.body as { content: { attrs: { blockId: string } }[] };
    const changed = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { blockId: body.content[0]!.attrs.blockId },
          content: [
            { type: 'text', text: 'Förvaltningen har många tillsvidareanställda; omsättningen är 6 % (beslutstöd).' },
          ],
        },
      ],
    };
    // HR revises the section after the meeting (the plan is still under samverkan), then adopts it.
    expect(
      await saveSectionAction({
        org: org.slug,
        sectionId: section.id,
        version: section.version,
        body: JSON.stringify(changed),
      }),
    ).toMatchObject({ ok: true });
    const plan = await t.db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(
      await adoptPlanAction({
        org: org.slug,
        planId,
        version: plan.version,
        decisionDate: '2099-06-10',
        decisionReference: '§ 7',
        diarienummer: 'SKH 2026/118',
      }),
    ).toMatchObject({ ok: true });
    const meeting = (await loadMeeting(
      accessOf('ssr', ['UNION_REP'], 'Akademikerförbundet SSR'),
      users.ssr!,
      meetingId,
    ))!;
    expect(meeting.adopted).not.toBeNull();
    const compared = compareForReview(
      meeting.reviewed!.content,
      meeting.adopted!.content!,
      meeting.questions.map((q) => ({
        id: q.id,
        sectionId: q.sectionId,
        union: q.union,
        text: q.question,
        quote: q.quote,
        status: q.status,
      })),
    );
    expect(compared.map((s) => [s.title, s.status, s.indexNow])).toEqual([
      ['Vilken kompetens har vi?', 'changed', 1],
      ['Avdelningsspecifikt', 'same', 2],
    ]);
    const quoted = compared[0]!.questions.find((q) => q.quote);
    expect(quoted?.passage).toEqual({
      kind: 'changed',
      before: STAFF,
      now: 'Förvaltningen har många tillsvidareanställda; omsättningen är 6 % (beslutstöd).',
    });
    expect(
      compared[0]!.blocks.flatMap((b) => b.parts.filter((p) => p.change === 'added').map((p) => p.text)).join(''),
    ).toContain('6 %');
  });
});
