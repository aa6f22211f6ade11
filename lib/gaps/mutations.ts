import 'server-only';
import { type Tx, defineAction } from '../auth/guard';
import { checkRegisterReferences, planInOrganization } from './references';
import { type GapFieldsInput, addGapCommentSchema, createGapSchema, updateGapSchema } from './schemas';

/** HR's competence gap register: every change audited with before and after; comments are append-only. */

export const GAP_CONFLICT_MESSAGE =
  'Kompetensgapet har just ändrats av någon annan. Ladda om sidan och kontrollera innan du sparar igen.';

const gapInOrg = (tx: Tx, gapId: string, organizationId: string) =>
  tx.competenceGap.count({ where: { id: gapId, plan: { organizationId } } }).then((n) => n === 1);

type Fields = Omit<GapFieldsInput, 'org' | 'requestId' | 'planId'>;

const describe = (input: Fields) => ({
  area: input.area,
  description: input.description,
  priority: input.priority,
  status: input.status,
  departmentIds: input.departmentIds,
  occupationIds: input.occupationIds,
  activityIds: input.activityIds,
});

async function writeLinks(tx: Tx, gapId: string, input: Fields) {
  await tx.competenceGapDepartment.createMany({
    data: input.departmentIds.map((departmentId) => ({ gapId, departmentId })),
  });
  await tx.competenceGapOccupation.createMany({
    data: input.occupationIds.map((occupationId) => ({ gapId, occupationId })),
  });
  await tx.competenceGapActivity.createMany({ data: input.activityIds.map((activityId) => ({ gapId, activityId })) });
}

const revalidate = ({ context }: { context: { org: { slug: string } } }) => [`/${context.org.slug}`];

export const createGapAction = defineAction({
  name: 'gap.create',
  schema: createGapSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => planInOrganization(tx, input.planId, context.org.id),
  run: async ({ tx, input, context }) => {
    const invalid = await checkRegisterReferences(tx, { organizationId: context.org.id, planId: input.planId }, input);
    if (invalid) return invalid;
    const last = await tx.competenceGap.aggregate({ where: { planId: input.planId }, _max: { sortOrder: true } });
    const saved = await tx.competenceGap.create({
      data: {
        planId: input.planId,
        area: input.area,
        description: input.description,
        priority: input.priority,
        status: input.status,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
    await writeLinks(tx, saved.id, input);
    return {
      ok: true,
      data: { message: 'Kompetensgapet är sparat.', id: saved.id },
      audit: { entityType: 'CompetenceGap', entityId: saved.id, details: { before: null, after: describe(input) } },
    };
  },
  revalidate,
});

export const updateGapAction = defineAction({
  name: 'gap.update',
  schema: updateGapSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => gapInOrg(tx, input.gapId, context.org.id),
  run: async ({ tx, input, context }) => {
    const before = await tx.competenceGap.findUniqueOrThrow({
      where: { id: input.gapId },
      include: { departments: true, occupations: true, activities: true },
    });
    const invalid = await checkRegisterReferences(tx, { organizationId: context.org.id, planId: before.planId }, input);
    if (invalid) return invalid;
    const { count } = await tx.competenceGap.updateMany({
      where: { id: input.gapId, version: input.version },
      data: {
        area: input.area,
        description: input.description,
        priority: input.priority,
        status: input.status,
        version: { increment: 1 },
      },
    });
    if (count === 0) return { ok: false, error: GAP_CONFLICT_MESSAGE, code: 'conflict' };
    await tx.competenceGapDepartment.deleteMany({ where: { gapId: input.gapId } });
    await tx.competenceGapOccupation.deleteMany({ where: { gapId: input.gapId } });
    await tx.competenceGapActivity.deleteMany({ where: { gapId: input.gapId } });
    await writeLinks(tx, input.gapId, input);
    return {
      ok: true,
      data: { message: 'Ändringarna är sparade.', id: input.gapId },
      audit: {
        entityType: 'CompetenceGap',
        entityId: input.gapId,
        details: {
          before: {
            area: before.area,
            description: before.description,
            priority: before.priority,
            status: before.status,
            departmentIds: before.departments.map((d) => d.departmentId),
            occupationIds: before.occupations.map((o) => o.occupationId),
            activityIds: before.activities.map((a) => a.activityId),
            version: before.version,
          },
          after: { ...describe(input), version: input.version + 1 },
        },
      },
    };
  },
  revalidate,
});

/** A dated comment on a gap: appended, never edited or removed (the database refuses edits too). */
export const addGapCommentAction = defineAction({
  name: 'gap.comment',
  schema: addGapCommentSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => gapInOrg(tx, input.gapId, context.org.id),
  run: async ({ tx, input, context }) => {
    const saved = await tx.competenceGapComment.create({
      data: { gapId: input.gapId, text: input.text, authorId: context.viewer.id, authorName: context.viewer.name },
    });
    return {
      ok: true,
      data: { message: 'Kommentaren är sparad.', id: saved.id },
      audit: {
        entityType: 'CompetenceGap',
        entityId: input.gapId,
        details: { before: null, after: { commentId: saved.id, text: input.text } },
      },
    };
  },
  revalidate,
});
