import 'server-only';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { type Env, env } from '../env';
import { usesSecureCookies, sessionCookie } from './cookies';
import { denyAccess, organizationIdOfSlug } from './guards';
import { type OrgAccess, type Permission, can } from './permissions';
import { authSecret } from './secret';
import { decodeSessionCookie } from './session-cookie';
import { acceptSession } from './sessions';
import { type ViewerRow, readViewer } from './viewer-query';

export type ViewerOrganization = {
  id: string;
  slug: string;
  name: string;
  access: OrgAccess;
  /** The viewer's unread notifications here, for the header (shown where the role reads notifications). */
  unreadNotifications: number;
};

export type Viewer = {
  id: string;
  email: string;
  name: string;
  /** Creates organisations and appoints their administrators; grants no access to any organisation's data. */
  isSystemAdmin: boolean;
  organizations: ViewerOrganization[];
};

/**
 * The signed-in user with memberships read fresh from the database (a revoked role takes effect at once): the
 * session cookie, decoded once per process (lib/auth/session-cookie.ts), then one query for the session row, the
 * user and their memberships, checked as every request is (revoked, past its working day, idle, user deactivated:
 * no session; lib/auth/sessions.ts). Integration tests set the user directly (the matrix test calls every entry
 * point as each role).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  if (process.env.NODE_ENV === 'test') {
    const forTests = (globalThis as { __kompetensplanTestUserId?: string | null }).__kompetensplanTestUserId;
    if (forTests !== undefined) return forTests ? loadViewer(forTests) : null;
  }
  const e = env();
  const cookie = (await cookies()).get(sessionCookie(usesSecureCookies(e.NEXTAUTH_URL)).name);
  return cookie ? viewerOfSessionCookie(cookie.value, e) : null;
});

/** The viewer a session cookie stands for, or null if the cookie or its session no longer holds. */
export async function viewerOfSessionCookie(
  value: string,
  e: Env = env(),
  now: Date = new Date(),
): Promise<Viewer | null> {
  const token = await decodeSessionCookie(value, authSecret(e), now.getTime());
  if (!token) return null;
  const db = await getDb();
  const row = await readViewer(db, token.userId, token.sessionId);
  const check = await acceptSession(db, row?.session ?? null, token, now);
  return check.valid && row ? toViewer(row) : null;
}

/** A user with their organisations and the access each membership grants; null if inactive. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const row = await readViewer(await getDb(), userId, null);
  return row ? toViewer(row) : null;
}

function toViewer(row: ViewerRow): Viewer | null {
  if (!row.isActive) return null;
  const byOrg = new Map<string, ViewerOrganization>();
  for (const membership of row.memberships) {
    const entry = byOrg.get(membership.organizationId) ?? {
      id: membership.organizationId,
      slug: membership.slug,
      name: membership.name,
      unreadNotifications: membership.unread,
      access: {
        organizationId: membership.organizationId,
        roles: [],
        managedDepartmentIds: [],
        unionOrganizationId: null,
      },
    };
    entry.access = {
      ...entry.access,
      roles: [...entry.access.roles, membership.role],
      managedDepartmentIds: [...entry.access.managedDepartmentIds, ...membership.departmentIds],
      unionOrganizationId: entry.access.unionOrganizationId ?? membership.unionOrganizationId,
    };
    byOrg.set(membership.organizationId, entry);
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isSystemAdmin: row.isSystemAdmin,
    organizations: [...byOrg.values()],
  };
}

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    // Reached only with a session cookie that no longer holds (proxy.ts sends cookie-less visitors to sign in).
    await recordAudit(await getDb(), { action: 'access.denied', details: { what: 'signed-out', via: 'page' } });
    redirect('/logga-in');
  }
  return viewer;
}

export type OrgContext = { viewer: Viewer; org: ViewerOrganization };

/** The organisation of the URL, if the viewer belongs to it; otherwise "Behörighet saknas" (and a log entry). */
export const requireOrg = cache(async (slug: string): Promise<OrgContext> => {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) notFound(); // not an organisation address at all (e.g. /favicon.ico)
  const viewer = await requireViewer();
  const org = viewer.organizations.find((o) => o.slug === slug);
  if (!org) return denyAccess(viewer, await organizationIdOfSlug(slug), `organisation:${slug}`);
  return { viewer, org };
});

/** Renders "Behörighet saknas" (HTTP 403) and logs the attempt when the viewer lacks the permission. */
export async function requirePermission(slug: string, permission: Permission): Promise<OrgContext> {
  const context = await requireOrg(slug);
  if (!can(context.org.access, permission)) {
    return denyAccess(context.viewer, context.org.id, permission);
  }
  return context;
}
