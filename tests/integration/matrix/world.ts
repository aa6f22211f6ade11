/**
 * The organisation every matrix case runs against, and one user per kind of caller: each role, a manager of
 * another department, and HR of another organisation.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { SeedActivity, SeedStatistic } from '@/prisma/seed-data/types';
import { createOrganization, createUser } from '../../support/factories';

export const CALLERS = [
  'anonymous',
  'hr',
  'manager',
  'otherDeptManager',
  'union',
  'admin',
  'otherOrgHr',
  // A system administrator with no role in any organisation: creates organisations, sees none of their data.
  'systemAdmin',
] as const;
export type Caller = (typeof CALLERS)[number];

export type World = {
  db: PrismaClient;
  org: { id: string; slug: string };
  otherOrg: { id: string; slug: string };
  users: Record<Exclude<Caller, 'anonymous'>, string>;
  /** Records cases may name, e.g. an activity of the manager's department. */
  ids: Record<string, string>;
};

const activity = (title: string, department: string): SeedActivity => ({
  goal: 'Rätt kompetens',
  title,
  phases: ['UTVECKLA'],
  strategies: ['Arbeta med friskfaktorer'],
  department,
  owner: 'Avdelningschef',
  status: 'IN_PROGRESS',
  followUps: [],
});

const headcount = (department: string, value: number): SeedStatistic => ({
  measure: 'headcount',
  year: 2025,
  department,
  occupation: 'Undersköterska',
  employmentForm: 'permanent',
  gender: 'woman',
  ageBand: '30-39',
  value,
  stated: true,
});

export async function buildWorld(db: PrismaClient): Promise<World> {
  const org = await createOrganization(db, {
    statistics: [headcount('Äldreomsorg', 40), headcount('Förskola', 3)],
    plans: [
      {
        startYear: 2025,
        title: 'Plan 2025–2027',
        status: 'IN_REVIEW',
        focusStrategies: [],
        sections: [{ title: 'Inledning', body: 'Text.' }],
        activities: [activity('Språkombud', 'Äldreomsorg'), activity('Ledarskap', 'Förskola')],
        gaps: [
          { area: 'Vård och omsorg', description: 'Demens', department: 'Äldreomsorg', activities: ['Språkombud'] },
        ],
        risks: [
          { title: 'Pensionsavgångar', description: 'Många är 60+.', likelihood: 3, consequence: 3, owner: 'HR-chef' },
        ],
        // The union caller's union is invited, so the rep sees the plan and the meeting (issue 9).
        reviewMeeting: {
          date: '2099-06-01',
          forum: 'Förvaltningsgrupp',
          itemNumber: '5.2.1',
          title: 'Kompetensförsörjningsplanen',
          type: 'INFORMATION',
          unions: ['Vision'],
          adjusters: [],
          questions: [],
        },
      },
    ],
  });
  const otherOrg = await createOrganization(db);
  const user = (key: string, memberships: Parameters<typeof createUser>[1]['memberships']) =>
    createUser(db, { email: `${key}@matrix.test`, name: key, memberships }).then((u) => u.id);
  const users = {
    hr: await user('hr', [{ org: org.slug, role: 'HR' }]),
    manager: await user('manager', [{ org: org.slug, role: 'MANAGER', departments: ['Äldreomsorg'] }]),
    otherDeptManager: await user('other-dept', [{ org: org.slug, role: 'MANAGER', departments: ['Förskola'] }]),
    union: await user('union', [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }]),
    admin: await user('admin', [{ org: org.slug, role: 'ADMIN' }]),
    otherOrgHr: await user('other-org-hr', [{ org: otherOrg.slug, role: 'HR' }]),
    systemAdmin: (
      await createUser(db, { email: 'system@matrix.test', name: 'system', memberships: [], isSystemAdmin: true })
    ).id,
  };
  // Records the administration cases change (never the callers themselves).
  const adminTarget = await user('admin-target', [{ org: org.slug, role: 'UNION_REP', union: 'Vision' }]);
  const deactivateTarget = await user('deactivate-target', [{ org: org.slug, role: 'HR' }]);
  const closable = await db.department.create({ data: { organizationId: org.id, name: 'Matris stängbar' } });
  const closed = await db.department.create({
    data: { organizationId: org.id, name: 'Matris stängd', closedAt: new Date() },
  });
  const goal = (code: string) =>
    db.boardGoal.create({ data: { organizationId: org.id, code, title: `Matrismål ${code}`, year: 2027 } });
  const goalToUpdate = await goal('9.1');
  const goalToRemove = await goal('9.2');
  const currentSet = await db.skrStrategySet.findFirstOrThrow({
    where: { isCurrent: true },
    include: { strategies: true },
  });
  const olderSet = await db.skrStrategySet.findFirstOrThrow({
    where: { isCurrent: false },
    include: { strategies: true },
  });
  const phase = await db.ubaraPhase.findFirstOrThrow({ where: { key: 'AVSLUTA' } });
  const plan = await db.plan.findFirstOrThrow({ where: { organizationId: org.id } });
  const elderCare = await db.activity.findFirstOrThrow({ where: { planId: plan.id, title: 'Språkombud' } });
  const section = await db.planSection.findFirstOrThrow({ where: { planId: plan.id }, include: { revisions: true } });
  const meeting = await db.reviewMeeting.findFirstOrThrow({ where: { organizationId: org.id } });
  const gap = await db.competenceGap.findFirstOrThrow({ where: { planId: plan.id } });
  const risk = await db.risk.findFirstOrThrow({ where: { planId: plan.id } });
  // The union caller's own question, and a meeting no plan has been sent to yet.
  const question = await db.reviewQuestion.create({
    data: {
      planId: plan.id,
      meetingId: meeting.id,
      sectionId: section.id,
      authorId: users.union,
      unionOrganizationId: (await db.membership.findFirstOrThrow({ where: { userId: users.union } }))
        .unionOrganizationId,
      question: 'Matrisfråga?',
      revisions: { create: { version: 1, text: 'Matrisfråga?', sectionId: section.id, status: 'OPEN' } },
    },
  });
  const vision = await db.unionOrganization.findUniqueOrThrow({ where: { name: 'Vision' } });
  const emptyMeeting = await db.reviewMeeting.create({
    data: {
      organizationId: org.id,
      title: 'Tom punkt',
      date: new Date('2099-06-02T00:00:00Z'),
      invitedUnions: { create: { unionOrganizationId: vision.id } },
    },
  });
  // A staffing ratio and a direct volume change the population forecast cases remove (issue 19).
  const nurseAssistant = await db.occupation.findFirstOrThrow({
    where: { organizationId: org.id, name: 'Undersköterska' },
  });
  const staffingRatio = await db.staffingRatio.create({
    data: {
      organizationId: org.id,
      occupationId: nurseAssistant.id,
      ageGroup: '80+',
      staff: 8,
      perResidents: 100,
      validFrom: 2025,
    },
  });
  const volumeChange = await db.volumeChange.create({
    data: { organizationId: org.id, occupationId: nurseAssistant.id, year: 2027, change: 4 },
  });
  return {
    db,
    org: { id: org.id, slug: org.slug },
    otherOrg: { id: otherOrg.id, slug: otherOrg.slug },
    users,
    ids: {
      plan: plan.id,
      planYear: String(plan.startYear),
      elderCareActivity: elderCare.id,
      gap: gap.id,
      risk: risk.id,
      planSection: section.id,
      planSectionRevision: section.revisions[0]!.id,
      meeting: meeting.id,
      emptyMeeting: emptyMeeting.id,
      question: question.id,
      vision: vision.id,
      adminTarget,
      deactivateTarget,
      closableDepartment: closable.id,
      closedDepartment: closed.id,
      boardGoalToUpdate: goalToUpdate.id,
      boardGoalToRemove: goalToRemove.id,
      currentStrategySet: currentSet.id,
      olderStrategySet: olderSet.id,
      strategy: currentSet.strategies.at(-1)!.id,
      olderStrategy: olderSet.strategies[0]!.id,
      ubaraPhase: phase.id,
      nurseAssistant: nurseAssistant.id,
      staffingRatio: staffingRatio.id,
      volumeChange: volumeChange.id,
    },
  };
}

/** A digest of every table but the audit log, in one query: a refused call must leave it as it was. */
export async function databaseDigest(db: PrismaClient): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('AuditLog', '_prisma_migrations') ORDER BY table_name`,
  );
  const parts = tables.map(
    ({ table_name }) =>
      `SELECT '${table_name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table_name}" t`,
  );
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(parts.join(' UNION ALL '));
  return rows.map((r) => `${r.name}:${r.digest}`).join('\n');
}
