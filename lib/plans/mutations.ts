import 'server-only';
import { defineAction, type Tx } from '../auth/guard';
import type { PlanSnapshotKind, PlanStatus, Prisma } from '../generated/prisma/client';
import { collectFigures, type Doc } from './document';
import { PLAN_EXISTS, createPlanFromTemplate, rolloverPlan } from './create';
import { figuresToFreeze } from './figure-queries';
import { freezeTables } from './freeze-tables';
import { STATUS_CHANGED, fieldFailure, planInOrg, reviewMeetingDate } from './guards';
import { formatDate } from '../format';
import { adoptPlanSchema, createPlanSchema, planRefSchema } from './schemas';
import { frozenContent } from './snapshot-content';

const planPaths = (slug: string) => [`/${slug}/plan`, `/${slug}`];

/** "Skapa plan": from the city's instruction, or by rolling over an earlier plan of the organisation. */
export const createPlanAction = defineAction({
  name: 'plan.create',
  schema: createPlanSchema,
  permission: 'edit:plan',
  run: async ({ tx, input, context }) => {
    const exists = await tx.plan.count({ where: { organizationId: context.org.id, startYear: input.startYear } });
    if (exists) return fieldFailure('startYear', PLAN_EXISTS(input.startYear));
    const base = { organizationId: context.org.id, startYear: input.startYear, userId: context.viewer.id };
    let planId: string | null;
    if (input.mode === 'rollover') {
      if (!input.sourcePlanId) {
        return fieldFailure('sourcePlanId', 'Välj vilken plan som ska föras över.');
      }
      planId = await rolloverPlan(tx, { ...base, sourcePlanId: input.sourcePlanId });
      if (!planId) return fieldFailure('sourcePlanId', 'Planen att föra över finns inte.');
    } else {
      planId = await createPlanFromTemplate(tx, base);
    }
    return {
      ok: true,
      data: { planId, startYear: input.startYear },
      audit: {
        entityType: 'Plan',
        entityId: planId,
        details: { after: { startYear: input.startYear, mode: input.mode, sourcePlanId: input.sourcePlanId } },
      },
    };
  },
  revalidate: ({ context }) => planPaths(context.org.slug),
});

/**
 * Moves the plan from one status to the next if nobody else did first (compare-and-set on status and version)
 * and, for samverkan and adoption, freezes what the plan reads now: sections, live-figure values and its tables.
 */
export async function transition(
  tx: Tx,
  input: { planId: string; version: number; from: PlanStatus; to: PlanStatus; userId: string },
  data: Prisma.PlanUpdateManyMutationInput,
  snapshot: { kind: PlanSnapshotKind; decision?: Record<string, string> } | null,
): Promise<{ planVersion: number } | null> {
  const { count } = await tx.plan.updateMany({
    where: { id: input.planId, version: input.version, status: input.from },
    data: { ...data, status: input.to, version: { increment: 1 } },
  });
  if (count === 0) return null;
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: input.planId },
    include: { sections: { where: { removedAt: null }, orderBy: { sortOrder: 'asc' } } },
  });
  if (snapshot) {
    const bindings = plan.sections.flatMap((s) => collectFigures(s.body as Doc));
    const figures = await figuresToFreeze(tx, plan.organizationId, bindings);
    const content = {
      ...frozenContent(plan, plan.sections, figures),
      tables: await freezeTables(tx, plan.id),
      ...(snapshot.decision ? { decision: snapshot.decision } : {}),
    };
    await tx.planSnapshot.create({
      data: {
        planId: plan.id,
        kind: snapshot.kind,
        planVersion: plan.planVersion,
        createdById: input.userId,
        content: content as Prisma.InputJsonValue,
      },
    });
  }
  return { planVersion: plan.planVersion };
}

const audit = (planId: string, from: PlanStatus, to: PlanStatus, extra: Record<string, string | number> = {}) => ({
  entityType: 'Plan',
  entityId: planId,
  details: { before: { status: from }, after: { status: to, ...extra } },
});

export const sendToReviewAction = defineAction({
  name: 'plan.send-to-review',
  schema: planRefSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => planInOrg(tx, input.planId, context.org.id),
  run: async ({ tx, input, context }) => {
    const done = await transition(
      tx,
      { ...input, from: 'DRAFT', to: 'IN_REVIEW', userId: context.viewer.id },
      {},
      { kind: 'REVIEW' },
    );
    if (!done) return { ok: false, error: STATUS_CHANGED, code: 'conflict' };
    return {
      ok: true,
      data: { message: 'Planen är skickad till samverkan. De fackliga ombuden läser den frysta versionen.' },
      audit: audit(input.planId, 'DRAFT', 'IN_REVIEW', { planVersion: done.planVersion }),
    };
  },
  revalidate: ({ context }) => planPaths(context.org.slug),
});

export const adoptPlanAction = defineAction({
  name: 'plan.adopt',
  schema: adoptPlanSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => planInOrg(tx, input.planId, context.org.id),
  run: async ({ tx, input, context }) => {
    const decisionDate = new Date(`${input.decisionDate}T00:00:00Z`);
    const meetingDate = await reviewMeetingDate(tx, input.planId);
    if (meetingDate && decisionDate < meetingDate) {
      return fieldFailure(
        'decisionDate',
        `Beslutsdatumet ${formatDate(decisionDate)} är före samverkansmötet ${formatDate(meetingDate)}. Planen fastställs efter samverkan: ange nämndens beslutsdatum.`,
      );
    }
    const decision = {
      decisionDate: input.decisionDate,
      decisionReference: input.decisionReference,
      diarienummer: input.diarienummer,
    };
    const done = await transition(
      tx,
      { ...input, from: 'IN_REVIEW', to: 'ADOPTED', userId: context.viewer.id },
      {
        adoptedAt: new Date(),
        decisionDate,
        decisionReference: input.decisionReference,
        diarienummer: input.diarienummer,
      },
      { kind: 'ADOPTED', decision },
    );
    if (!done) return { ok: false, error: STATUS_CHANGED, code: 'conflict' };
    return {
      ok: true,
      data: { message: 'Planen är fastställd och låst för ändringar.' },
      audit: audit(input.planId, 'IN_REVIEW', 'ADOPTED', { planVersion: done.planVersion, ...decision }),
    };
  },
  revalidate: ({ context }) => planPaths(context.org.slug),
});

/** Reopening an adopted plan starts its next version as a draft; the adopted snapshot stays readable. */
export const reopenPlanAction = defineAction({
  name: 'plan.reopen',
  schema: planRefSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => planInOrg(tx, input.planId, context.org.id),
  run: async ({ tx, input, context }) => {
    const done = await transition(
      tx,
      { ...input, from: 'ADOPTED', to: 'DRAFT', userId: context.viewer.id },
      {
        planVersion: { increment: 1 },
        adoptedAt: null,
        decisionDate: null,
        decisionReference: null,
        diarienummer: null,
      },
      null,
    );
    if (!done) return { ok: false, error: STATUS_CHANGED, code: 'conflict' };
    return {
      ok: true,
      data: {
        message: `Planen är öppnad som version ${done.planVersion} (utkast). Den fastställda versionen finns kvar under Versioner.`,
      },
      audit: audit(input.planId, 'ADOPTED', 'DRAFT', { planVersion: done.planVersion }),
    };
  },
  revalidate: ({ context }) => planPaths(context.org.slug),
});
