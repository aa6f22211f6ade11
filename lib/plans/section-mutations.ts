import 'server-only';
import { defineAction, type Tx } from '../auth/guard';
import type { Prisma } from '../generated/prisma/client';
import { sanitizeDocument, textToDocument } from './document';
import { ADOPTED_LOCKED, SECTION_CONFLICT, fieldFailure, lockedPlanStatus, planInOrg, sectionInOrg } from './guards';
import {
  addSectionSchema,
  moveSectionSchema,
  restoreRevisionSchema,
  saveSectionSchema,
  sectionRefSchema,
  sectionSettingsSchema,
} from './schemas';

const planPath = (slug: string) => [`/${slug}/plan`];

async function sectionPlan(tx: Tx, sectionId: string) {
  const section = await tx.planSection.findUniqueOrThrow({
    where: { id: sectionId },
    include: { plan: { select: { id: true, startYear: true } } },
  });
  return { section, status: await lockedPlanStatus(tx, section.planId) };
}

/**
 * Writes a new version of a section if, and only if, nobody saved since `fromVersion`: the compare-and-set on
 * `version` is what makes two editors safe. Returns the new version, or null on a conflict.
 */
async function writeVersion(
  tx: Tx,
  input: { sectionId: string; fromVersion: number; title: string; body: Prisma.InputJsonValue; userId: string },
): Promise<number | null> {
  const { count } = await tx.planSection.updateMany({
    where: { id: input.sectionId, version: input.fromVersion, removedAt: null },
    data: { title: input.title, body: input.body, version: { increment: 1 }, updatedById: input.userId },
  });
  if (count === 0) return null;
  const version = input.fromVersion + 1;
  await tx.planSectionRevision.create({
    data: { sectionId: input.sectionId, version, title: input.title, body: input.body, createdById: input.userId },
  });
  return version;
}

const conflict = { ok: false as const, error: SECTION_CONFLICT, code: 'conflict' as const };
const locked = { ok: false as const, error: ADOPTED_LOCKED, code: 'invalid' as const };
const removed = { ok: false as const, error: 'Avsnittet är borttaget. Återställ det innan du ändrar det.' };

/** "Spara" in the editor: the sanitised document becomes the section's next version, with its revision row. */
export const saveSectionAction = defineAction({
  name: 'plan.section.save',
  schema: saveSectionSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => sectionInOrg(tx, input.sectionId, context.org.id),
  run: async ({ tx, input, context }) => {
    const { section, status } = await sectionPlan(tx, input.sectionId);
    if (status === 'ADOPTED') return locked;
    if (section.removedAt) return removed;
    const body = sanitizeDocument(input.body) as Prisma.InputJsonValue;
    const version = await writeVersion(tx, {
      sectionId: section.id,
      fromVersion: input.version,
      title: section.title,
      body,
      userId: context.viewer.id,
    });
    if (version === null) return conflict;
    return {
      ok: true,
      data: { version },
      audit: {
        entityType: 'PlanSection',
        entityId: section.id,
        details: { before: { version: input.version }, after: { version } },
      },
    };
  },
  // No revalidation: in a server action it makes Next render the whole edit page into the response (the figure
  // choices and previews, most of a save's cost, issue 20), which the editor, keeping its own text, never reads.
  // The editor refreshes the router after a save instead (section-editor.tsx), which also drops the browser's
  // cached copies of the plan's pages; no page reads a server-side cache (every page is dynamic).
});

/** "Återställ": an old revision's text becomes the newest version (history is never rewritten). */
export const restoreRevisionAction = defineAction({
  name: 'plan.section.restore-revision',
  schema: restoreRevisionSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => sectionInOrg(tx, input.sectionId, context.org.id),
  run: async ({ tx, input, context }) => {
    const { section, status } = await sectionPlan(tx, input.sectionId);
    if (status === 'ADOPTED') return locked;
    if (section.removedAt) return removed;
    const revision = await tx.planSectionRevision.findFirst({ where: { id: input.revisionId, sectionId: section.id } });
    if (!revision) return { ok: false, error: 'Versionen finns inte längre.' };
    const version = await writeVersion(tx, {
      sectionId: section.id,
      fromVersion: input.version,
      title: revision.title,
      body: revision.body as Prisma.InputJsonValue,
      userId: context.viewer.id,
    });
    if (version === null) return conflict;
    return {
      ok: true,
      data: { version, message: `Version ${revision.version} är återställd som version ${version}.` },
      audit: {
        entityType: 'PlanSection',
        entityId: section.id,
        details: { before: { version: input.version }, after: { version, restoredFrom: revision.version } },
      },
    };
  },
  revalidate: ({ context }) => planPath(context.org.slug),
});

export const addSectionAction = defineAction({
  name: 'plan.section.add',
  schema: addSectionSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => planInOrg(tx, input.planId, context.org.id),
  run: async ({ tx, input, context }) => {
    if ((await lockedPlanStatus(tx, input.planId)) === 'ADOPTED') return locked;
    if (input.departmentId) {
      const ok = await tx.department.count({ where: { id: input.departmentId, organizationId: context.org.id } });
      if (!ok) return fieldFailure('departmentId', 'Okänd avdelning.');
    }
    const last = await tx.planSection.aggregate({ where: { planId: input.planId }, _max: { sortOrder: true } });
    const body = textToDocument('') as Prisma.InputJsonValue;
    const section = await tx.planSection.create({
      data: {
        planId: input.planId,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        title: input.title,
        body,
        ownerId: context.viewer.id,
        departmentId: input.departmentId,
        updatedById: context.viewer.id,
        revisions: { create: { version: 1, title: input.title, body, createdById: context.viewer.id } },
      },
    });
    return {
      ok: true,
      data: { sectionId: section.id, message: `Avsnittet ”${section.title}” är tillagt sist i planen.` },
      audit: { entityType: 'PlanSection', entityId: section.id, details: { after: { title: section.title } } },
    };
  },
  revalidate: ({ context }) => planPath(context.org.slug),
});

/** "Ta bort" keeps the section and its history; "Återställ avsnitt" brings it back. */
function removalAction(name: string, remove: boolean) {
  return defineAction({
    name,
    schema: sectionRefSchema,
    permission: 'edit:plan',
    authorize: ({ tx, input, context }) => sectionInOrg(tx, input.sectionId, context.org.id),
    run: async ({ tx, input }) => {
      const { section, status } = await sectionPlan(tx, input.sectionId);
      if (status === 'ADOPTED') return locked;
      if (Boolean(section.removedAt) === remove) {
        return { ok: false, error: remove ? 'Avsnittet är redan borttaget.' : 'Avsnittet är inte borttaget.' };
      }
      const removedAt = remove ? new Date() : null;
      await tx.planSection.update({ where: { id: section.id }, data: { removedAt } });
      return {
        ok: true,
        data: {
          message: remove
            ? `”${section.title}” är borttaget och kan återställas.`
            : `”${section.title}” är återställt.`,
        },
        audit: {
          entityType: 'PlanSection',
          entityId: section.id,
          details: { before: { removedAt: section.removedAt }, after: { removedAt } },
        },
      };
    },
    revalidate: ({ context }) => planPath(context.org.slug),
  });
}

export const removeSectionAction = removalAction('plan.section.remove', true);
export const restoreSectionAction = removalAction('plan.section.restore', false);

/** Moves a section one place up or down among the plan's sections (removed ones keep their place). */
export const moveSectionAction = defineAction({
  name: 'plan.section.move',
  schema: moveSectionSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => sectionInOrg(tx, input.sectionId, context.org.id),
  run: async ({ tx, input }) => {
    const { section, status } = await sectionPlan(tx, input.sectionId);
    if (status === 'ADOPTED') return locked;
    const neighbour = await tx.planSection.findFirst({
      where: {
        planId: section.planId,
        removedAt: null,
        sortOrder: input.direction === 'up' ? { lt: section.sortOrder } : { gt: section.sortOrder },
      },
      orderBy: { sortOrder: input.direction === 'up' ? 'desc' : 'asc' },
    });
    if (!neighbour)
      return { ok: false, error: input.direction === 'up' ? 'Avsnittet är redan först.' : 'Avsnittet är redan sist.' };
    await tx.planSection.update({ where: { id: section.id }, data: { sortOrder: neighbour.sortOrder } });
    await tx.planSection.update({ where: { id: neighbour.id }, data: { sortOrder: section.sortOrder } });
    return {
      ok: true,
      data: { message: `”${section.title}” är flyttat ${input.direction === 'up' ? 'upp' : 'ned'}.` },
      audit: {
        entityType: 'PlanSection',
        entityId: section.id,
        details: { before: { sortOrder: section.sortOrder }, after: { sortOrder: neighbour.sortOrder } },
      },
    };
  },
  revalidate: ({ context }) => planPath(context.org.slug),
});

/** Heading, owner and department. The owner must be a member of the organisation who may edit the plan. */
export const saveSectionSettingsAction = defineAction({
  name: 'plan.section.settings',
  schema: sectionSettingsSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => sectionInOrg(tx, input.sectionId, context.org.id),
  run: async ({ tx, input, context }) => {
    const { section, status } = await sectionPlan(tx, input.sectionId);
    if (status === 'ADOPTED') return locked;
    if (input.ownerId) {
      const member = await tx.membership.count({ where: { userId: input.ownerId, organizationId: context.org.id } });
      if (!member) return fieldFailure('ownerId', 'Okänd ägare.', 'Välj en person i förvaltningen.');
    }
    if (input.departmentId) {
      const ok = await tx.department.count({ where: { id: input.departmentId, organizationId: context.org.id } });
      if (!ok) return fieldFailure('departmentId', 'Okänd avdelning.');
    }
    const titleChanged = input.title !== section.title;
    const { count } = await tx.planSection.updateMany({
      where: { id: section.id, version: input.version },
      data: {
        title: input.title,
        ownerId: input.ownerId,
        departmentId: input.departmentId,
        // A new heading is a new version of the text, so it shows in the history.
        ...(titleChanged ? { version: { increment: 1 }, updatedById: context.viewer.id } : {}),
      },
    });
    if (count === 0) return conflict;
    if (titleChanged) {
      await tx.planSectionRevision.create({
        data: {
          sectionId: section.id,
          version: input.version + 1,
          title: input.title,
          body: section.body as Prisma.InputJsonValue,
          createdById: context.viewer.id,
        },
      });
    }
    const pick = (s: { title: string; ownerId: string | null; departmentId: string | null }) => ({
      title: s.title,
      ownerId: s.ownerId,
      departmentId: s.departmentId,
    });
    return {
      ok: true,
      data: { message: 'Avsnittets uppgifter är sparade.' },
      audit: {
        entityType: 'PlanSection',
        entityId: section.id,
        details: { before: pick(section), after: pick(input) },
      },
    };
  },
  revalidate: ({ context }) => planPath(context.org.slug),
});
