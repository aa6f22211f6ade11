/**
 * Issue 19, the registers: "Kompetensgap" and "Riskbedömning" kept by HR through the one guard (zod → role and
 * record scope → one transaction with its audit row), read by HR and managers (their departments' gaps and the
 * organisation-wide ones), never live by union reps. Freezing and rollover: gaps-risks-plan.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataAccessDenied } from '@/lib/auth/data-access';
import { addGapCommentAction, createGapAction, updateGapAction } from '@/lib/gaps/mutations';
import { gapsClosedByActivity, loadGap, loadGapRegister, registerFormOptions } from '@/lib/gaps/queries';
import { createRiskAction, updateRiskAction } from '@/lib/risks/mutations';
import { loadRisk, loadRiskRegister } from '@/lib/risks/queries';
import type { SeedActivity } from '@/prisma/seed-data/types';
import { accessOf } from '../support/access';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let other: Awaited<ReturnType<typeof createOrganization>>;
const users: Record<string, string> = {};
const ids: Record<string, string> = {};

const activity = (
  title: string,
  department?: string,
  status: SeedActivity['status'] = 'IN_PROGRESS',
): SeedActivity => ({
  goal: 'Rätt kompetens',
  title,
  phases: ['UTVECKLA'],
  strategies: [],
  department,
  owner: 'Avdelningschef',
  status,
  followUps: [],
});

const plan = (startYear: number, extra: object = {}) => ({
  startYear,
  title: `Plan ${startYear}`,
  status: 'DRAFT' as const,
  focusStrategies: [],
  sections: [{ title: 'Inledning', body: 'Text.' }],
  activities: [],
  gaps: [],
  risks: [],
  ...extra,
});

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    plans: [
      plan(2026, { activities: [activity('Fjolårets aktivitet', 'Äldreomsorg')] }),
      plan(2027, {
        activities: [
          activity('Demensutbildning', 'Äldreomsorg'),
          activity('Språkombud', 'Äldreomsorg', 'DONE'),
          activity('Läsplatta i förskolan', 'Förskola'),
        ],
        gaps: [
          {
            area: 'Vård och omsorg',
            description: 'Kunskap om demens',
            department: 'Äldreomsorg',
            occupations: ['Undersköterska'],
            priority: 'HIGH',
            status: 'IN_PROGRESS',
            activities: ['Demensutbildning', 'Språkombud'],
            comments: [{ date: '2026-03-01', author: 'HR-konsult', text: 'Utbildningen är upphandlad.' }],
          },
          { area: 'Pedagogik', description: 'Digitala verktyg i förskolan', department: 'Förskola' },
          { area: 'Lagar och avtal', description: 'Nya socialtjänstlagen', priority: 'LOW' },
          { area: 'Språk', description: 'Svenska i vården', status: 'CLOSED' },
        ],
        risks: [
          {
            title: 'Pensionsavgångar i äldreomsorgen',
            description: 'Många medarbetare är 60 år och äldre.',
            likelihood: 3,
            consequence: 3,
            owner: 'Avdelningschef äldreomsorg',
            gapDescriptions: ['Kunskap om demens', 'Digitala verktyg i förskolan'],
            activities: ['Demensutbildning', 'Läsplatta i förskolan'],
          },
          { title: 'Färre barn', description: 'Demografi.', likelihood: 4, consequence: 2, status: 'CLOSED' },
          { title: 'Hot och våld', description: 'Incidenter.', likelihood: 2, consequence: 4 },
        ],
      }),
    ],
  });
  other = await createOrganization(t.db, { plans: [plan(2027, { activities: [activity('Annan förvaltning')] })] });
  const user = async (key: string, m: Parameters<typeof createUser>[1]['memberships']) =>
    (users[key] = (await createUser(t.db, { email: `${key}@gap.test`, name: `Namn ${key}`, memberships: m })).id);
  await user('hr', [{ org: org.slug, role: 'HR' }]);
  await user('manager', [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }]);
  await user('union', [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }]);
  await user('admin', [{ org: org.slug, role: 'ADMIN' }]);
  const planOf = async (organizationId: string, startYear: number) =>
    (await t.db.plan.findFirstOrThrow({ where: { organizationId, startYear } })).id;
  ids.plan = await planOf(org.id, 2027);
  ids.lastYearPlan = await planOf(org.id, 2026);
  const activityId = async (title: string) => (await t.db.activity.findFirstOrThrow({ where: { title } })).id;
  ids.dementia = await activityId('Demensutbildning');
  ids.preschool = await activityId('Läsplatta i förskolan');
  ids.lastYearActivity = await activityId('Fjolårets aktivitet');
  ids.otherOrgActivity = await activityId('Annan förvaltning');
  ids.elderCare = org.departments.get('Äldreomsorg')!;
  ids.occupation = (await t.db.occupation.findFirstOrThrow({ where: { organizationId: org.id } })).id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

const access = (key: string) => accessOf(t.db, users[key]!, org.id);
const gapFields = (extra: object = {}) => ({
  org: org.slug,
  planId: ids.plan!,
  area: 'Teknik, IT-system och digitalisering',
  description: 'Statistik, data och analyskunskap',
  priority: 'HIGH',
  status: 'OPEN',
  departmentIds: [ids.elderCare!],
  occupationIds: [ids.occupation!],
  activityIds: [ids.dementia!],
  ...extra,
});
const riskFields = (extra: object = {}) => ({
  org: org.slug,
  planId: ids.plan!,
  title: 'Svårt att rekrytera erfarna medarbetare',
  description: 'Erfarna socialsekreterare söker sig till andra arbetsgivare.',
  likelihood: '3',
  consequence: '4',
  ownerText: 'HR-chef',
  mitigation: 'Kompetensbaserad rekrytering.',
  status: 'OPEN',
  gapIds: [],
  activityIds: [ids.dementia!],
  ...extra,
});
/** The same fields for an edit, which names the record instead of the plan. */
const withoutPlan = <T extends { planId?: string }>(fields: T): Omit<T, 'planId'> => {
  const { planId: _planId, ...rest } = fields;
  return rest;
};
const countRows = async () => ({
  gaps: await t.db.competenceGap.count(),
  risks: await t.db.risk.count(),
  links: (await t.db.competenceGapActivity.count()) + (await t.db.riskActivity.count()),
});

describe(`Kompetensgap (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('HR creates a gap with many departments, occupations and activities, audited; a double submit creates one', async () => {
    actAs(users.hr!);
    const requestId = crypto.randomUUID();
    // A double click: both submissions at once, with the same request id.
    const [first, again] = await Promise.all([
      createGapAction({ ...gapFields(), requestId }),
      createGapAction({ ...gapFields(), requestId }),
    ]);
    expect(first.ok && again.ok && first.data.id === again.data.id).toBe(true);
    const gapId = first.ok ? first.data.id : '';
    const saved = await t.db.competenceGap.findUniqueOrThrow({
      where: { id: gapId },
      include: { departments: true, occupations: true, activities: true },
    });
    expect(saved).toMatchObject({ priority: 'HIGH', status: 'OPEN', version: 1 });
    expect(saved.departments.map((d) => d.departmentId)).toEqual([ids.elderCare]);
    expect(saved.occupations.map((o) => o.occupationId)).toEqual([ids.occupation]);
    expect(saved.activities.map((a) => a.activityId)).toEqual([ids.dementia]);
    expect(await t.db.competenceGap.count({ where: { description: 'Statistik, data och analyskunskap' } })).toBe(1);
    const audit = await t.db.auditLog.findMany({ where: { action: 'gap.create', entityId: gapId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ before: null, after: { priority: 'HIGH', activityIds: [ids.dementia] } });
  });

  it('refuses bad input with a Swedish message and changes nothing', async () => {
    actAs(users.hr!);
    const before = await countRows();
    const cases: [object, string, RegExp][] = [
      [{ area: '' }, 'area', /Skriv kompetensområdet/],
      [{ description: 'x' }, 'description', /Beskriv kompetensgapet/],
      [{ priority: 'URGENT' }, 'priority', /Välj en prioritet/],
      [{ activityIds: ['no-such-activity'] }, 'activityIds', /ur den här planen/],
      [{ activityIds: [ids.lastYearActivity] }, 'activityIds', /ur den här planen/],
      [{ activityIds: [ids.otherOrgActivity] }, 'activityIds', /ur den här planen/],
      [{ departmentIds: [other.departments.get('Förskola')] }, 'departmentIds', /förvaltningens lista/],
    ];
    for (const [extra, field, message] of cases) {
      const result = await createGapAction(gapFields(extra));
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field]?.join(' '), field).toMatch(message);
    }
    // A plan of another organisation is out of record scope.
    const foreign = await createGapAction(
      gapFields({ planId: (await t.db.plan.findFirstOrThrow({ where: { organizationId: other.id } })).id }),
    );
    expect(foreign).toMatchObject({ ok: false, code: 'denied' });
    expect(await countRows()).toEqual(before);
  });

  it('edits with optimistic concurrency: a stale version is a conflict and writes nothing', async () => {
    actAs(users.hr!);
    const gap = await t.db.competenceGap.findFirstOrThrow({ where: { description: 'Nya socialtjänstlagen' } });
    const edit = (version: number, description: string) =>
      updateGapAction({ ...withoutPlan(gapFields({ description, status: 'IN_PROGRESS' })), gapId: gap.id, version });
    expect(await edit(gap.version, 'Nya socialtjänstlagen 2025')).toMatchObject({ ok: true });
    const stale = await edit(gap.version, 'Skriven över');
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    const after = await t.db.competenceGap.findUniqueOrThrow({ where: { id: gap.id } });
    expect(after).toMatchObject({ description: 'Nya socialtjänstlagen 2025', status: 'IN_PROGRESS', version: 2 });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'gap.update', entityId: gap.id } });
    expect(audit.details).toMatchObject({
      before: { description: 'Nya socialtjänstlagen', version: 1 },
      after: { description: 'Nya socialtjänstlagen 2025', version: 2 },
    });
  });

  it('appends dated comments with their author; the trail cannot be edited', async () => {
    actAs(users.hr!);
    const gap = await t.db.competenceGap.findFirstOrThrow({ where: { description: 'Kunskap om demens' } });
    const result = await addGapCommentAction({ org: org.slug, gapId: gap.id, text: 'Första kursen är klar.' });
    expect(result.ok).toBe(true);
    expect(await addGapCommentAction({ org: org.slug, gapId: gap.id, text: '' })).toMatchObject({ ok: false });
    const view = await loadGap(await access('hr'), gap.id);
    expect(view!.comments.map((c) => [c.author, c.text])).toEqual([
      ['HR-konsult', 'Utbildningen är upphandlad.'],
      ['Namn hr', 'Första kursen är klar.'],
    ]);
    expect(view!.comments[0]!.date).toBe('2026-03-01');
    const comment = await t.db.competenceGapComment.findFirstOrThrow({ where: { gapId: gap.id } });
    await expect(
      t.db.competenceGapComment.update({ where: { id: comment.id }, data: { text: 'Ändrad' } }),
    ).rejects.toThrow();
  });

  it('lets only HR write: a manager, a union rep and an administrator are refused and nothing changes', async () => {
    const before = await countRows();
    const gap = await t.db.competenceGap.findFirstOrThrow({ where: { description: 'Kunskap om demens' } });
    for (const key of ['manager', 'union', 'admin']) {
      actAs(users[key]!);
      expect(await createGapAction(gapFields()), key).toMatchObject({ ok: false, code: 'denied' });
      expect(await addGapCommentAction({ org: org.slug, gapId: gap.id, text: 'Hej hej' })).toMatchObject({
        ok: false,
        code: 'denied',
      });
      expect(await createRiskAction(riskFields()), key).toMatchObject({ ok: false, code: 'denied' });
    }
    expect(await countRows()).toEqual(before);
  });

  it("shows a manager their departments' gaps and the organisation-wide ones; refuses the live register to a rep", async () => {
    const hr = await loadGapRegister(await access('hr'), 2027);
    expect(hr!.gaps.map((g) => g.description)).toEqual(
      expect.arrayContaining(['Kunskap om demens', 'Digitala verktyg i förskolan', 'Svenska i vården']),
    );
    // Open before closed, high priority first.
    expect(hr!.gaps.at(-1)!.description).toBe('Svenska i vården');
    expect(hr!.gaps[0]!.priority).toBe('HIGH');
    const manager = await loadGapRegister(await access('manager'), 2027);
    const seen = manager!.gaps.map((g) => g.description);
    expect(seen).toContain('Kunskap om demens');
    expect(seen).toContain('Svenska i vården'); // the whole förvaltning's
    expect(seen).not.toContain('Digitala verktyg i förskolan');
    const forskola = await t.db.competenceGap.findFirstOrThrow({
      where: { description: 'Digitala verktyg i förskolan' },
    });
    expect(await loadGap(await access('manager'), forskola.id)).toBeNull();
    await expect(loadGapRegister(await access('union'), 2027)).rejects.toThrow(DataAccessDenied);
    await expect(loadRiskRegister(await access('union'), 2027)).rejects.toThrow(DataAccessDenied);
    await expect(registerFormOptions(await access('manager'), ids.plan!)).rejects.toThrow(DataAccessDenied);
  });

  it('links both ways: the activity shows the gaps it closes', async () => {
    const gaps = await gapsClosedByActivity(await access('hr'), ids.dementia!);
    expect(gaps.map((g) => g.description)).toContain('Kunskap om demens');
    expect(gaps.every((g) => g.startYear === 2027)).toBe(true);
    expect(await gapsClosedByActivity(await access('hr'), ids.otherOrgActivity!)).toEqual([]);
  });
});

describe('Riskbedömning', () => {
  it('sorts by likelihood × consequence and scopes the links a manager sees', async () => {
    const hr = await loadRiskRegister(await access('hr'), 2027);
    expect(hr!.risks.map((r) => [r.title, r.score])).toEqual([
      ['Pensionsavgångar i äldreomsorgen', 9],
      ['Hot och våld', 8],
      ['Färre barn', 8],
    ]);
    expect(hr!.risks[0]!.owner).toBe('Avdelningschef äldreomsorg');
    const manager = await loadRiskRegister(await access('manager'), 2027);
    const pension = manager!.risks[0]!;
    expect(pension.gaps.map((g) => g.description)).toEqual(['Kunskap om demens']);
    expect(pension.activities.map((a) => a.title)).toEqual(['Demensutbildning']);
  });

  it('HR creates and edits a risk; likelihood 5, a gap of another plan or a stale version are refused', async () => {
    actAs(users.hr!);
    const before = await countRows();
    const five = await createRiskAction(riskFields({ likelihood: '5' }));
    expect(five.ok).toBe(false);
    if (!five.ok) expect(five.fieldErrors?.likelihood).toEqual(['Sannolikhet ska vara 1–4.']);
    expect(await createRiskAction(riskFields({ consequence: '0' }))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await createRiskAction(riskFields({ ownerText: '' }))).toMatchObject({ ok: false, code: 'invalid' });
    expect(await createRiskAction(riskFields({ gapIds: ['no-such-gap'] }))).toMatchObject({ ok: false });
    expect(await createRiskAction(riskFields({ activityIds: [ids.otherOrgActivity] }))).toMatchObject({ ok: false });
    expect(await countRows()).toEqual(before);

    const gap = await t.db.competenceGap.findFirstOrThrow({ where: { description: 'Kunskap om demens' } });
    const created = await createRiskAction(riskFields({ gapIds: [gap.id] }));
    expect(created.ok).toBe(true);
    const riskId = created.ok ? created.data.id : '';
    const view = await loadRisk(await access('hr'), riskId);
    expect(view).toMatchObject({ score: 12, level: 'VERY_HIGH', owner: 'HR-chef' });
    expect(view!.gaps.map((g) => g.id)).toEqual([gap.id]);
    const edit = (version: number) =>
      updateRiskAction({ ...withoutPlan(riskFields({ likelihood: '2' })), riskId, version });
    expect(await edit(1)).toMatchObject({ ok: true });
    expect(await edit(1)).toMatchObject({ ok: false, code: 'conflict' });
    expect(await t.db.risk.findUniqueOrThrow({ where: { id: riskId } })).toMatchObject({ likelihood: 2, version: 2 });
    expect(
      await t.db.auditLog.count({ where: { entityId: riskId, action: { in: ['risk.create', 'risk.update'] } } }),
    ).toBe(2);
  });
});
