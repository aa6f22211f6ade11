import 'server-only';
import { recordAudit } from '../audit';
import type { Db } from '../db/client';

/** The organisation's own definition of personalomsättning, shown beside every turnover figure. */
export async function updateTurnoverDefinition(
  db: Db,
  input: { organizationId: string; definition: string; user: { id: string; email: string } },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: input.organizationId } });
    await tx.organization.update({
      where: { id: input.organizationId },
      data: { turnoverDefinition: input.definition },
    });
    await recordAudit(tx, {
      action: 'organization.turnover-definition',
      userId: input.user.id,
      userEmail: input.user.email,
      organizationId: input.organizationId,
      entityType: 'Organization',
      entityId: input.organizationId,
      details: { before: before.turnoverDefinition, after: input.definition },
    });
  });
}
