import 'server-only';
import { type Outcome, type Tx, defineAction } from '../auth/guard';
import type { Viewer } from '../auth/session';
import { revokeUserSessions } from '../auth/sessions';
import {
  NO_ADMIN_LEFT,
  hasActiveAdmin,
  lockOrganizations,
  readMemberships,
  validateMemberships,
  writeMemberships,
} from './memberships';
import { issuePasswordLink } from './password-links';
import { createUserSchema, saveMembershipsSchema, setActiveSchema, userActionSchema } from './schemas';

/** Administration of users: every change through the guard, audited before → after. */

export type UserActionData = { message: string; userId: string; link?: { path: string; expiresAt: string } };

const usersPath = (slug: string) => [`/${slug}/admin`];

/** Record scope: an administrator handles users who hold a role in their organisation. */
async function memberOfOrg(tx: Tx, userId: string, organizationId: string): Promise<boolean> {
  return (await tx.membership.count({ where: { userId, organizationId } })) > 0;
}

const accountOf = (tx: Tx, userId: string) =>
  tx.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: { include: { organization: true } } } });

/**
 * The account (its sign-in, its sessions, whether it is active) is the user's in every organisation: only an
 * administrator of every organisation the user belongs to may switch it, end its sessions or issue a password link,
 * and only a system administrator
 * may do so for a system administrator. A password link is a sign-in as the user, so without this an administrator
 * of one förvaltning could take over another's administrator, or the system administrator, by their shared role.
 */
function accountRefusal(user: Awaited<ReturnType<typeof accountOf>>, viewer: Viewer, advice: string): string | null {
  if (user.isSystemAdmin && !viewer.isSystemAdmin) {
    return `${user.name} är systemadministratör. Bara en systemadministratör kan ändra hens konto.`;
  }
  const adminOf = new Set(viewer.organizations.filter((o) => o.access.roles.includes('ADMIN')).map((o) => o.id));
  const elsewhere = [
    ...new Set(user.memberships.filter((m) => !adminOf.has(m.organizationId)).map((m) => m.organization.name)),
  ];
  return elsewhere.length
    ? `${user.name} har också roller i ${elsewhere.join(', ')}, där du inte är administratör. ${advice}`
    : null;
}

function failure(error: string, fieldErrors?: Record<string, string[]>): Outcome<never> {
  return { ok: false, error, ...(fieldErrors ? { fieldErrors, code: 'invalid' as const } : {}) };
}

/**
 * "Ny användare": the user gets roles in this organisation and a one-time link to set a password. A user who
 * already exists (in another organisation) gets the roles added and keeps their sign-in.
 */
export const createUserAction = defineAction({
  name: 'admin.user.create',
  schema: createUserSchema,
  permission: 'admin:users',
  run: async ({ tx, input, context }): Promise<Outcome<UserActionData>> => {
    const organizationId = context.org.id;
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing && (await memberOfOrg(tx, existing.id, organizationId))) {
      return failure('Användaren finns redan i förvaltningen.', {
        email: ['Det finns redan en användare med den e-postadressen i förvaltningen. Ändra hens roller i listan.'],
      });
    }
    const checked = await validateMemberships(tx, organizationId, input, null, { requireRole: true });
    if (!checked.ok) return failure('Uppgifterna kunde inte sparas. Rätta det som är markerat.', checked.fieldErrors);
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name } }));
    await writeMemberships(tx, user.id, organizationId, checked.value);
    const after = (await readMemberships(tx, user.id, organizationId)).snapshot;
    const link = existing ? undefined : await issuePasswordLink(tx, user.id, context.viewer.id);
    return {
      ok: true,
      data: {
        userId: user.id,
        message: existing
          ? `${existing.name} fanns redan (i en annan förvaltning) och har fått roller här. Hen loggar in som förut.`
          : `${user.name} är skapad. Ge hen länken nedan för att välja ett lösenord.`,
        ...(link ? { link: { path: link.path, expiresAt: link.expiresAt.toISOString() } } : {}),
      },
      audit: {
        entityType: 'User',
        entityId: user.id,
        details: {
          before: existing ? { roller: [] } : null,
          after: { namn: user.name, 'e-post': user.email, ...after, lösenordslänk: link ? 'skapad' : 'ingen' },
        },
      },
    };
  },
  revalidate: ({ context }) => usersPath(context.org.slug),
});

/** Roles in this organisation (only this one: an administrator administers memberships where they are admin). */
export const saveMembershipsAction = defineAction({
  name: 'admin.user.roles',
  schema: saveMembershipsSchema,
  permission: 'admin:users',
  authorize: ({ tx, input, context }) => memberOfOrg(tx, input.userId, context.org.id),
  run: async ({ tx, input, context }): Promise<Outcome<UserActionData>> => {
    const organizationId = context.org.id;
    await lockOrganizations(tx, [organizationId]);
    const before = await readMemberships(tx, input.userId, organizationId);
    const checked = await validateMemberships(tx, organizationId, input, before.input, { requireRole: false });
    if (!checked.ok) return failure('Rollerna kunde inte sparas. Rätta det som är markerat.', checked.fieldErrors);
    await writeMemberships(tx, input.userId, organizationId, checked.value);
    if (!(await hasActiveAdmin(tx, organizationId))) return failure(NO_ADMIN_LEFT, { roles: [NO_ADMIN_LEFT] });
    const after = await readMemberships(tx, input.userId, organizationId);
    return {
      ok: true,
      data: {
        userId: input.userId,
        message:
          checked.value.roles.length === 0
            ? 'Användaren har inte längre någon roll i förvaltningen.'
            : 'Rollerna är sparade och gäller från nästa sidvisning.',
      },
      audit: {
        entityType: 'User',
        entityId: input.userId,
        details: { before: before.snapshot, after: after.snapshot },
      },
    };
  },
  revalidate: ({ context }) => usersPath(context.org.slug),
});

/**
 * "Inaktivera" / "Aktivera": the account is the user's in every organisation, so only an administrator of every
 * organisation the user belongs to may switch it, and no organisation may be left without an active
 * administrator. Deactivation ends the user's sessions in the same transaction.
 */
export const setUserActiveAction = defineAction({
  name: 'admin.user.active',
  schema: setActiveSchema,
  permission: 'admin:users',
  authorize: ({ tx, input, context }) => memberOfOrg(tx, input.userId, context.org.id),
  run: async ({ tx, input, context }): Promise<Outcome<UserActionData>> => {
    const user = await accountOf(tx, input.userId);
    const refused = accountRefusal(
      user,
      context.viewer,
      'Ta bort hens roller här i stället, eller be en administratör där.',
    );
    if (refused) return { ok: false, error: refused, code: 'denied' }; // logged as access.denied
    if (user.isActive === input.active) {
      return failure(input.active ? 'Användaren är redan aktiv.' : 'Användaren är redan inaktiverad.');
    }
    const organizationIds = [...new Set(user.memberships.map((m) => m.organizationId))];
    await lockOrganizations(tx, organizationIds);
    await tx.user.update({ where: { id: user.id }, data: { isActive: input.active } });
    let endedSessions = 0;
    if (!input.active) {
      for (const organizationId of organizationIds) {
        if (!(await hasActiveAdmin(tx, organizationId))) {
          return failure(
            user.id === context.viewer.id
              ? 'Du är den sista aktiva administratören och kan inte inaktivera dig själv. Utse en annan administratör först.'
              : NO_ADMIN_LEFT,
          );
        }
      }
      endedSessions = await revokeUserSessions(tx, user.id, 'user-deactivated');
    }
    return {
      ok: true,
      data: {
        userId: user.id,
        message: input.active
          ? `${user.name} är aktiv igen och kan logga in.`
          : `${user.name} är inaktiverad. ${endedSessions} öppna inloggningar avslutades; hen kan inte logga in igen förrän kontot aktiveras.`,
      },
      audit: {
        entityType: 'User',
        entityId: user.id,
        details: {
          before: { aktiv: user.isActive },
          after: { aktiv: input.active, ...(input.active ? {} : { avslutadeInloggningar: endedSessions }) },
        },
      },
    };
  },
  revalidate: ({ context }) => usersPath(context.org.slug),
});

/** "Logga ut överallt": every browser the user is signed in on is signed out at its next request. */
export const endUserSessionsAction = defineAction({
  name: 'admin.user.end-sessions',
  schema: userActionSchema,
  permission: 'admin:users',
  authorize: ({ tx, input, context }) => memberOfOrg(tx, input.userId, context.org.id),
  run: async ({ tx, input, context }): Promise<Outcome<UserActionData>> => {
    // Sign-ins are the account's, in every organisation: signing another förvaltning's administrator out is theirs.
    const refused = accountRefusal(
      await accountOf(tx, input.userId),
      context.viewer,
      'Be en administratör där avsluta inloggningarna.',
    );
    if (refused) return { ok: false, error: refused, code: 'denied' }; // logged as access.denied
    const ended = await revokeUserSessions(tx, input.userId, 'admin');
    return {
      ok: true,
      data: {
        userId: input.userId,
        message:
          ended === 0
            ? 'Användaren hade inga öppna inloggningar.'
            : `${ended} ${ended === 1 ? 'inloggning' : 'inloggningar'} avslutades. Användaren måste logga in igen.`,
      },
      audit: {
        entityType: 'User',
        entityId: input.userId,
        details: { before: { öppnaInloggningar: ended }, after: { öppnaInloggningar: 0 } },
      },
    };
  },
  revalidate: ({ context }) => usersPath(context.org.slug),
});

/**
 * A new one-time link to set a password (a forgotten password, or a link that expired before it was used), for
 * an account the administrator may change (see accountRefusal).
 */
export const createPasswordLinkAction = defineAction({
  name: 'admin.user.password-link',
  schema: userActionSchema,
  permission: 'admin:users',
  authorize: ({ tx, input, context }) => memberOfOrg(tx, input.userId, context.org.id),
  run: async ({ tx, input, context }): Promise<Outcome<UserActionData>> => {
    const user = await accountOf(tx, input.userId);
    const refused = accountRefusal(user, context.viewer, 'Be en administratör där om en lösenordslänk.');
    if (refused) return { ok: false, error: refused, code: 'denied' }; // logged as access.denied
    if (!user.isActive) return failure('Aktivera användaren innan du skapar en lösenordslänk.');
    const link = await issuePasswordLink(tx, user.id, context.viewer.id);
    return {
      ok: true,
      data: {
        userId: user.id,
        message: `Ny lösenordslänk för ${user.name}. Tidigare länkar slutar gälla.`,
        link: { path: link.path, expiresAt: link.expiresAt.toISOString() },
      },
      audit: {
        entityType: 'User',
        entityId: user.id,
        details: { before: null, after: { lösenordslänk: 'skapad', giltigTill: link.expiresAt.toISOString() } },
      },
    };
  },
});
