import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { recordAudit } from '../audit';
import { getDb } from '../db/client';
import { denyAccess, organizationIdOfSlug } from './guards';
import { authOptions } from './options';
import { type OrgAccess, type Permission, type RoleName, can } from './permissions';

export type ViewerOrganization = {
  id: string;
  slug: string;
  name: string;
  access: OrgAccess;
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
 * The signed-in user with memberships read fresh from the database (a revoked role takes effect at once).
 * getServerSession runs the jwt callback, which checks the session row (revoked, past its working day, idle,
 * user deactivated: no session); see lib/auth/sessions.ts.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await sessionUserId();
  return userId ? loadViewer(userId) : null;
});

/** A user with their organisations and the access each membership grants, read from the database; null if inactive. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      memberships: {
        include: { organization: true, departments: true },
        orderBy: { organization: { name: 'asc' } },
      },
    },
  });
  if (!user || !user.isActive) return null;
  const byOrg = new Map<string, ViewerOrganization>();
  for (const membership of user.memberships) {
    const org = membership.organization;
    const entry = byOrg.get(org.id) ?? {
      id: org.id,
      slug: org.slug,
      name: org.name,
      access: { organizationId: org.id, roles: [], managedDepartmentIds: [], unionOrganizationId: null },
    };
    entry.access = {
      ...entry.access,
      roles: [...entry.access.roles, membership.role as RoleName],
      managedDepartmentIds: [
        ...entry.access.managedDepartmentIds,
        ...membership.departments.map((d) => d.departmentId),
      ],
      unionOrganizationId: entry.access.unionOrganizationId ?? membership.unionOrganizationId,
    };
    byOrg.set(org.id, entry);
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isSystemAdmin: user.isSystemAdmin,
    organizations: [...byOrg.values()],
  };
}

/** The signed-in user's id. Integration tests set it directly (the matrix test calls every entry point as each role). */
async function sessionUserId(): Promise<string | null> {
  if (process.env.NODE_ENV === 'test') {
    const forTests = (globalThis as { __kompetensplanTestUserId?: string | null }).__kompetensplanTestUserId;
    if (forTests !== undefined) return forTests;
  }
  const session = await getServerSession(authOptions());
  return session?.user?.id ?? null;
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
