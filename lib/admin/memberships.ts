import 'server-only';
import type { Tx } from '../auth/guard';
import { ROLE_LABELS, type RoleName, separationOfDutiesConflict } from '../auth/permissions';

/**
 * A user's roles in one organisation, read and written as one unit: the roles, a manager's departments and a
 * union rep's union. The readable form (labels and names) is what the audit log shows before → after.
 */
export type MembershipInput = { roles: RoleName[]; departmentIds: string[]; unionId: string | null };
export type MembershipSnapshot = { roller: string[]; avdelningar: string[]; fackförbund: string | null };

export const NO_ADMIN_LEFT =
  'Förvaltningen måste ha minst en aktiv administratör. Utse en annan administratör innan du tar bort den här.';

/** Why an employer-side and a union-side role cannot be one person's in the same organisation (see permissions). */
export const ROLES_CONFLICT = (employer: RoleName, union: RoleName) =>
  `En person kan inte vara både ${ROLE_LABELS[employer]} och ${ROLE_LABELS[union]} i samma förvaltning: i samverkan företräder de arbetsgivaren och de fackliga organisationerna, och de får aldrig vara samma person. Välj en av rollerna.`;

export async function readMemberships(tx: Tx, userId: string, organizationId: string) {
  const memberships = await tx.membership.findMany({
    where: { userId, organizationId },
    include: { departments: { include: { department: true } }, unionOrganization: true },
  });
  const departments = memberships.flatMap((m) => m.departments.map((d) => d.department));
  const union = memberships.find((m) => m.unionOrganization)?.unionOrganization ?? null;
  const roles = memberships.map((m) => m.role as RoleName);
  return {
    input: { roles, departmentIds: departments.map((d) => d.id), unionId: union?.id ?? null } as MembershipInput,
    snapshot: {
      roller: roles.map((r) => ROLE_LABELS[r]).sort(),
      avdelningar: departments.map((d) => d.name).sort((a, b) => a.localeCompare(b, 'sv')),
      fackförbund: union?.name ?? null,
    } as MembershipSnapshot,
  };
}

/**
 * Checks the departments and the union against the organisation. A manager needs at least one department (an
 * empty scope would show nothing); only open departments can be chosen, except those the user already has, so
 * that saving the form never drops a closed department without the administrator unticking it.
 */
export async function validateMemberships(
  tx: Tx,
  organizationId: string,
  input: MembershipInput,
  current: MembershipInput | null,
  { requireRole }: { requireRole: boolean },
): Promise<{ ok: true; value: MembershipInput } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const fieldErrors: Record<string, string[]> = {};
  if (requireRole && input.roles.length === 0) fieldErrors.roles = ['Välj minst en roll.'];
  const conflict = separationOfDutiesConflict(input.roles);
  if (conflict) fieldErrors.roles = [ROLES_CONFLICT(conflict.employer, conflict.union)];
  const isManager = input.roles.includes('MANAGER');
  const isUnionRep = input.roles.includes('UNION_REP');
  let departmentIds: string[] = [];
  if (isManager) {
    if (input.departmentIds.length === 0) {
      fieldErrors.departmentIds = ['Välj minst en avdelning för rollen Chef.'];
    } else {
      const found = await tx.department.findMany({ where: { organizationId, id: { in: input.departmentIds } } });
      const allowed = found.filter((d) => !d.closedAt || current?.departmentIds.includes(d.id));
      if (allowed.length !== input.departmentIds.length) {
        fieldErrors.departmentIds = ['En vald avdelning finns inte i förvaltningen eller är stängd.'];
      }
      departmentIds = allowed.map((d) => d.id);
    }
  }
  let unionId: string | null = null;
  if (isUnionRep) {
    const union = input.unionId ? await tx.unionOrganization.findUnique({ where: { id: input.unionId } }) : null;
    if (!union) fieldErrors.unionId = ['Välj fackförbund för rollen Fackligt ombud.'];
    unionId = union?.id ?? null;
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, value: { roles: input.roles, departmentIds, unionId } };
}

/** Replaces the user's memberships in the organisation with the given ones. */
export async function writeMemberships(tx: Tx, userId: string, organizationId: string, value: MembershipInput) {
  await tx.membership.deleteMany({ where: { userId, organizationId, role: { notIn: value.roles } } });
  for (const role of value.roles) {
    const membership = await tx.membership.upsert({
      where: { userId_organizationId_role: { userId, organizationId, role } },
      create: { userId, organizationId, role, unionOrganizationId: role === 'UNION_REP' ? value.unionId : null },
      update: { unionOrganizationId: role === 'UNION_REP' ? value.unionId : null },
    });
    if (role === 'MANAGER') {
      await tx.managerScope.deleteMany({ where: { membershipId: membership.id } });
      await tx.managerScope.createMany({
        data: value.departmentIds.map((departmentId) => ({ membershipId: membership.id, departmentId })),
      });
    }
  }
}

/**
 * Serializes changes to an organisation's administrators on PostgreSQL: two admins removing each other at the
 * same moment would otherwise both see another admin left and leave none.
 */
export async function lockOrganizations(tx: Tx, organizationIds: string[]) {
  for (const id of [...organizationIds].sort()) {
    await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${id} FOR UPDATE`;
  }
}

export async function hasActiveAdmin(tx: Tx, organizationId: string): Promise<boolean> {
  const count = await tx.membership.count({ where: { organizationId, role: 'ADMIN', user: { isActive: true } } });
  return count > 0;
}
