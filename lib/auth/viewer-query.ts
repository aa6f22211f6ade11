import 'server-only';
import type { Db } from '../db/client';
import type { RoleName } from './permissions';
import type { SessionRow } from './sessions';

export type MembershipRow = {
  organizationId: string;
  slug: string;
  name: string;
  role: RoleName;
  unionOrganizationId: string | null;
  departmentIds: string[];
  /** The user's own unread notifications in the organisation (the header's "Notiser (n olästa)"). */
  unread: number;
};

export type ViewerRow = {
  id: string;
  email: string;
  name: string;
  isActive: boolean;
  isSystemAdmin: boolean;
  /** The session row, if it exists and is this user's. */
  session: SessionRow | null;
  /** Ordered by the organisation's name. */
  memberships: MembershipRow[];
};

type Raw = Omit<ViewerRow, 'session'> & {
  sessionId: string | null;
  lastSeenAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

/**
 * Everything a page's session check and the organisation layout read, in one query: the session row, the user,
 * their memberships with organisation and departments, and their unread notifications per organisation. Read on
 * every request (nothing revocable is cached): on PGlite each query costs the server's own CPU, and this used to
 * be six. `sessionId` null reads the user alone.
 */
export async function readViewer(db: Db, userId: string, sessionId: string | null): Promise<ViewerRow | null> {
  const [row] = await db.$queryRaw<Raw[]>`
    SELECT u.id, u.email, u.name, u."isActive", u."isSystemAdmin",
           s.id AS "sessionId", s."lastSeenAt", s."expiresAt", s."revokedAt",
           COALESCE((
             SELECT json_agg(json_build_object(
                      'organizationId', o.id, 'slug', o.slug, 'name', o.name, 'role', m.role,
                      'unionOrganizationId', m."unionOrganizationId",
                      'departmentIds', COALESCE((SELECT json_agg(ms."departmentId") FROM "ManagerScope" ms
                                                 WHERE ms."membershipId" = m.id), '[]'::json),
                      'unread', (SELECT count(*) FROM "Notification" n
                                 WHERE n."userId" = u.id AND n."organizationId" = o.id AND n."readAt" IS NULL)
                    ) ORDER BY o.name, m."createdAt", m.id)
             FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
             WHERE m."userId" = u.id
           ), '[]'::json) AS memberships
    FROM "User" u
    LEFT JOIN "UserSession" s ON s.id = ${sessionId ?? ''} AND s."userId" = u.id
    WHERE u.id = ${userId}`;
  if (!row) return null;
  const { sessionId: foundSession, lastSeenAt, expiresAt, revokedAt, ...user } = row;
  return {
    ...user,
    session:
      foundSession && lastSeenAt && expiresAt
        ? { id: foundSession, userId, lastSeenAt, expiresAt, revokedAt, userIsActive: user.isActive }
        : null,
  };
}
