import 'server-only';
import { type OrgAccess, type Permission, can } from './permissions';

/**
 * Data access authorizes too, behind the page and action guards (the Next.js data-security guide): a query takes
 * the caller's access to the organisation — built only from their memberships (session.ts) — never a bare
 * organisation id, and reads nothing without the permission. A refusal here means a guard is missing above it:
 * a bug, so it throws instead of answering.
 */
export class DataAccessDenied extends Error {
  constructor(permission: Permission) {
    super(`Data access refused: ${permission} is not granted`);
  }
}

/** The organisation the access is for, if it holds the permission (at any scope). */
export function organizationFor(access: OrgAccess, permission: Permission): string {
  if (!can(access, permission)) throw new DataAccessDenied(permission);
  return access.organizationId;
}
