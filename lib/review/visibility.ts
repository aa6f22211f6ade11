import { type OrgAccess, can } from '../auth/permissions';
import type { Prisma } from '../generated/prisma/client';

/**
 * Which samverkan meetings a user sees: HR every meeting of the organisation; a union rep only the meetings their
 * own union organisation is invited to (a rep without a union sees none); everyone else none.
 */
export function meetingVisibilityWhere(access: OrgAccess): Prisma.ReviewMeetingWhereInput {
  const base = { organizationId: access.organizationId };
  if (can(access, 'manage:review')) return base;
  if (can(access, 'review:ask') && access.unionOrganizationId) {
    return { ...base, invitedUnions: { some: { unionOrganizationId: access.unionOrganizationId } } };
  }
  return { ...base, id: '' };
}

/**
 * Separation of duties: a rep of a union invited to the meeting never answers there as the employer, even when
 * an account still holds both roles from before the rule (lib/admin/memberships.ts refuses new ones).
 */
export function speaksForInvitedUnion(access: OrgAccess, invitedUnionIds: readonly string[]): boolean {
  return (
    access.roles.includes('UNION_REP') &&
    access.unionOrganizationId !== null &&
    invitedUnionIds.includes(access.unionOrganizationId)
  );
}
