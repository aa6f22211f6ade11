import 'server-only';
import type { Tx } from '../auth/guard';
import { carryOverActivities, strategyMapper } from '../activities/rollover';
import { carryOverGapsAndRisks } from '../gaps/rollover';
import type { Prisma } from '../generated/prisma/client';
import { previousActivitiesDocument } from './follow-up-table';
import { FOLLOW_UP_KIND, type SectionDraft, planTitle, rolloverSections, templateSections } from './template';

export const PLAN_EXISTS = (startYear: number) =>
  `Det finns redan en plan som börjar ${startYear}. Öppna den i stället eller välj ett annat startår.`;

type NewPlan = { organizationId: string; startYear: number; userId: string };

/** A new plan uses the current SKR strategy set (none before an administrator has marked one current). */
async function currentStrategySetId(tx: Tx): Promise<string | null> {
  const set = await tx.skrStrategySet.findFirst({ where: { isCurrent: true }, select: { id: true } });
  return set?.id ?? null;
}

async function insertPlan(tx: Tx, input: NewPlan, sections: SectionDraft[], rolledOverFromId: string | null) {
  const plan = await tx.plan.create({
    data: {
      organizationId: input.organizationId,
      strategySetId: await currentStrategySetId(tx),
      startYear: input.startYear,
      endYear: input.startYear + 2,
      title: planTitle(input.startYear),
      rolledOverFromId,
      sections: {
        create: sections.map((s, index) => ({
          sortOrder: index + 1,
          title: s.title,
          body: s.body as Prisma.InputJsonValue,
          ownerId: s.ownerId,
          departmentId: s.departmentId,
          kind: s.kind,
          updatedById: input.userId,
        })),
      },
    },
    include: { sections: true },
  });
  // Version 1 of every section is in its history from the start, so "Återställ" can always go back to it.
  await tx.planSectionRevision.createMany({
    data: plan.sections.map((s) => ({
      sectionId: s.id,
      version: 1,
      title: s.title,
      body: s.body as Prisma.InputJsonValue,
      createdById: input.userId,
    })),
  });
  return plan;
}

/** A new draft from the city's instruction, with one section per department of the organisation. */
export async function createPlanFromTemplate(tx: Tx, input: NewPlan): Promise<string> {
  const departments = await tx.department.findMany({
    where: { organizationId: input.organizationId, kind: 'DEPARTMENT', parentId: null },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, name: true },
  });
  const plan = await insertPlan(tx, input, templateSections(departments, input.userId), null);
  return plan.id;
}

/**
 * Rolls last year's plan over into a new draft: its live sections in order with their owners and departments,
 * plus the prepared section "Uppföljning av tidigare aktiviteter" and last year's open competence gaps and risks.
 * Runs in the caller's transaction and returns the new plan's id, so the activities work can carry unfinished
 * activities over in the same transaction.
 * Returns null when the source plan is not the organisation's.
 */
export async function rolloverPlan(tx: Tx, input: NewPlan & { sourcePlanId: string }): Promise<string | null> {
  const source = await tx.plan.findFirst({
    where: { id: input.sourcePlanId, organizationId: input.organizationId },
    include: { sections: { orderBy: { sortOrder: 'asc' } }, focusStrategies: true },
  });
  if (!source) return null;
  const plan = await insertPlan(tx, input, rolloverSections(source.sections, source.title, input.userId), source.id);
  // Strategies move onto the new plan's set through the administrators' mapping (2019 → 2024).
  const mapStrategies = plan.strategySetId ? await strategyMapper(tx, plan.strategySetId) : keepStrategies;
  const focus = mapStrategies(source.focusStrategies.map((f) => f.strategyId)).mapped;
  if (focus.length) {
    await tx.planStrategyFocus.createMany({ data: focus.map((strategyId) => ({ planId: plan.id, strategyId })) });
  }
  // Unfinished activities carry over with their history; the follow-up section shows how last year's went.
  const previous = await carryOverActivities(tx, {
    fromPlanId: source.id,
    toPlanId: plan.id,
    userId: input.userId,
    mapStrategies,
  });
  // Open gaps and risks roll over too, linked to the activities that came along.
  await carryOverGapsAndRisks(tx, { fromPlanId: source.id, toPlanId: plan.id });
  const followUp = plan.sections.find((s) => s.kind === FOLLOW_UP_KIND);
  if (followUp) {
    const body = previousActivitiesDocument(source.title, previous) as Prisma.InputJsonValue;
    await tx.planSection.update({ where: { id: followUp.id }, data: { body } });
    await tx.planSectionRevision.updateMany({ where: { sectionId: followUp.id, version: 1 }, data: { body } });
  }
  return plan.id;
}

const keepStrategies = (ids: readonly string[]) => ({ mapped: [...ids], unmapped: [] });
