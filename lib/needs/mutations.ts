import 'server-only';
import { MESSAGES, defineAction } from '../auth/guard';
import type { Prisma } from '../generated/prisma/client';
import { leversFromFields, saveScenarioSchema } from './schemas';

export const SCENARIO_CONFLICT =
  'Någon annan har sparat scenariot sedan du öppnade det. Ladda om sidan och gör ändringen igen.';
export const needsPath = (slug: string, year: number) => `/${slug}/kompetensbehov/${year}`;

/**
 * "Spara scenario": a named set of levers for the plan (HR). A new name creates it, an existing scenario is saved
 * over only from the version the form was opened at; two saves of one name at once: one wins, the other is told.
 */
export const saveScenarioAction = defineAction({
  name: 'needs.scenario.save',
  schema: saveScenarioSchema,
  permission: 'edit:plan',
  run: async ({ tx, input, context }) => {
    const plan = await tx.plan.findFirst({
      where: { organizationId: context.org.id, startYear: input.year },
      select: { id: true },
    });
    if (!plan) return { ok: false, error: `Det finns ingen plan för ${input.year}.`, code: 'invalid' };
    const parsed = leversFromFields(input);
    if (!parsed.ok) return { ok: false, error: MESSAGES.invalid, fieldErrors: parsed.fieldErrors, code: 'invalid' };
    const levers = parsed.levers as Prisma.InputJsonValue;
    const taken = await tx.needsScenario.findFirst({
      where: { planId: plan.id, name: input.name, ...(input.scenarioId ? { id: { not: input.scenarioId } } : {}) },
      select: { id: true },
    });
    const nameTaken = {
      ok: false as const,
      error: `Det finns redan ett scenario som heter "${input.name}". Välj ett annat namn.`,
      fieldErrors: { name: ['Namnet används redan.'] },
      code: 'conflict' as const,
    };
    if (taken) return nameTaken;

    if (input.scenarioId) {
      const before = await tx.needsScenario.findFirst({ where: { id: input.scenarioId, planId: plan.id } });
      if (!before) return { ok: false, error: 'Scenariot finns inte längre.', code: 'invalid' };
      const { count } = await tx.needsScenario.updateMany({
        where: { id: before.id, version: input.version ?? 0 },
        data: { name: input.name, levers, version: { increment: 1 } },
      });
      if (count === 0) return { ok: false, error: SCENARIO_CONFLICT, code: 'conflict' };
      return {
        ok: true,
        data: { id: before.id, message: `Scenariot "${input.name}" är sparat.` },
        audit: {
          entityType: 'NeedsScenario',
          entityId: before.id,
          details: { before: { name: before.name, levers: before.levers }, after: { name: input.name, levers } },
        },
      };
    }
    // ON CONFLICT DO NOTHING: a concurrent save of the same name leaves the transaction usable and is reported.
    const { count } = await tx.needsScenario.createMany({
      data: [{ planId: plan.id, name: input.name, levers, createdById: context.viewer.id }],
      skipDuplicates: true,
    });
    if (count === 0) return nameTaken;
    const created = await tx.needsScenario.findUniqueOrThrow({
      where: { planId_name: { planId: plan.id, name: input.name } },
      select: { id: true },
    });
    return {
      ok: true,
      data: { id: created.id, message: `Scenariot "${input.name}" är sparat.` },
      audit: { entityType: 'NeedsScenario', entityId: created.id, details: { after: { name: input.name, levers } } },
    };
  },
  revalidate: ({ input, context }) => [needsPath(context.org.slug, input.year)],
});
