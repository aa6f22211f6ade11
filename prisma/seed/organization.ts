import { Prisma } from '../../lib/generated/prisma/client';
import { surveyResultData } from '../../lib/statistics/import/survey-data';
import type { SeedOrganization, SeedPlan } from '../seed-data/types';
import type { Tx } from './reference';
import { type Doc, textToDocument } from '../../lib/plans/document';
import { resolveSeedFigures } from './figures';
import { frozenContent } from '../../lib/plans/snapshot-content';
import {
  FROZEN_ACTIVITIES_QUERY,
  FROZEN_GAPS_QUERY,
  FROZEN_RISKS_QUERY,
  frozenTables,
} from '../../lib/plans/frozen-tables';
import { createGapsAndRisks } from './gaps-risks';
import { type Lookup, lookup } from './lookup';

/** Creates one organisation with everything the seed data holds. Used by the demo seed and the test factories. */
export async function seedOrganization(db: Tx, data: SeedOrganization): Promise<{ id: string; departments: Lookup }> {
  const org = await db.organization.create({
    data: { slug: data.slug, name: data.name, boardName: data.boardName, turnoverDefinition: data.turnoverDefinition },
  });
  const seedDocument = data.seedDocument ?? null;
  const departments: Lookup = new Map();
  for (const [index, department] of data.departments.entries()) {
    const parent = await db.department.create({
      data: {
        organizationId: org.id,
        name: department.name,
        kind: department.kind === 'support' ? 'SUPPORT' : 'DEPARTMENT',
        sortOrder: index,
      },
    });
    departments.set(department.name, parent.id);
    for (const [unitIndex, unit] of (department.units ?? []).entries()) {
      const child = await db.department.create({
        data: { organizationId: org.id, parentId: parent.id, name: unit, kind: 'UNIT', sortOrder: unitIndex },
      });
      departments.set(unit, child.id);
    }
  }
  const occupations: Lookup = new Map();
  for (const name of data.occupations) {
    const occupation = await db.occupation.create({ data: { organizationId: org.id, name } });
    occupations.set(name, occupation.id);
  }
  const boardGoals: Lookup = new Map();
  for (const goal of data.boardGoals) {
    const saved = await db.boardGoal.create({ data: { ...goal, organizationId: org.id } });
    boardGoals.set(goal.code, saved.id);
  }
  await db.statisticGoal.createMany({
    data: data.goals.map((goal) => ({
      organizationId: org.id,
      measure: goal.measure,
      category: goal.category ?? '',
      year: goal.year,
      value: new Prisma.Decimal(goal.value),
      decimals: goal.decimals ?? null,
      origin: 'SEED_STATED' as const, // goals are quoted from the documents
      seedDocument,
    })),
  });
  await db.staffStatistic.createMany({
    data: data.statistics.map((s) => ({
      organizationId: org.id,
      measure: s.measure,
      year: s.year,
      tertial: s.tertial ?? null,
      departmentId: lookup(departments, s.department, 'avdelning', data.slug),
      occupationId: lookup(occupations, s.occupation, 'befattning', data.slug),
      employmentForm: s.employmentForm ?? null,
      gender: s.gender ?? null,
      ageBand: s.ageBand ?? null,
      category: s.category ?? null,
      subcategory: s.subcategory ?? null,
      value: new Prisma.Decimal(s.value),
      decimals: s.decimals ?? null,
      population: s.population ?? null,
      // The seed files mark what the document states; the rest was generated to add up to it (allocate.ts).
      origin: s.stated ? ('SEED_STATED' as const) : ('SEED_GENERATED' as const),
      seedDocument,
    })),
  });
  for (const survey of data.surveys) {
    await db.surveyRound.create({
      data: {
        organizationId: org.id,
        departmentId: lookup(departments, survey.department, 'avdelning', data.slug),
        year: survey.year,
        invited: survey.invited ?? null,
        responded: survey.responded ?? null,
        origin: 'SEED_STATED', // survey results are quoted from the documents
        seedDocument,
        results: {
          create: survey.results.map(surveyResultData),
        },
      },
    });
  }
  for (const plan of data.plans) {
    await seedPlan(db, { organizationId: org.id, slug: data.slug, plan, departments, occupations, boardGoals, data });
  }
  return { id: org.id, departments };
}

async function seedPlan(
  db: Tx,
  input: {
    organizationId: string;
    slug: string;
    plan: SeedPlan;
    departments: Lookup;
    occupations: Lookup;
    boardGoals: Lookup;
    data: SeedOrganization;
  },
): Promise<void> {
  const { organizationId, slug, plan, departments, occupations, boardGoals } = input;
  const currentSet = await db.skrStrategySet.findFirstOrThrow({
    where: { isCurrent: true },
    include: { strategies: true },
  });
  const strategies = new Map(currentSet.strategies.map((s) => [s.name, s.id]));
  const phases = new Map((await db.ubaraPhase.findMany()).map((p) => [p.key, p.id]));
  const unions = new Map((await db.unionOrganization.findMany()).map((u) => [u.name, u.id]));
  const boardGoalId = boardGoals.values().next().value ?? null;

  const saved = await db.plan.create({
    data: {
      organizationId,
      startYear: plan.startYear,
      endYear: plan.startYear + 2,
      title: plan.title,
      status: plan.status,
      adoptedAt: plan.status === 'ADOPTED' ? new Date(Date.UTC(plan.startYear - 1, 10, 30)) : null,
      decisionDate: plan.status === 'ADOPTED' ? new Date(Date.UTC(plan.startYear - 1, 10, 30)) : null,
      strategySetId: currentSet.id,
      focusStrategies: {
        create: plan.focusStrategies.map((name) => ({ strategyId: lookup(strategies, name, 'strategi', slug)! })),
      },
      sections: {
        create: plan.sections.map((section, index) => ({
          sortOrder: index + 1,
          title: section.title,
          body: textToDocument(section.body, `s${index + 1}b`) as Prisma.InputJsonValue,
        })),
      },
    },
    include: { sections: { orderBy: { sortOrder: 'asc' } } },
  });
  await db.planSectionRevision.createMany({
    data: saved.sections.map((s) => ({
      sectionId: s.id,
      version: 1,
      title: s.title,
      body: s.body as Prisma.InputJsonValue,
    })),
  });
  if (plan.status !== 'DRAFT') {
    // What was sent to samverkan (and, for an adopted plan, adopted) is kept frozen, with its figures' values.
    const figures = resolveSeedFigures(
      input.data,
      saved.sections.map((s) => s.body as Doc),
    );
    const kinds = plan.status === 'ADOPTED' ? (['REVIEW', 'ADOPTED'] as const) : (['REVIEW'] as const);
    for (const kind of kinds) {
      await db.planSnapshot.create({
        data: {
          planId: saved.id,
          kind,
          planVersion: 1,
          content: frozenContent(saved, saved.sections, figures) as Prisma.InputJsonValue,
          // A plan taken up in a samverkan meeting was sent a week before it (seed 004's meeting).
          createdAt:
            kind === 'REVIEW' && plan.reviewMeeting
              ? new Date(Date.parse(`${plan.reviewMeeting.date}T08:00:00Z`) - 7 * 86_400_000)
              : (saved.adoptedAt ?? new Date(Date.UTC(plan.startYear - 1, 9, 1))),
        },
      });
    }
  }
  const activityIds = new Map<string, string>();
  for (const [index, activity] of plan.activities.entries()) {
    const savedActivity = await db.activity.create({
      data: {
        planId: saved.id,
        boardGoalId,
        departmentId: lookup(departments, activity.department, 'avdelning', slug),
        ubaraPhaseId: lookup(phases, activity.phases[0] ?? 'UTVECKLA', 'UBARA-fas', slug)!,
        goal: activity.goal,
        title: activity.title,
        dueDate: activity.dueDate ? new Date(`${activity.dueDate}T00:00:00Z`) : null,
        ownerText: activity.owner,
        status: activity.status,
        sortOrder: index + 1,
        strategies: {
          create: activity.strategies.map((name) => ({ strategyId: lookup(strategies, name, 'strategi', slug)! })),
        },
        followUps: { create: activity.followUps },
      },
    });
    activityIds.set(activity.title, savedActivity.id);
  }
  await createGapsAndRisks(db, { planId: saved.id, plan, slug, departments, occupations, activityIds });
  // The frozen versions hold the activity, gap and risk tables too (lib/plans/frozen-tables.ts), as the app's transitions write it.
  const tables = frozenTables(
    await db.activity.findMany({ where: { planId: saved.id, removedAt: null }, ...FROZEN_ACTIVITIES_QUERY }),
    await db.competenceGap.findMany({ where: { planId: saved.id }, ...FROZEN_GAPS_QUERY }),
    await db.risk.findMany({ where: { planId: saved.id }, ...FROZEN_RISKS_QUERY }),
  );
  for (const snapshot of await db.planSnapshot.findMany({ where: { planId: saved.id } })) {
    await db.planSnapshot.update({
      where: { id: snapshot.id },
      data: { content: { ...(snapshot.content as Prisma.JsonObject), tables } as Prisma.InputJsonValue },
    });
  }
  if (plan.reviewMeeting) {
    const seedMeeting = plan.reviewMeeting;
    const reviewed = await db.planSnapshot.findFirstOrThrow({ where: { planId: saved.id, kind: 'REVIEW' } });
    const meeting = await db.reviewMeeting.create({
      data: {
        organizationId,
        planId: saved.id,
        reviewedSnapshotId: reviewed.id,
        forum: seedMeeting.forum,
        itemNumber: seedMeeting.itemNumber,
        title: seedMeeting.title,
        type: seedMeeting.type,
        date: new Date(`${seedMeeting.date}T00:00:00Z`),
        adjusters: seedMeeting.adjusters.join('\n'),
        invitedUnions: {
          create: seedMeeting.unions.map((name) => ({
            unionOrganizationId: lookup(unions, name, 'facklig organisation', slug)!,
          })),
        },
      },
    });
    const sectionIds = new Map(saved.sections.map((s) => [s.title, s.id]));
    for (const q of seedMeeting.questions) {
      const sectionId = lookup(sectionIds, q.section, 'avsnitt', slug);
      const receivedAt = new Date(`${seedMeeting.date}T09:00:00Z`);
      await db.reviewQuestion.create({
        data: {
          planId: saved.id,
          meetingId: meeting.id,
          sectionId,
          unionOrganizationId: lookup(unions, q.union, 'facklig organisation', slug),
          question: q.question,
          status: q.answer ? 'ANSWERED' : 'OPEN',
          version: q.answer ? 2 : 1,
          createdAt: receivedAt,
          revisions: {
            create: { version: 1, text: q.question, sectionId, status: 'OPEN', createdAt: receivedAt },
          },
          answers: q.answer
            ? { create: [{ answer: q.answer, createdAt: new Date(`${seedMeeting.date}T09:30:00Z`) }] }
            : undefined,
        },
      });
    }
  }
}
