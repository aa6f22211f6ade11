import 'server-only';
import { type Tx, defineAction } from '../auth/guard';
import { checkRegisterReferences, planInOrganization } from '../gaps/references';
import { type RiskFieldsInput, createRiskSchema, updateRiskSchema } from './schemas';

/** HR's risk assessment: every change audited with before and after. */

export const RISK_CONFLICT_MESSAGE =
  'Risken har just ändrats av någon annan. Ladda om sidan och kontrollera innan du sparar igen.';

const riskInOrg = (tx: Tx, riskId: string, organizationId: string) =>
  tx.risk.count({ where: { id: riskId, plan: { organizationId } } }).then((n) => n === 1);

type Fields = Omit<RiskFieldsInput, 'org' | 'requestId' | 'planId'>;

const columns = (input: Fields) => ({
  title: input.title,
  description: input.description,
  likelihood: input.likelihood,
  consequence: input.consequence,
  ownerText: input.ownerText,
  mitigation: input.mitigation,
  status: input.status,
});

const describe = (input: Fields) => ({ ...columns(input), gapIds: input.gapIds, activityIds: input.activityIds });

async function writeLinks(tx: Tx, riskId: string, input: Fields) {
  await tx.riskGap.createMany({ data: input.gapIds.map((gapId) => ({ riskId, gapId })) });
  await tx.riskActivity.createMany({ data: input.activityIds.map((activityId) => ({ riskId, activityId })) });
}

const revalidate = ({ context }: { context: { org: { slug: string } } }) => [`/${context.org.slug}`];

export const createRiskAction = defineAction({
  name: 'risk.create',
  schema: createRiskSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => planInOrganization(tx, input.planId, context.org.id),
  run: async ({ tx, input, context }) => {
    const invalid = await checkRegisterReferences(tx, { organizationId: context.org.id, planId: input.planId }, input);
    if (invalid) return invalid;
    const last = await tx.risk.aggregate({ where: { planId: input.planId }, _max: { sortOrder: true } });
    const saved = await tx.risk.create({
      data: { ...columns(input), planId: input.planId, sortOrder: (last._max.sortOrder ?? 0) + 1 },
    });
    await writeLinks(tx, saved.id, input);
    return {
      ok: true,
      data: { message: 'Risken är sparad.', id: saved.id },
      audit: { entityType: 'Risk', entityId: saved.id, details: { before: null, after: describe(input) } },
    };
  },
  revalidate,
});

export const updateRiskAction = defineAction({
  name: 'risk.update',
  schema: updateRiskSchema,
  permission: 'edit:plan',
  authorize: ({ tx, input, context }) => riskInOrg(tx, input.riskId, context.org.id),
  run: async ({ tx, input, context }) => {
    const before = await tx.risk.findUniqueOrThrow({
      where: { id: input.riskId },
      include: { gaps: true, activities: true },
    });
    const invalid = await checkRegisterReferences(tx, { organizationId: context.org.id, planId: before.planId }, input);
    if (invalid) return invalid;
    const { count } = await tx.risk.updateMany({
      where: { id: input.riskId, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, error: RISK_CONFLICT_MESSAGE, code: 'conflict' };
    await tx.riskGap.deleteMany({ where: { riskId: input.riskId } });
    await tx.riskActivity.deleteMany({ where: { riskId: input.riskId } });
    await writeLinks(tx, input.riskId, input);
    return {
      ok: true,
      data: { message: 'Ändringarna är sparade.', id: input.riskId },
      audit: {
        entityType: 'Risk',
        entityId: input.riskId,
        details: {
          before: {
            ...columns({ ...before, gapIds: [], activityIds: [] }),
            gapIds: before.gaps.map((g) => g.gapId),
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
