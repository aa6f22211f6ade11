/**
 * Data access authorizes too (issue 6, the guard: "none trusts a bare organisation id"): every query function a
 * page or route calls takes the caller's access and refuses without the permission, even if the guard above it
 * were missing. Each is called with an access that lacks the permission, and once with one that holds it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityForEdit, activityFormOptions, planForNewActivity } from '@/lib/activities/edit-queries';
import { searchAuditLog } from '@/lib/admin/audit-log';
import {
  getUserForAdmin,
  listBoardGoals,
  listDepartmentsForAdmin,
  listOpenDepartments,
  listOrganizationUsers,
} from '@/lib/admin/queries';
import { DataAccessDenied } from '@/lib/auth/data-access';
import type { RoleName } from '@/lib/auth/permissions';
import { listNotifications, unreadNotificationCount } from '@/lib/notifications/queries';
import { touchPresence } from '@/lib/plans/editing';
import { parseImportFile } from '@/lib/statistics/import';
import { planImport } from '@/lib/statistics/import-plan';
import { getTurnoverDefinition, listImportHistory } from '@/lib/statistics/import-service';
import { getKeyFigures } from '@/lib/statistics/queries';
import { roleAccess } from '../support/access';
import { createOrganization } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let organizationId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  organizationId = (await createOrganization(t.db)).id;
});
afterAll(async () => {
  await t.close();
});

async function headcountPreview() {
  const bytes = new TextEncoder().encode('År;Avdelning;Antal\r\n2025;Äldreomsorg;12\r\n');
  const parsed = await parseImportFile({ bytes, fileName: 'a.csv', group: 'headcount', today: new Date() });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.preview;
}

type Caller = RoleName | 'no role';
/** The access one membership gives, or none at all (a member whose roles were all removed). */
const access = (caller: Caller) =>
  caller === 'no role' ? { ...roleAccess(organizationId), roles: [] } : roleAccess(organizationId, caller);

/** Each data-access function, a caller it refuses and one it serves. */
const CASES: { name: string; refused: Caller; allowed: Caller; call: (caller: Caller) => Promise<unknown> }[] = [
  { name: 'getKeyFigures', refused: 'MANAGER', allowed: 'HR', call: (r) => getKeyFigures(access(r)) },
  {
    name: 'planImport',
    refused: 'ADMIN',
    allowed: 'HR',
    call: async (r) => planImport(t.db, access(r), await headcountPreview()),
  },
  {
    name: 'listImportHistory',
    refused: 'UNION_REP',
    allowed: 'HR',
    call: (r) => listImportHistory(t.db, access(r)),
  },
  {
    name: 'getTurnoverDefinition',
    refused: 'MANAGER',
    allowed: 'HR',
    call: (r) => getTurnoverDefinition(access(r)),
  },
  {
    name: 'listOrganizationUsers',
    refused: 'HR',
    allowed: 'ADMIN',
    call: (r) => listOrganizationUsers(access(r)),
  },
  { name: 'listBoardGoals', refused: 'HR', allowed: 'ADMIN', call: (r) => listBoardGoals(access(r)) },
  {
    name: 'getUserForAdmin',
    refused: 'MANAGER',
    allowed: 'ADMIN',
    call: (r) => getUserForAdmin(access(r), 'no-such-user'),
  },
  {
    name: 'listOpenDepartments',
    refused: 'UNION_REP',
    allowed: 'ADMIN',
    call: (r) => listOpenDepartments(access(r)),
  },
  {
    name: 'listDepartmentsForAdmin',
    refused: 'HR',
    allowed: 'ADMIN',
    call: (r) => listDepartmentsForAdmin(access(r)),
  },
  {
    name: 'searchAuditLog',
    refused: 'HR',
    allowed: 'ADMIN',
    call: (r) => searchAuditLog([access(r)], {}),
  },
  {
    name: 'activityFormOptions',
    refused: 'MANAGER',
    allowed: 'HR',
    call: (r) => activityFormOptions(access(r), null),
  },
  {
    name: 'activityForEdit',
    refused: 'UNION_REP',
    allowed: 'HR',
    call: (r) => activityForEdit(access(r), 'no-such-activity'),
  },
  {
    name: 'planForNewActivity',
    refused: 'ADMIN',
    allowed: 'HR',
    call: (r) => planForNewActivity(access(r), null),
  },
  {
    name: 'touchPresence',
    refused: 'UNION_REP',
    allowed: 'HR',
    call: (r) => touchPresence(access(r), 'no-such-section', 'no-such-user'),
  },
  {
    name: 'listNotifications',
    refused: 'no role',
    allowed: 'HR',
    call: (r) => listNotifications('no-such-user', access(r)),
  },
  {
    name: 'unreadNotificationCount',
    refused: 'no role',
    allowed: 'MANAGER',
    call: (r) => unreadNotificationCount('no-such-user', access(r)),
  },
];

describe(`data access authorizes (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it.each(CASES)('$name refuses an access without the permission and serves one with it', async (c) => {
    await expect(c.call(c.refused)).rejects.toThrow(DataAccessDenied);
    await expect(c.call(c.allowed)).resolves.not.toThrow();
  });
});
