import 'server-only';
import {
  type OrgAccess,
  type Permission,
  type SystemAccess,
  type SystemPermission,
  can,
  canSystem,
} from './permissions';

/**
 * Data access authorizes too, behind the page and action guards (the Next.js data-security guide): a query takes
 * the caller's access to the organisation — built only from their memberships (session.ts) — never a bare
 * organisation id, and reads nothing without the permission. A refusal here means a guard is missing above it:
 * a bug, so it throws instead of answering.
 */
export class DataAccessDenied extends Error {
  constructor(permission: Permission | SystemPermission | 'membership') {
    super(`Data access refused: ${permission} is not granted`);
  }
}

/** The organisation the access is for, if it holds the permission (at any scope). */
export function organizationFor(access: OrgAccess, permission: Permission): string {
  if (!can(access, permission)) throw new DataAccessDenied(permission);
  return access.organizationId;
}

/**
 * The organisation the access is for, if the caller holds any role there. For reads whose permission folds into the
 * Prisma `where` (planVisibilityWhere, meetingVisibilityWhere, scopeFor): a member without the permission gets
 * nothing, someone who is no member is refused outright.
 */
export function memberOrganization(access: OrgAccess): string {
  if (access.roles.length === 0) throw new DataAccessDenied('membership');
  return access.organizationId;
}

/** For reads that belong to no organisation (the sign-in log): the caller's system access must hold the permission. */
export function requireSystemPermission(access: SystemAccess, permission: SystemPermission): void {
  if (!canSystem(access, permission)) throw new DataAccessDenied(permission);
}
