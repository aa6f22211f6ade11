/**
 * Issue 16, items 1–2: live figures in plan text, in a frozen version and in the samverkan meeting go through the
 * dashboards' suppression model for the reader's role. A total beside one of its parts, an organisation total, a
 * rate that implies a small count and a rate about an unknown number of people are hidden from managers and
 * union representatives, never from HR; what is hidden reaches the reader without its value.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrgAccess } from '@/lib/auth/permissions';
import { bindingKey } from '@/lib/plans/document';
import type { ResolvedFigure } from '@/lib/plans/figures';
import { sendToReviewAction } from '@/lib/plans/mutations';
import { loadPlanReading } from '@/lib/plans/reading';
import { loadMeeting } from '@/lib/review/queries';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import type { SeedStatistic } from '@/prisma/seed-data/types';
import { actAs, stopActing } from '../support/as-user';
import { createOrganization, createUser, inviteToReview } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let org: Awaited<ReturnType<typeof createOrganization>>;
let planId = '';
let hrId = '';

const Y = 2025;
const person = (over: Partial<SeedStatistic>): SeedStatistic =>
  ({
    measure: 'headcount',
    year: Y,
    occupation: 'Undersköterska',
    employmentForm: 'permanent',
    stated: false,
    ...over,
  }) as SeedStatistic;

const STATISTICS: SeedStatistic[] = [
  person({ department: 'Förskola', gender: 'woman', ageBand: '30-39', value: 40 }),
  person({ department: 'Förskola', gender: 'man', ageBand: '30-39', value: 3 }),
  person({ department: 'Äldreomsorg', gender: 'woman', ageBand: '40-49', value: 100 }),
  person({ department: 'Äldreomsorg', gender: 'man', ageBand: '40-49', value: 20 }),
  // Two departures in the whole organisation: the organisation's total is a small cell.
  person({ measure: 'departures', department: 'Förskola', category: 'ownRequest', value: 2 }),
  // 10 % of 30: three leavers.
  { measure: 'turnover', year: Y, occupation: 'Undersköterska', value: 10, population: 30, stated: false },
  { measure: 'turnover', year: Y, value: 8, population: 163, stated: false },
  // No population: nothing says how few people it is about.
  { measure: 'sickLeave', year: Y, department: 'Förskola', category: 'total', value: 5.1, stated: false },
  {
    measure: 'sickLeave',
    year: Y,
    department: 'Äldreomsorg',
    category: 'total',
    value: 6,
    population: 120,
    stated: false,
  },
  // 43 staff at 21,5 per manager: two managers.
  { measure: 'spanOfControl', year: Y, department: 'Förskola', value: 21.5, population: 43, stated: false },
];

const FIGURES = {
  preschool: `{{headcount|department=Förskola|${Y}}}`,
  preschoolWomen: `{{headcount|department=Förskola|gender=woman|${Y}}}`,
  organisation: `{{headcount|${Y}}}`,
  departures: `{{departures|${Y}}}`,
  turnover: `{{turnover|occupation=Undersköterska|${Y}}}`,
  sickLeave: `{{sickLeave|department=Förskola|category=total|${Y}}}`,
  sickLeaveElderly: `{{sickLeave|department=Äldreomsorg|category=total|${Y}}}`,
  managers: `{{spanOfControl|department=Förskola|${Y}}}`,
};
type Name = keyof typeof FIGURES;

const access = (roles: OrgAccess['roles'], unionOrganizationId: string | null = null): OrgAccess => ({
  organizationId: org.id,
  roles,
  managedDepartmentIds: [],
  unionOrganizationId,
});

/** The figures by name, from a reading's figures keyed by binding. */
function byName(figures: Record<string, ResolvedFigure>): Record<Name, ResolvedFigure> {
  const keyOf = (text: string) => {
    const [measure, ...rest] = text.slice(2, -2).split('|');
    const year = Number(rest.pop());
    return bindingKey({ measure: measure!, year, dimensions: Object.fromEntries(rest.map((p) => p.split('='))) });
  };
  return Object.fromEntries(Object.entries(FIGURES).map(([name, text]) => [name, figures[keyOf(text)]!])) as Record<
    Name,
    ResolvedFigure
  >;
}

function expectSuppressedReading(figures: Record<Name, ResolvedFigure>) {
  // A total and one of its parts: never both, or the other part (3 men) follows by subtraction.
  expect(figures.preschool.value === null || figures.preschoolWomen.value === null).toBe(true);
  // The organisation's total is decided in the same model (here hidden as well: it would give the men away).
  expect(figures.organisation.hidden === null || figures.organisation.value === null).toBe(true);
  // An organisation total of 1–4 is hidden like any cell.
  expect(figures.departures).toMatchObject({ value: null, hidden: 'small' });
  // Rates: implying three leavers, over unknown people, implying two managers.
  expect(figures.turnover).toMatchObject({ value: null, people: null, hidden: 'small' });
  expect(figures.sickLeave).toMatchObject({ value: null, hidden: 'unknown' });
  expect(figures.managers).toMatchObject({ value: null, hidden: 'small' });
  expect(figures.sickLeaveElderly).toMatchObject({ value: 6, hidden: null });
}

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db, {
    statistics: STATISTICS,
    plans: [
      {
        startYear: 2027,
        title: 'Kompetensförsörjningsplan 2027–2029',
        status: 'DRAFT',
        focusStrategies: [],
        sections: [{ title: 'Nuläge', body: Object.values(FIGURES).join(' ') }],
        activities: [],
        gaps: [],
        risks: [],
      },
    ],
  });
  hrId = (
    await createUser(t.db, { email: 'hr@privacy.test', name: 'HR', memberships: [{ org: org.slug, role: 'HR' }] })
  ).id;
  planId = (await t.db.plan.findFirstOrThrow({ where: { organizationId: org.id } })).id;
});
afterEach(() => stopActing());
afterAll(async () => {
  await t.close();
});

describe(`live figures go through the dashboards' suppression (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('hides derivable, small and unknown-population figures in the live plan from a manager, not from HR', async () => {
    const hr = byName((await loadPlanReading(access(['HR']), 2027, null))!.figures);
    expect(Object.values(hr).map((f) => f.value)).toEqual([43, 40, 163, 2, 10, 5.1, 6, 21.5]);
    expect(Object.values(hr).every((f) => !f.hidden)).toBe(true);
    expectSuppressedReading(byName((await loadPlanReading(access(['MANAGER']), 2027, null))!.figures));
  });

  it('decides the same for the frozen version a union reads, in the plan and in the meeting', async () => {
    actAs(hrId);
    expect(await sendToReviewAction({ org: org.slug, planId, version: 1 })).toMatchObject({ ok: true });
    const union = await inviteToReview(t.db, planId, 'Vision');
    const rep = access(['UNION_REP'], union);
    const reading = await loadPlanReading(rep, 2027, null);
    expect(reading?.snapshot?.kind).toBe('REVIEW');
    expectSuppressedReading(byName(reading!.figures));
    const meeting = await t.db.reviewMeeting.findFirstOrThrow({ where: { planId } });
    const view = await loadMeeting(rep, hrId, meeting.id);
    expectSuppressedReading(byName(view!.reviewed!.content.figures));
    // HR reads the same snapshot with every value.
    const hr = await loadPlanReading(access(['HR']), 2027, reading!.snapshot!.id);
    expect(Object.values(byName(hr!.figures)).map((f) => f.value)).toEqual([43, 40, 163, 2, 10, 5.1, 6, 21.5]);
  });

  it('hides the same rates on the dashboards', async () => {
    const view = await loadDashboard(access(['UNION_REP']), { year: Y, departmentId: org.departments.get('Förskola') });
    const chart = (id: string) => view.sections.flatMap((s) => s.charts).find((c) => c.id === id)!;
    expect(chart('sjukfranvaro').series[0]!.displays[0]).toBe('–');
    expect(chart('medarbetare-per-chef').series[0]!.displays).toEqual(['<5']);
    const whole = await loadDashboard(access(['UNION_REP']), { year: Y });
    const turnover = whole.sections.flatMap((s) => s.charts).find((c) => c.id === 'personalomsattning-befattning')!;
    expect(turnover.series[0]!.displays).toEqual(['<5']);
  });
});
