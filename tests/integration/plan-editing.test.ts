import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '@/lib/plans/document';
import { adoptPlanAction, createPlanAction, reopenPlanAction, sendToReviewAction } from '@/lib/plans/mutations';
import {
  addSectionAction,
  moveSectionAction,
  removeSectionAction,
  restoreRevisionAction,
  restoreSectionAction,
  saveSectionAction,
} from '@/lib/plans/section-mutations';
import { FOLLOW_UP_KIND, FOLLOW_UP_TITLE, TEMPLATE } from '@/lib/plans/template';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let hr: { id: string };
let otherHr: { id: string };

const para = (text: string, blockId = 'p1'): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', attrs: { blockId }, content: [{ type: 'text', text }] }],
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: [
      {
        measure: 'headcount',
        year: 2025,
        department: 'Äldreomsorg',
        occupation: 'Undersköterska',
        employmentForm: 'permanent',
        gender: 'woman',
        ageBand: '30-39',
        value: 41,
        stated: true,
      },
    ],
    plans: [
      {
        startYear: 2026,
        title: 'Kompetensförsörjningsplan 2026–2028',
        status: 'ADOPTED',
        focusStrategies: [],
        sections: [
          { title: 'Inledning', body: 'Förra årets inledning.' },
          { title: 'Riskbedömning', body: 'Risker.' },
        ],
        activities: [
          {
            goal: 'Fler språkombud',
            title: 'Utbilda språkombud',
            phases: ['UTVECKLA'],
            strategies: ['Arbeta med friskfaktorer'],
            department: 'Äldreomsorg',
            owner: 'Enhetschef',
            status: 'IN_PROGRESS',
            followUps: [{ year: 2026, period: 'T1', status: 'IN_PROGRESS', comment: 'Tre av fem utbildade.' }],
          },
          {
            goal: 'Tydlig introduktion',
            title: 'Introduktionsprogram',
            phases: ['INTRODUCERA'],
            strategies: ['Arbeta med friskfaktorer'],
            department: 'Förskola',
            owner: 'HR',
            status: 'DONE',
            followUps: [],
          },
        ],
        gaps: [],
        risks: [],
      },
    ],
  });
  hr = await createUser(t.db, { email: 'hr@plan.test', name: 'Helena', memberships: [{ org: org.slug, role: 'HR' }] });
  otherHr = await createUser(t.db, {
    email: 'hr2@plan.test',
    name: 'Hugo',
    memberships: [{ org: org.slug, role: 'HR' }],
  });
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

async function sectionOf(planId: string, title: string) {
  return t.db.planSection.findFirstOrThrow({ where: { planId, title } });
}

describe(`plan editing through the guard (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  let templatePlanId = '';

  it('creates a plan from the template: the instruction’s sections and one per department, each with revision 1', async () => {
    actAs(hr.id);
    const result = await createPlanAction({ org: org.slug, startYear: 2028, mode: 'template' });
    expect(result).toMatchObject({ ok: true, data: { startYear: 2028 } });
    if (!result.ok) return;
    templatePlanId = result.data.planId;
    const sections = await t.db.planSection.findMany({
      where: { planId: templatePlanId },
      orderBy: { sortOrder: 'asc' },
    });
    const departments = await t.db.department.findMany({
      where: { organizationId: org.id, parentId: null, kind: 'DEPARTMENT' },
    });
    expect(sections).toHaveLength(TEMPLATE.length - 1 + departments.length);
    expect(sections.map((s) => s.title)).toContain('Vilken kompetens behöver vi?');
    expect(
      sections
        .filter((s) => s.departmentId)
        .map((s) => s.departmentId)
        .sort(),
    ).toEqual(departments.map((d) => d.id).sort());
    expect(sections.every((s) => s.ownerId === hr.id)).toBe(true);
    expect(await t.db.planSectionRevision.count({ where: { section: { planId: templatePlanId } } })).toBe(
      sections.length,
    );
    expect(await t.db.auditLog.count({ where: { action: 'plan.create', entityId: templatePlanId } })).toBe(1);
  });

  it('refuses a second plan for the same start year with a Swedish message and changes nothing', async () => {
    actAs(hr.id);
    const before = await t.db.plan.count();
    const result = await createPlanAction({ org: org.slug, startYear: 2028, mode: 'template' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { startYear: [expect.stringContaining('redan en plan')] } });
    expect(await t.db.plan.count()).toBe(before);
  });

  it('rolls last year’s plan over with owners, and prepares the follow-up section before the risks', async () => {
    const source = await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id, startYear: 2026 } });
    await t.db.planSection.updateMany({
      where: { planId: source.id, title: 'Inledning' },
      data: { ownerId: otherHr.id },
    });
    actAs(hr.id);
    const result = await createPlanAction({
      org: org.slug,
      startYear: 2027,
      mode: 'rollover',
      sourcePlanId: source.id,
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const sections = await t.db.planSection.findMany({
      where: { planId: result.data.planId },
      orderBy: { sortOrder: 'asc' },
    });
    expect(sections.map((s) => s.title)).toEqual(['Inledning', FOLLOW_UP_TITLE, 'Riskbedömning']);
    expect(sections[0]).toMatchObject({ ownerId: otherHr.id });
    expect(sections[1]).toMatchObject({ kind: FOLLOW_UP_KIND, ownerId: hr.id });
    expect(JSON.stringify(sections[0]!.body)).toContain('Förra årets inledning.');
    expect((await t.db.plan.findUniqueOrThrow({ where: { id: result.data.planId } })).rolledOverFromId).toBe(source.id);
    // The unfinished activity carries over with its follow-up history; the finished one stays behind.
    const carried = await t.db.activity.findMany({
      where: { planId: result.data.planId },
      include: { followUps: true },
    });
    expect(carried.map((a) => a.title)).toEqual(['Utbilda språkombud']);
    expect(carried[0]!.followUps.map((f) => f.comment)).toEqual(['Tre av fem utbildade.']);
    // The follow-up section is pre-filled with last year's table, as in seed 003.
    const followUpText = JSON.stringify(sections[1]!.body);
    for (const text of ['Utbilda språkombud', 'Introduktionsprogram', 'Tre av fem utbildade.', '1 av 2 aktiviteter'])
      expect(followUpText).toContain(text);
    expect(followUpText).toContain('"type":"table"');
  });

  it('saves a version with its revision and audit row; a stale version is a conflict and overwrites nothing', async () => {
    const section = await sectionOf(templatePlanId, 'Inledning och nulägesanalys');
    actAs(hr.id);
    const first = await saveSectionAction({
      org: org.slug,
      sectionId: section.id,
      version: section.version,
      body: JSON.stringify(para('Helenas text')),
    });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    actAs(otherHr.id);
    const stale = await saveSectionAction({
      org: org.slug,
      sectionId: section.id,
      version: section.version,
      body: JSON.stringify(para('Hugos text')),
    });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    const saved = await t.db.planSection.findUniqueOrThrow({ where: { id: section.id } });
    expect(saved.version).toBe(2);
    expect(JSON.stringify(saved.body)).toContain('Helenas text');
    const revisions = await t.db.planSectionRevision.findMany({
      where: { sectionId: section.id },
      orderBy: { version: 'asc' },
    });
    expect(revisions.map((r) => [r.version, r.createdById])).toEqual([
      [1, hr.id],
      [2, hr.id],
    ]);
    expect(await t.db.auditLog.count({ where: { action: 'plan.section.save', entityId: section.id } })).toBe(1);
  });

  it('stores script, event-handler and javascript: payloads inert: unknown nodes, attributes and bad links are dropped', async () => {
    const section = await sectionOf(templatePlanId, 'Demografi och omvärld');
    const payload = {
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(2)', style: 'x', blockId: 'ok1' },
          content: [
            { type: 'text', text: '<img src=x onerror=alert(3)>' },
            {
              type: 'text',
              text: 'länk',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(4)', onmouseover: 'x' } }],
            },
            { type: 'text', text: 'bra', marks: [{ type: 'link', attrs: { href: 'https://example.se/a' } }] },
          ],
        },
        { type: 'iframe', attrs: { src: 'javascript:alert(5)' } },
      ],
    };
    actAs(hr.id);
    const result = await saveSectionAction({
      org: org.slug,
      sectionId: section.id,
      version: section.version,
      body: JSON.stringify(payload),
    });
    expect(result).toMatchObject({ ok: true });
    const stored = JSON.stringify((await t.db.planSection.findUniqueOrThrow({ where: { id: section.id } })).body);
    expect(stored).not.toMatch(/onclick|onmouseover|javascript:|iframe|"script"|style/);
    // The text of the script node survives only as text; the img string is text too (rendered escaped by React).
    expect(stored).toContain('"text":"alert(1)"');
    expect(stored).toContain('https://example.se/a');
  });

  it('adds, removes (kept with history), restores and reorders sections', async () => {
    actAs(hr.id);
    const added = await addSectionAction({
      org: org.slug,
      planId: templatePlanId,
      title: 'Inledning och nulägesanalys',
    });
    expect(added).toMatchObject({ ok: true });
    if (!added.ok) return;
    const id = (added.data as { sectionId: string }).sectionId;
    expect(await moveSectionAction({ org: org.slug, sectionId: id, direction: 'up' })).toMatchObject({ ok: true });
    expect(await removeSectionAction({ org: org.slug, sectionId: id })).toMatchObject({ ok: true });
    const removed = await t.db.planSection.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(removed.removedAt).not.toBeNull();
    expect(removed.revisions).toHaveLength(1);
    expect(
      await saveSectionAction({ org: org.slug, sectionId: id, version: 1, body: JSON.stringify(para('x')) }),
    ).toMatchObject({
      ok: false,
    });
    expect(await restoreSectionAction({ org: org.slug, sectionId: id })).toMatchObject({ ok: true });
    expect((await t.db.planSection.findUniqueOrThrow({ where: { id } })).removedAt).toBeNull();
  });

  it('restores an old revision as a new version', async () => {
    const section = await sectionOf(templatePlanId, 'Inledning och nulägesanalys');
    const first = await t.db.planSectionRevision.findFirstOrThrow({ where: { sectionId: section.id, version: 1 } });
    actAs(hr.id);
    const result = await restoreRevisionAction({
      org: org.slug,
      sectionId: section.id,
      revisionId: first.id,
      version: section.version,
    });
    expect(result).toMatchObject({ ok: true, data: { version: section.version + 1 } });
    const now = await t.db.planSection.findUniqueOrThrow({ where: { id: section.id } });
    expect(now.body).toEqual(first.body);
    expect(await t.db.planSectionRevision.count({ where: { sectionId: section.id } })).toBe(section.version + 1);
  });

  it('freezes snapshots with author and version; nobody saves into an adopted plan, even calling the action', async () => {
    actAs(hr.id);
    const section = await sectionOf(templatePlanId, 'Vilken kompetens har vi?');
    const figureDoc: Doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { blockId: 'f1' },
          content: [
            { type: 'text', text: 'Vi har ' },
            {
              type: 'liveFigure',
              attrs: { measure: 'headcount', dimensions: { department: 'Äldreomsorg' }, year: 2025 },
            },
            { type: 'text', text: ' anställda.' },
          ],
        },
      ],
    };
    expect(
      await saveSectionAction({
        org: org.slug,
        sectionId: section.id,
        version: section.version,
        body: JSON.stringify(figureDoc),
      }),
    ).toMatchObject({ ok: true });
    let plan = await t.db.plan.findUniqueOrThrow({ where: { id: templatePlanId } });
    expect(await sendToReviewAction({ org: org.slug, planId: plan.id, version: plan.version })).toMatchObject({
      ok: true,
    });
    plan = await t.db.plan.findUniqueOrThrow({ where: { id: templatePlanId } });
    expect(plan.status).toBe('IN_REVIEW');
    const review = await t.db.planSnapshot.findFirstOrThrow({ where: { planId: plan.id, kind: 'REVIEW' } });
    expect(review).toMatchObject({ createdById: hr.id, planVersion: 1 });
    const figures = (review.content as { figures: Record<string, { value: number }> }).figures;
    expect(Object.values(figures).map((f) => f.value)).toEqual([41]);

    const refused = await adoptPlanAction({
      org: org.slug,
      planId: plan.id,
      version: plan.version,
      decisionDate: 'inte ett datum',
      decisionReference: '§ 7',
      diarienummer: 'SN 2027/12',
    });
    expect(refused).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { decisionDate: expect.any(Array) } });
    const adopted = await adoptPlanAction({
      org: org.slug,
      planId: plan.id,
      version: plan.version,
      decisionDate: '2027-11-20',
      decisionReference: '§ 7',
      diarienummer: 'SN 2027/12',
    });
    expect(adopted).toMatchObject({ ok: true });
    plan = await t.db.plan.findUniqueOrThrow({ where: { id: templatePlanId } });
    expect(plan).toMatchObject({ status: 'ADOPTED', decisionReference: '§ 7', diarienummer: 'SN 2027/12' });

    const current = await t.db.planSection.findUniqueOrThrow({ where: { id: section.id } });
    const locked = await saveSectionAction({
      org: org.slug,
      sectionId: section.id,
      version: current.version,
      body: JSON.stringify(para('Ändring efter beslut')),
    });
    expect(locked).toMatchObject({ ok: false, error: expect.stringContaining('fastställd') });
    expect((await t.db.planSection.findUniqueOrThrow({ where: { id: section.id } })).version).toBe(current.version);
    expect(await addSectionAction({ org: org.slug, planId: plan.id, title: 'Nytt' })).toMatchObject({ ok: false });

    const reopened = await reopenPlanAction({ org: org.slug, planId: plan.id, version: plan.version });
    expect(reopened).toMatchObject({ ok: true });
    plan = await t.db.plan.findUniqueOrThrow({ where: { id: templatePlanId } });
    expect(plan).toMatchObject({ status: 'DRAFT', planVersion: 2 });
    expect(await t.db.planSnapshot.count({ where: { planId: plan.id } })).toBe(2);
    const audit = await t.db.auditLog.findMany({ where: { entityId: plan.id, action: { startsWith: 'plan.' } } });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'plan.adopt',
      'plan.create',
      'plan.reopen',
      'plan.send-to-review',
    ]);
  });
});
