import 'server-only';
import { defineAction } from '../auth/guard';
import { turnoverDefinitionSchema } from './schemas';

/** The organisation's own definition of personalomsättning, shown beside every turnover figure. */
export const saveTurnoverDefinitionAction = defineAction({
  name: 'organization.turnover-definition',
  schema: turnoverDefinitionSchema,
  permission: 'configure:statistics',
  run: async ({ tx, input, context }) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: context.org.id } });
    await tx.organization.update({ where: { id: context.org.id }, data: { turnoverDefinition: input.definition } });
    return {
      ok: true,
      data: { message: 'Definitionen är sparad och visas vid alla siffror om personalomsättning.' },
      audit: {
        entityType: 'Organization',
        entityId: context.org.id,
        details: { before: before.turnoverDefinition, after: input.definition },
      },
    };
  },
  revalidate: ({ context }) => [`/${context.org.slug}`],
});
