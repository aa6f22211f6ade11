import 'server-only';
import type { Outcome } from '../auth/guard';
import { defineSystemAction } from '../auth/system-guard';
import { readMemberships, writeMemberships } from '../admin/memberships';
import { issuePasswordLink } from '../admin/password-links';
import { appointAdminSchema, createOrganizationSchema } from '../admin/schemas';

/** What only a system administrator does: create organisations and appoint their administrators. */

export type SystemActionData = { message: string; link?: { path: string; expiresAt: string } };

export const createOrganizationAction = defineSystemAction({
  name: 'system.organization.create',
  schema: createOrganizationSchema,
  run: async ({ tx, input }): Promise<Outcome<SystemActionData> & { organizationId?: string }> => {
    const taken = await tx.organization.findFirst({
      where: { OR: [{ slug: input.slug }, { name: { equals: input.name, mode: 'insensitive' } }] },
    });
    if (taken) {
      const fieldErrors: Record<string, string[]> =
        taken.slug === input.slug
          ? { slug: ['Adressnamnet används redan av en annan förvaltning.'] }
          : { name: ['Det finns redan en förvaltning med det namnet.'] };
      return {
        ok: false,
        error: 'Förvaltningen kunde inte skapas. Rätta det som är markerat.',
        fieldErrors,
        code: 'invalid',
      };
    }
    const organization = await tx.organization.create({
      data: {
        name: input.name,
        slug: input.slug,
        boardName: input.boardName,
        turnoverDefinition: input.turnoverDefinition,
      },
    });
    return {
      ok: true,
      organizationId: organization.id,
      data: { message: `${organization.name} är skapad. Utse nu minst en administratör för förvaltningen.` },
      audit: {
        entityType: 'Organization',
        entityId: organization.id,
        details: {
          before: null,
          after: {
            namn: organization.name,
            adress: organization.slug,
            nämnd: organization.boardName,
            omsättningsdefinition: organization.turnoverDefinition,
          },
        },
      },
    };
  },
  revalidate: ['/system'],
});

/**
 * Makes a user an administrator of the organisation, creating the user (with a one-time password link) when the
 * e-mail is new. From then on the organisation's own administrators manage its users.
 */
export const appointAdminAction = defineSystemAction({
  name: 'system.organization.appoint-admin',
  schema: appointAdminSchema,
  run: async ({ tx, input, viewer }): Promise<Outcome<SystemActionData> & { organizationId?: string }> => {
    const organization = await tx.organization.findUnique({ where: { id: input.organizationId } });
    if (!organization) return { ok: false, error: 'Förvaltningen finns inte.', code: 'invalid' };
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name } }));
    const before = await readMemberships(tx, user.id, organization.id);
    if (before.input.roles.includes('ADMIN')) {
      return {
        ok: false,
        error: `${user.name} är redan administratör i ${organization.name}.`,
        fieldErrors: { email: ['Redan administratör.'] },
        code: 'invalid',
      };
    }
    await writeMemberships(tx, user.id, organization.id, { ...before.input, roles: [...before.input.roles, 'ADMIN'] });
    const after = await readMemberships(tx, user.id, organization.id);
    const link = existing ? undefined : await issuePasswordLink(tx, user.id, viewer.id);
    return {
      ok: true,
      organizationId: organization.id,
      data: {
        message: existing
          ? `${user.name} är administratör i ${organization.name}.`
          : `${user.name} är skapad som administratör i ${organization.name}. Ge hen länken nedan för att välja ett lösenord.`,
        ...(link ? { link: { path: link.path, expiresAt: link.expiresAt.toISOString() } } : {}),
      },
      audit: {
        entityType: 'User',
        entityId: user.id,
        details: {
          before: existing ? before.snapshot : null,
          after: { namn: user.name, 'e-post': user.email, ...after.snapshot, lösenordslänk: link ? 'skapad' : 'ingen' },
        },
      },
    };
  },
  revalidate: ['/system'],
});
