import 'server-only';
import { type Outcome, type Tx, defineAction } from '../auth/guard';
import { createBoardGoalSchema, removeBoardGoalSchema, updateBoardGoalSchema } from './reference-schemas';

/** Nämndmål per year: the organisation's administrators maintain them; activities point at them. */

export type BoardGoalActionData = { message: string };

const paths = (slug: string) => [`/${slug}/admin/namndmal`, `/${slug}/aktiviteter`];

function invalid(
  fieldErrors: Record<string, string[]>,
  error = 'Uppgifterna kunde inte sparas. Rätta det som är markerat.',
): Outcome<never> {
  return { ok: false, error, fieldErrors, code: 'invalid' };
}

const details = (g: { code: string; title: string; year: number | null }) => ({
  nummer: g.code,
  mål: g.title,
  år: g.year,
});

async function codeTaken(tx: Tx, organizationId: string, code: string, year: number, exceptId?: string) {
  const same = await tx.boardGoal.findFirst({
    where: { organizationId, code, year, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
  });
  return same !== null;
}

const CODE_TAKEN = { code: ['Det finns redan ett nämndmål med det numret det året.'] };

/** Locks the organisation's goals: two administrators adding the same number at once queue instead of failing. */
async function lockGoals(tx: Tx, organizationId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
}

export const createBoardGoalAction = defineAction({
  name: 'admin.board-goal.create',
  schema: createBoardGoalSchema,
  permission: 'admin:reference-data',
  run: async ({ tx, input, context }): Promise<Outcome<BoardGoalActionData>> => {
    const organizationId = context.org.id;
    await lockGoals(tx, organizationId);
    if (await codeTaken(tx, organizationId, input.code, input.year)) return invalid(CODE_TAKEN);
    const goal = await tx.boardGoal.create({
      data: { organizationId, code: input.code, title: input.title, year: input.year },
    });
    return {
      ok: true,
      data: { message: `Nämndmål ${goal.code} (${goal.year}) är tillagt.` },
      audit: { entityType: 'BoardGoal', entityId: goal.id, details: { before: null, after: details(goal) } },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

export const updateBoardGoalAction = defineAction({
  name: 'admin.board-goal.update',
  schema: updateBoardGoalSchema,
  permission: 'admin:reference-data',
  authorize: async ({ tx, input, context }) =>
    (await tx.boardGoal.count({ where: { id: input.boardGoalId, organizationId: context.org.id } })) > 0,
  run: async ({ tx, input, context }): Promise<Outcome<BoardGoalActionData>> => {
    const organizationId = context.org.id;
    await lockGoals(tx, organizationId);
    const before = await tx.boardGoal.findUniqueOrThrow({ where: { id: input.boardGoalId } });
    if (before.title !== input.expectedTitle) {
      return {
        ok: false,
        error: 'Någon annan har ändrat nämndmålet sedan du öppnade sidan. Ladda om sidan och gör din ändring igen.',
        code: 'conflict',
      };
    }
    if (await codeTaken(tx, organizationId, input.code, input.year, before.id)) return invalid(CODE_TAKEN);
    const after = await tx.boardGoal.update({
      where: { id: before.id },
      data: { code: input.code, title: input.title, year: input.year },
    });
    return {
      ok: true,
      data: { message: `Nämndmål ${after.code} (${after.year}) är sparat.` },
      audit: {
        entityType: 'BoardGoal',
        entityId: after.id,
        details: { before: details(before), after: details(after) },
      },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});

/** Only a goal no activity points at can go: an activity's nämndmål is part of the plan's record. */
export const removeBoardGoalAction = defineAction({
  name: 'admin.board-goal.remove',
  schema: removeBoardGoalSchema,
  permission: 'admin:reference-data',
  authorize: async ({ tx, input, context }) =>
    (await tx.boardGoal.count({ where: { id: input.boardGoalId, organizationId: context.org.id } })) > 0,
  run: async ({ tx, input, context }): Promise<Outcome<BoardGoalActionData>> => {
    await lockGoals(tx, context.org.id);
    const goal = await tx.boardGoal.findUnique({
      where: { id: input.boardGoalId },
      include: { _count: { select: { activities: true } } },
    });
    if (!goal) return invalid({}, 'Nämndmålet är redan borttaget.');
    if (goal._count.activities > 0) {
      return invalid(
        {},
        `Nämndmål ${goal.code} används av ${goal._count.activities} aktiviteter och kan inte tas bort. Ändra aktiviteterna först.`,
      );
    }
    await tx.boardGoal.delete({ where: { id: goal.id } });
    return {
      ok: true,
      data: { message: `Nämndmål ${goal.code} (${goal.year ?? 'utan år'}) är borttaget.` },
      audit: { entityType: 'BoardGoal', entityId: goal.id, details: { before: details(goal), after: null } },
    };
  },
  revalidate: ({ context }) => paths(context.org.slug),
});
