import 'server-only';
import { planStrategiesWhere } from './edit-queries';
import { type Outcome, type Tx, defineAction } from '../auth/guard';
import { CONFLICT_MESSAGE } from './follow-up';
import {
  type ActivityFieldsInput,
  createActivitySchema,
  moveActivitySchema,
  removeActivitySchema,
  restoreActivitySchema,
  updateActivitySchema,
} from './schemas';

/** HR's register: every change is audited with before and after; removal keeps the row and its history. */

const planInOrg = (tx: Tx, planId: string, organizationId: string) =>
  tx.plan.count({ where: { id: planId, organizationId } }).then((n) => n === 1);

const activityInOrg = (tx: Tx, activityId: string, organizationId: string) =>
  tx.activity.count({ where: { id: activityId, plan: { organizationId } } }).then((n) => n === 1);

type Fields = Omit<ActivityFieldsInput, 'org' | 'requestId' | 'planId'>;

/** References must exist in this organisation; an unknown id is a field error, not a 500. */
type Failure = Extract<Outcome<never>, { ok: false }>;

async function checkReferences(
  tx: Tx,
  organizationId: string,
  plan: { planId: string } | { activityId: string },
  input: Fields,
): Promise<Failure | null> {
  const errors: Record<string, string[]> = {};
  if ((await tx.ubaraPhase.count({ where: { id: input.phaseId } })) === 0) errors.phaseId = ['Välj en UBARA-fas.'];
  // A plan uses one SKR set: a strategy of another set (an older one, say) does not belong on it.
  const { strategySetId } = await tx.plan.findFirstOrThrow({
    where: 'planId' in plan ? { id: plan.planId } : { activities: { some: { id: plan.activityId } } },
    select: { strategySetId: true },
  });
  const strategyWhere = planStrategiesWhere(strategySetId);
  if (
    input.strategyIds.length > 0 &&
    (await tx.skrStrategy.count({ where: { id: { in: input.strategyIds }, ...strategyWhere } })) !==
      input.strategyIds.length
  )
    errors.strategyIds = ['Välj strategier ur planens uppsättning av SKR:s strategier.'];
  if (input.departmentId && (await tx.department.count({ where: { id: input.departmentId, organizationId } })) === 0)
    errors.departmentId = ['Okänd avdelning.'];
  if (input.boardGoalId && (await tx.boardGoal.count({ where: { id: input.boardGoalId, organizationId } })) === 0)
    errors.boardGoalId = ['Okänt nämndmål.'];
  if (Object.keys(errors).length === 0) return null;
  return {
    ok: false,
    error: 'Uppgifterna kunde inte sparas. Rätta det som är markerat och försök igen.',
    fieldErrors: errors,
    code: 'invalid',
  };
}

function columns(input: Fields) {
  return {
    goal: input.goal,
    title: input.title,
    ubaraPhaseId: input.phaseId,
    boardGoalId: input.boardGoalId,
    departmentId: input.departmentId,
    dueDate: input.dueDate,
    ownerText: input.ownerText,
    status: input.status,
    indicator: input.indicator,
    indicatorTarget: input.indicator ? input.indicatorTarget : null,
    indicatorOutcome: input.indicator ? input.indicatorOutcome : null,
  };
}

/** The audited "after": the fields as written (dates as ISO days, no request metadata). */
function describe(input: Fields & { org?: string; requestId?: string }) {
  const { org: _org, requestId: _requestId, dueDate, ...rest } = input;
  return { ...rest, dueDate: dueDate ? dueDate.toISOString().slice(0, 10) : null };
}

const snapshot = (a: { title: string; status: string; version: number; removedAt?: Date | null }) => ({
  title: a.title,
  status: a.status,
  version: a.version,
  removed: Boolean(a.removedAt),
});

export const createActivityAction = defineAction({
  name: 'activity.create',
  schema: createActivitySchema,
  permission: 'edit:activity',
  authorize: ({ tx, input, context }) => planInOrg(tx, input.planId, context.org.id),
  run: async ({ tx, input, context }) => {
    const invalid = await checkReferences(tx, context.org.id, { planId: input.planId }, input);
    if (invalid) return invalid;
    const last = await tx.activity.aggregate({ where: { planId: input.planId }, _max: { sortOrder: true } });
    const saved = await tx.activity.create({
      data: {
        ...columns(input),
        planId: input.planId,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        strategies: { create: input.strategyIds.map((strategyId) => ({ strategyId })) },
      },
    });
    return {
      ok: true,
      data: { message: 'Aktiviteten är sparad.', id: saved.id },
      audit: { entityType: 'Activity', entityId: saved.id, details: { before: null, after: describe(input) } },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});

export const updateActivityAction = defineAction({
  name: 'activity.update',
  schema: updateActivitySchema,
  permission: 'edit:activity',
  authorize: ({ tx, input, context }) => activityInOrg(tx, input.activityId, context.org.id),
  run: async ({ tx, input, context }) => {
    const invalid = await checkReferences(tx, context.org.id, { activityId: input.activityId }, input);
    if (invalid) return invalid;
    const before = await tx.activity.findUniqueOrThrow({
      where: { id: input.activityId },
      include: { strategies: true },
    });
    const { count } = await tx.activity.updateMany({
      where: { id: input.activityId, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: CONFLICT_MESSAGE, code: 'conflict' };
    await tx.activityStrategy.deleteMany({ where: { activityId: input.activityId } });
    await tx.activityStrategy.createMany({
      data: input.strategyIds.map((strategyId) => ({ activityId: input.activityId, strategyId })),
    });
    return {
      ok: true,
      data: { message: 'Ändringarna är sparade.', id: input.activityId },
      audit: {
        entityType: 'Activity',
        entityId: input.activityId,
        details: {
          before: { ...snapshot(before), strategyIds: before.strategies.map((s) => s.strategyId) },
          after: { ...describe(input), version: input.version + 1 },
        },
      },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});

/** Swaps the activity with its neighbour in the plan's order (removed activities are skipped). */
export const moveActivityAction = defineAction({
  name: 'activity.move',
  schema: moveActivitySchema,
  permission: 'edit:activity',
  authorize: ({ tx, input, context }) => activityInOrg(tx, input.activityId, context.org.id),
  run: async ({ tx, input }) => {
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: input.activityId } });
    const siblings = await tx.activity.findMany({
      where: { planId: activity.planId, removedAt: null },
      orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
      select: { id: true },
    });
    const order = siblings.map((s) => s.id);
    const at = order.indexOf(activity.id);
    const to = input.direction === 'up' ? at - 1 : at + 1;
    if (at < 0 || to < 0 || to >= order.length) {
      return { ok: false, error: 'Aktiviteten kan inte flyttas längre åt det hållet.', code: 'invalid' };
    }
    [order[at], order[to]] = [order[to]!, order[at]!];
    // Renumber the whole plan: seeded or older rows may share a sort order.
    for (const [index, id] of order.entries()) {
      await tx.activity.update({ where: { id }, data: { sortOrder: index + 1 } });
    }
    return {
      ok: true,
      data: { message: input.direction === 'up' ? 'Flyttad uppåt.' : 'Flyttad nedåt.' },
      audit: { entityType: 'Activity', entityId: activity.id, details: { before: at + 1, after: to + 1 } },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});

function setRemoved(remove: boolean) {
  return async ({
    tx,
    input,
    context,
  }: {
    tx: Tx;
    input: { activityId: string; version: number };
    context: { viewer: { id: string } };
  }): Promise<Outcome<{ message: string }>> => {
    const before = await tx.activity.findUniqueOrThrow({ where: { id: input.activityId } });
    const { count } = await tx.activity.updateMany({
      where: { id: input.activityId, version: input.version, removedAt: remove ? null : { not: null } },
      data: remove
        ? { removedAt: new Date(), removedById: context.viewer.id, version: { increment: 1 } }
        : { removedAt: null, removedById: null, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: CONFLICT_MESSAGE, code: 'conflict' };
    return {
      ok: true,
      data: {
        message: remove ? 'Aktiviteten är borttagen (den finns kvar i historiken).' : 'Aktiviteten är återställd.',
      },
      audit: {
        entityType: 'Activity',
        entityId: input.activityId,
        details: {
          before: snapshot(before),
          after: { ...snapshot(before), removed: remove, version: before.version + 1 },
        },
      },
    };
  };
}

export const removeActivityAction = defineAction({
  name: 'activity.remove',
  schema: removeActivitySchema,
  permission: 'edit:activity',
  authorize: ({ tx, input, context }) => activityInOrg(tx, input.activityId, context.org.id),
  run: setRemoved(true),
  revalidate: ({ context }) => [`/${context.org.slug}`],
});

export const restoreActivityAction = defineAction({
  name: 'activity.restore',
  schema: restoreActivitySchema,
  permission: 'edit:activity',
  authorize: ({ tx, input, context }) => activityInOrg(tx, input.activityId, context.org.id),
  run: setRemoved(false),
  revalidate: ({ context }) => [`/${context.org.slug}`],
});
