import 'server-only';
import { recordAudit } from '../audit';
import type { Db } from '../db/client';
import { readMemberships, writeMemberships } from '../admin/memberships';
import type { Tx } from './guard';
import type { RoleName } from './permissions';
import { claimedRoles, mapClaimsToAccess, sameAccess, ssoEmail, ssoSubject } from './sso-mapping';

export type SsoRefusal =
  | 'wrong-issuer'
  | 'no-subject'
  | 'inactive'
  | 'email-bound-to-another-subject'
  | 'roles-conflict'
  | 'two-unions'
  /** Neither a mapped role nor one given by hand: signed in, the user would see an empty app. */
  | 'no-role';

export type SsoSignIn = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

/**
 * An SSO sign-in, from the ID token's claims (already verified by openid-client: signature, audience, nonce and
 * issuer). The user is keyed on the provider's subject (`oid`, else `sub`), never on the e-mail alone: a user an
 * administrator created is bound by e-mail once, while no subject is bound to it. The first sign-in creates the
 * user with exactly the mapped access ("Rollkoppling"); every sign-in re-applies the mappings. All of it, with its
 * audit rows, is one transaction.
 */
export async function signInWithSso(
  db: Db,
  claims: Record<string, unknown>,
  { issuer }: { issuer: string },
): Promise<SsoSignIn> {
  return db.$transaction((tx) => signIn(tx, claims, issuer));
}

async function signIn(tx: Tx, claims: Record<string, unknown>, issuer: string): Promise<SsoSignIn> {
  const email = ssoEmail(claims);
  const refuse = async (reason: SsoRefusal, userId: string | null = null): Promise<SsoSignIn> => {
    await recordAudit(tx, { action: 'auth.sso-refused', userId, userEmail: email || null, details: { reason } });
    return { ok: false, reason };
  };
  // openid-client checks `iss` against the discovery document; this ties it to the configured issuer as well.
  if (claims.iss !== issuer) return refuse('wrong-issuer');
  const subject = ssoSubject(claims);
  if (!subject) return refuse('no-subject');

  let user = await tx.user.findUnique({ where: { externalId: subject } });
  if (!user && email) {
    const byEmail = await tx.user.findUnique({ where: { email } });
    // Another provider account already owns this e-mail here: never move a user to it silently.
    if (byEmail?.externalId) return refuse('email-bound-to-another-subject', byEmail.id);
    if (byEmail) user = await bindSubject(tx, byEmail, subject);
  }
  if (user && !user.isActive) return refuse('inactive', user.id);
  if (user && email && user.email !== email) user = await followEmailChange(tx, user, email);

  const mappings = await tx.ssoRoleMapping.findMany({ include: { departments: { select: { departmentId: true } } } });
  const mapped = mapClaimsToAccess(
    claimedRoles(claims),
    mappings.map((m) => ({
      claimValue: m.claimValue,
      organizationId: m.organizationId,
      role: m.role as RoleName,
      departmentIds: m.departments.map((d) => d.departmentId),
      unionId: m.unionOrganizationId,
    })),
  );
  if (!mapped.ok) return refuse(mapped.reason, user?.id ?? null);
  const granted = [...mapped.organizations.values()].some((access) => access.roles.length > 0);
  if (!user) {
    if (!granted || !email) return refuse('no-role');
    user = await tx.user.create({ data: { email, name: displayName(claims, email), externalId: subject } });
    await recordAudit(tx, {
      action: 'auth.sso-user-created',
      userId: user.id,
      userEmail: email,
      entityType: 'User',
      entityId: user.id,
    });
  }
  // Organisations with mappings, and those where an earlier sign-in's mapping gave access (its mapping may be gone).
  const earlier = await tx.membership.findMany({
    where: { userId: user.id, fromSso: true },
    select: { organizationId: true },
  });
  const governed = new Map(mapped.organizations);
  for (const { organizationId } of earlier) {
    if (!governed.has(organizationId)) governed.set(organizationId, { roles: [], departmentIds: [], unionId: null });
  }
  for (const [organizationId, access] of governed) {
    const current = await readMemberships(tx, user.id, organizationId);
    if (sameAccess(current.input, access)) continue;
    await writeMemberships(tx, user.id, organizationId, access);
    await tx.membership.updateMany({ where: { userId: user.id, organizationId }, data: { fromSso: true } });
    const after = await readMemberships(tx, user.id, organizationId);
    await recordAudit(tx, {
      action: 'auth.sso-roles-applied',
      userId: user.id,
      userEmail: user.email,
      organizationId,
      entityType: 'User',
      entityId: user.id,
      details: { before: current.snapshot, after: after.snapshot },
    });
  }
  const memberships = await tx.membership.count({ where: { userId: user.id } });
  // The removal above stays (committed with the refusal): a role taken away in Entra ID is gone here too.
  if (memberships === 0 && !user.isSystemAdmin) return refuse('no-role', user.id);
  return { ok: true, userId: user.id };
}

type User = NonNullable<Awaited<ReturnType<Tx['user']['findUnique']>>>;

async function bindSubject(tx: Tx, user: User, subject: string): Promise<User> {
  const bound = await tx.user.update({ where: { id: user.id }, data: { externalId: subject } });
  await recordAudit(tx, {
    action: 'auth.sso-subject-changed',
    userId: user.id,
    userEmail: user.email,
    entityType: 'User',
    entityId: user.id,
    details: { before: { externalId: user.externalId }, after: { externalId: subject } },
  });
  return bound;
}

/** The same person with a new e-mail in Entra ID: the user follows, unless another user here has that e-mail. */
async function followEmailChange(tx: Tx, user: User, email: string): Promise<User> {
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return user;
  const changed = await tx.user.update({ where: { id: user.id }, data: { email } });
  await recordAudit(tx, {
    action: 'auth.sso-email-changed',
    userId: user.id,
    userEmail: email,
    entityType: 'User',
    entityId: user.id,
    details: { before: { email: user.email }, after: { email } },
  });
  return changed;
}

function displayName(claims: Record<string, unknown>, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  return (name || email).slice(0, 200);
}
