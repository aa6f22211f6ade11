import 'server-only';
import type { Outcome, Tx } from '../auth/guard';
import { defineSystemAction } from '../auth/system-guard';
import {
  createStrategySchema,
  createStrategySetSchema,
  makeCurrentSetSchema,
  saveMappingSchema,
  updatePhaseSchema,
  updateStrategySchema,
} from '../admin/reference-schemas';

/**
 * SKR's strategy sets and the UBARA phases are shared by every förvaltning, so system administrators maintain
 * them. Names change (SKR revises its strategies; a name may be unverified until checked); a new set is a new
 * version, and the mapping from the old set's strategies to the new one's is what rollover follows.
 */

export type ReferenceActionData = { message: string };

const PATHS = ['/system/referensdata'];

function invalid(
  fieldErrors: Record<string, string[]>,
  error = 'Uppgifterna kunde inte sparas. Rätta det som är markerat.',
): Outcome<never> {
  return { ok: false, error, fieldErrors, code: 'invalid' };
}

const CONFLICT: Outcome<never> = {
  ok: false,
  error: 'Någon annan har ändrat detta sedan du öppnade sidan. Ladda om sidan och gör din ändring igen.',
  code: 'conflict',
};

async function nameTakenInSet(tx: Tx, setId: string, name: string, exceptId?: string) {
  const same = await tx.skrStrategy.findFirst({
    where: { setId, name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
  });
  return same !== null;
}

const strategyDetails = (s: { name: string; description: string; verified: boolean }) => ({
  namn: s.name,
  beskrivning: s.description,
  verifierad: s.verified,
});

export const updateStrategyAction = defineSystemAction({
  name: 'reference.strategy.update',
  schema: updateStrategySchema,
  run: async ({ tx, input }): Promise<Outcome<ReferenceActionData>> => {
    // Row lock: two administrators saving the same strategy at once queue here, and the second sees the first's name.
    const [before] = await tx.$queryRaw<
      { id: string; setId: string; name: string; description: string; verified: boolean }[]
    >`
      SELECT "id", "setId", "name", "description", "verified" FROM "SkrStrategy" WHERE "id" = ${input.strategyId} FOR UPDATE`;
    if (!before) return invalid({}, 'Strategin finns inte längre. Ladda om sidan.');
    if (before.name !== input.expectedName) return CONFLICT;
    if (await nameTakenInSet(tx, before.setId, input.name, before.id)) {
      return invalid({ name: ['Det finns redan en strategi med det namnet i uppsättningen.'] });
    }
    const after = await tx.skrStrategy.update({
      where: { id: before.id },
      data: { name: input.name, description: input.description, verified: input.verified },
    });
    return {
      ok: true,
      data: { message: `Strategin "${after.name}" är sparad.` },
      audit: {
        entityType: 'SkrStrategy',
        entityId: after.id,
        details: { before: strategyDetails(before), after: strategyDetails(after) },
      },
    };
  },
  revalidate: PATHS,
});

export const createStrategyAction = defineSystemAction({
  name: 'reference.strategy.create',
  schema: createStrategySchema,
  run: async ({ tx, input }): Promise<Outcome<ReferenceActionData>> => {
    const set = await tx.skrStrategySet.findUnique({ where: { id: input.setId } });
    if (!set) return invalid({}, 'Uppsättningen finns inte längre. Ladda om sidan.');
    // Lock the set so that two additions at once get consecutive numbers.
    await tx.$queryRaw`SELECT 1 FROM "SkrStrategySet" WHERE "id" = ${set.id} FOR UPDATE`;
    if (await nameTakenInSet(tx, set.id, input.name)) {
      return invalid({ name: ['Det finns redan en strategi med det namnet i uppsättningen.'] });
    }
    const last = await tx.skrStrategy.aggregate({ where: { setId: set.id }, _max: { sortOrder: true } });
    const created = await tx.skrStrategy.create({
      data: {
        setId: set.id,
        name: input.name,
        description: input.description,
        verified: input.verified,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
    return {
      ok: true,
      data: { message: `Strategin "${created.name}" är tillagd i ${set.name}.` },
      audit: {
        entityType: 'SkrStrategy',
        entityId: created.id,
        details: { before: null, after: { uppsättning: set.name, ...strategyDetails(created) } },
      },
    };
  },
  revalidate: PATHS,
});

/**
 * A new version of the strategies: a copy of an existing set (names, descriptions, verification), with each copy
 * mapped from its original, so rollover works at once; administrators then rename, add and remap.
 */
export const createStrategySetAction = defineSystemAction({
  name: 'reference.strategy-set.create',
  schema: createStrategySetSchema,
  run: async ({ tx, input }): Promise<Outcome<ReferenceActionData>> => {
    const source = await tx.skrStrategySet.findUnique({
      where: { id: input.copyFromSetId },
      include: { strategies: { orderBy: { sortOrder: 'asc' } } },
    });
    if (!source) return invalid({ copyFromSetId: ['Välj en uppsättning att utgå från.'] });
    const taken = await tx.skrStrategySet.findFirst({ where: { name: { equals: input.name, mode: 'insensitive' } } });
    if (taken) return invalid({ name: ['Det finns redan en uppsättning med det namnet.'] });
    const set = await tx.skrStrategySet.create({
      data: { name: input.name, validFrom: input.validFrom, isCurrent: false },
    });
    for (const s of source.strategies) {
      const copy = await tx.skrStrategy.create({
        data: { setId: set.id, name: s.name, description: s.description, verified: s.verified, sortOrder: s.sortOrder },
      });
      await tx.skrStrategyMapping.create({ data: { fromId: s.id, toId: copy.id } });
    }
    return {
      ok: true,
      data: { message: `${set.name} är skapad med ${source.strategies.length} strategier från ${source.name}.` },
      audit: {
        entityType: 'SkrStrategySet',
        entityId: set.id,
        details: { before: null, after: { namn: set.name, gällerFrån: set.validFrom, kopiaAv: source.name } },
      },
    };
  },
  revalidate: PATHS,
});

/** New plans use the current set; existing plans keep theirs. */
export const makeCurrentSetAction = defineSystemAction({
  name: 'reference.strategy-set.make-current',
  schema: makeCurrentSetSchema,
  run: async ({ tx, input }): Promise<Outcome<ReferenceActionData>> => {
    // All sets locked: two administrators choosing different sets at once must not leave two current.
    await tx.$queryRaw`SELECT 1 FROM "SkrStrategySet" FOR UPDATE`;
    const set = await tx.skrStrategySet.findUnique({ where: { id: input.setId } });
    if (!set) return invalid({}, 'Uppsättningen finns inte längre. Ladda om sidan.');
    const previous = await tx.skrStrategySet.findFirst({ where: { isCurrent: true } });
    await tx.skrStrategySet.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
    if (previous && previous.id !== set.id && previous.validTo === null) {
      await tx.skrStrategySet.update({
        where: { id: previous.id },
        data: { validTo: Math.max(previous.validFrom, set.validFrom - 1) },
      });
    }
    await tx.skrStrategySet.update({ where: { id: set.id }, data: { isCurrent: true, validTo: null } });
    return {
      ok: true,
      data: { message: `${set.name} gäller nu för nya planer. Befintliga planer behåller sin uppsättning.` },
      audit: {
        entityType: 'SkrStrategySet',
        entityId: set.id,
        details: { before: { gällande: previous?.name ?? null }, after: { gällande: set.name } },
      },
    };
  },
  revalidate: PATHS,
});

/** Replaces the mapping from one set to another with the pairs ticked in the form. */
export const saveMappingAction = defineSystemAction({
  name: 'reference.strategy-mapping.save',
  schema: saveMappingSchema,
  run: async ({ tx, input }): Promise<Outcome<ReferenceActionData>> => {
    if (input.fromSetId === input.toSetId) return invalid({}, 'Välj två olika uppsättningar.');
    const strategies = await tx.skrStrategy.findMany({
      where: { setId: { in: [input.fromSetId, input.toSetId] } },
      select: { id: true, setId: true, name: true },
    });
    const setOf = new Map(strategies.map((s) => [s.id, s.setId]));
    const pairs = input.pairs.map((p) => p.split('>') as [string, string]);
    if (pairs.some(([from, to]) => setOf.get(from) !== input.fromSetId || setOf.get(to) !== input.toSetId)) {
      return invalid({ pairs: ['En koppling gäller en strategi utanför de valda uppsättningarna. Ladda om sidan.'] });
    }
    const fromIds = strategies.filter((s) => s.setId === input.fromSetId).map((s) => s.id);
    const toIds = strategies.filter((s) => s.setId === input.toSetId).map((s) => s.id);
    // Serialize saves of the same pair of sets: lock the source set's strategies.
    await tx.$queryRaw`SELECT 1 FROM "SkrStrategy" WHERE "setId" = ${input.fromSetId} FOR UPDATE`;
    const before = await tx.skrStrategyMapping.findMany({ where: { fromId: { in: fromIds }, toId: { in: toIds } } });
    await tx.skrStrategyMapping.deleteMany({ where: { fromId: { in: fromIds }, toId: { in: toIds } } });
    await tx.skrStrategyMapping.createMany({ data: pairs.map(([fromId, toId]) => ({ fromId, toId })) });
    const nameOf = new Map(strategies.map((s) => [s.id, s.name]));
    const describe = (list: { fromId: string; toId: string }[]) =>
      list.map((m) => `${nameOf.get(m.fromId)} → ${nameOf.get(m.toId)}`).sort();
    return {
      ok: true,
      data: { message: `Kopplingen är sparad: ${pairs.length} par.` },
      audit: {
        entityType: 'SkrStrategySet',
        entityId: input.toSetId,
        details: {
          before: describe(before),
          after: describe(pairs.map(([fromId, toId]) => ({ fromId, toId }))),
        },
      },
    };
  },
  revalidate: PATHS,
});

export const updatePhaseAction = defineSystemAction({
  name: 'reference.ubara-phase.update',
  schema: updatePhaseSchema,
  run: async ({ tx, input }): Promise<Outcome<ReferenceActionData>> => {
    const [before] = await tx.$queryRaw<{ id: string; name: string; description: string }[]>`
      SELECT "id", "name", "description" FROM "UbaraPhase" WHERE "id" = ${input.phaseId} FOR UPDATE`;
    if (!before) return invalid({}, 'Fasen finns inte längre. Ladda om sidan.');
    if (before.name !== input.expectedName) return CONFLICT;
    const after = await tx.ubaraPhase.update({
      where: { id: before.id },
      data: { name: input.name, description: input.description },
    });
    return {
      ok: true,
      data: { message: `Fasen "${after.name}" är sparad.` },
      audit: {
        entityType: 'UbaraPhase',
        entityId: after.id,
        details: {
          before: { namn: before.name, beskrivning: before.description },
          after: { namn: after.name, beskrivning: after.description },
        },
      },
    };
  },
  revalidate: PATHS,
});
