import 'server-only';
import { MESSAGES, defineAction } from '../auth/guard';
import type { Prisma } from '../generated/prisma/client';
import { type Doc, sanitizeDocument } from '../plans/document';
import { ADOPTED_LOCKED, SECTION_CONFLICT } from '../plans/guards';
import { needsTableBlocks } from './plan-table';
import { DEFAULT_RETIREMENT_AGES, RETIREMENT_AGES, retirementAgesFromPercent } from './retirement-age';
import { insertForecastSchema, leversFromFields, saveScenarioSchema, scenarioLeversSchema } from './schemas';

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

/**
 * "Infoga i planen": appends the forecast (baseline or a saved scenario) to a section as a table of live figures
 * (plan-table.ts), as a new version of the section with its revision, like a save from the editor.
 */
export const insertForecastAction = defineAction({
  name: 'needs.insert-into-plan',
  schema: insertForecastSchema,
  permission: 'edit:plan',
  run: async ({ tx, input, context }) => {
    const plan = await tx.plan.findFirst({
      where: { organizationId: context.org.id, startYear: input.year },
      select: { id: true, status: true, startYear: true, endYear: true },
    });
    if (!plan) return { ok: false, error: `Det finns ingen plan för ${input.year}.`, code: 'invalid' };
    if (plan.status === 'ADOPTED') return { ok: false, error: ADOPTED_LOCKED, code: 'invalid' };
    const section = await tx.planSection.findFirst({
      where: { id: input.sectionId, planId: plan.id, removedAt: null },
    });
    if (!section)
      return {
        ok: false,
        error: 'Avsnittet finns inte i planen.',
        fieldErrors: { sectionId: ['Välj ett avsnitt.'] },
        code: 'invalid',
      };
    const scenario = input.scenarioId
      ? await tx.needsScenario.findFirst({ where: { id: input.scenarioId, planId: plan.id } })
      : null;
    if (input.scenarioId && !scenario) return { ok: false, error: 'Scenariot finns inte längre.', code: 'invalid' };
    const levers = scenario ? scenarioLeversSchema.safeParse(scenario.levers) : null;
    if (levers && !levers.success) return { ok: false, error: 'Scenariot kan inte läsas.', code: 'invalid' };
    const typed = RETIREMENT_AGES.map((age) => input[`pension${age}`]);
    let retirementAges = DEFAULT_RETIREMENT_AGES;
    if (typed.some((v) => v !== undefined && v !== '')) {
      const parsed = retirementAgesFromPercent(
        Object.fromEntries(RETIREMENT_AGES.map((age, i) => [age, Number((typed[i] ?? '').replace(',', '.'))])),
      );
      if (!parsed.ok) return { ok: false, error: parsed.error, code: 'invalid' };
      retirementAges = parsed.value;
    }
    const years = [plan.startYear, plan.startYear + 1, plan.startYear + 2].filter((y) => y <= plan.endYear);
    const blocks = needsTableBlocks({
      planYear: plan.startYear,
      years,
      levers: levers?.success ? levers.data : {},
      retirementAges,
      name: scenario?.name ?? null,
    });
    const current = section.body as Doc;
    const body = sanitizeDocument({ ...current, content: [...(current.content ?? []), ...blocks] });
    const { count } = await tx.planSection.updateMany({
      where: { id: section.id, version: section.version },
      data: { body: body as Prisma.InputJsonValue, version: { increment: 1 }, updatedById: context.viewer.id },
    });
    if (count === 0) return { ok: false, error: SECTION_CONFLICT, code: 'conflict' };
    const version = section.version + 1;
    await tx.planSectionRevision.create({
      data: {
        sectionId: section.id,
        version,
        title: section.title,
        body: body as Prisma.InputJsonValue,
        createdById: context.viewer.id,
      },
    });
    const what = scenario ? `scenariot "${scenario.name}"` : 'grundprognosen';
    return {
      ok: true,
      data: { message: `Tabellen med ${what} är infogad i avsnittet "${section.title}".`, sectionId: section.id },
      audit: {
        entityType: 'PlanSection',
        entityId: section.id,
        details: { before: { version: section.version }, after: { version, forecast: scenario?.id ?? 'grundprognos' } },
      },
    };
  },
  revalidate: ({ input, context }) => [
    needsPath(context.org.slug, input.year),
    `/${context.org.slug}/plan/${input.year}`,
  ],
});
