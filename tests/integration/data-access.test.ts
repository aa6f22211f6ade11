/**
 * Data access authorizes too (issue 6, the guard: "none trusts a bare organisation id"; issue 17: everywhere).
 * The read layer is found, not listed: every module under lib/ that opens the database itself (calls getDb) is
 * imported, and each function it exports must have a case below or a stated reason to be left out — so a new
 * query cannot skip the check unnoticed. Each case is refused to a caller with no role in the organisation
 * (DataAccessDenied, before anything is read), where the function needs a permission to a member without it, and
 * served to a member with it. Functions that take a record id find nothing of another organisation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityForEdit, activityFormOptions, planForNewActivity } from '@/lib/activities/edit-queries';
import { loadOverview, readOverview } from '@/lib/activities/overview';
import { loadPlanExport } from '@/lib/export/plan-export';
import { gapsClosedByActivity, loadGap, loadGapRegister, readablePlan, registerFormOptions } from '@/lib/gaps/queries';
import { loadRisk, loadRiskRegister } from '@/lib/risks/queries';
import { findActivePlan, listActivities } from '@/lib/activities/queries';
import { loadRegister } from '@/lib/plans/activity-register';
import { remindOfMissingFollowUps } from '@/lib/activities/reminders';
import { followUpWorklist } from '@/lib/activities/worklist';
import { searchAuditLog } from '@/lib/admin/audit-log';
import {
  getUserForAdmin,
  listBoardGoals,
  listDepartmentsForAdmin,
  listOpenDepartments,
  listOrganizationUsers,
} from '@/lib/admin/queries';
import { DataAccessDenied } from '@/lib/auth/data-access';
import { isGuardedAction } from '@/lib/auth/guard';
import type { OrgAccess, RoleName, SystemAccess } from '@/lib/auth/permissions';
import type { OrgContext } from '@/lib/auth/session';
import { currentNeedsYear, loadNeedsPage } from '@/lib/needs/queries';
import { listNotifications, unreadNotificationCount } from '@/lib/notifications/queries';
import { managedDepartmentNames, representedUnionName } from '@/lib/organizations/queries';
import { loadSectionForEditing, loadSectionHistory, loadSectionsForManaging, touchPresence } from '@/lib/plans/editing';
import { getPlanByYear, listPlans } from '@/lib/plans/queries';
import { loadPlanReading } from '@/lib/plans/reading';
import { listMeetings, listPlansInReview, loadMeeting, meetingsForPlan } from '@/lib/review/queries';
import { loadPopulationOverview } from '@/lib/needs/population-queries';
import { loadVolumeDemand } from '@/lib/needs/volume';
import { loadDashboard } from '@/lib/statistics/dashboard/queries';
import { parseImportFile } from '@/lib/statistics/import';
import { findImportChanges } from '@/lib/statistics/import/changes';
import { handleImportRequest } from '@/lib/statistics/import/request';
import { getTurnoverDefinition, listImportHistory } from '@/lib/statistics/import/service';
import { getKeyFigures } from '@/lib/statistics/queries';
import { listOrganizationsForSystem } from '@/lib/system/queries';
import { loadReferenceData } from '@/lib/system/reference-queries';
import { loadKoladaAdmin, loadKoladaComparisons } from '@/lib/kolada/queries';
import { searchSignInLog } from '@/lib/system/sign-in-log';
import { loadSsoMappings } from '@/lib/sso/queries';
import { roleAccess } from '../support/access';
import { createOrganization } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestDatabase;
let organizationId: string;
let otherOrganizationId: string;
/** A plan of the first organisation with one section: what another organisation's caller must not reach. */
const record = { sectionId: '', planId: '', meetingId: '', userId: '', gapId: '', riskId: '', activityId: '' };
const YEAR = 2027;

beforeAll(async () => {
  t = await createTestDatabase();
  organizationId = (await createOrganization(t.db)).id;
  otherOrganizationId = (await createOrganization(t.db)).id;
  const plan = await t.db.plan.create({
    data: {
      organizationId,
      startYear: YEAR,
      endYear: YEAR + 3,
      title: 'Plan',
      sections: { create: { sortOrder: 0, title: 'Avsnitt', body: { type: 'doc', content: [] } } },
    },
    include: { sections: true },
  });
  record.planId = plan.id;
  record.userId = (await t.db.user.create({ data: { email: 'editor@example.test', name: 'Redaktör' } })).id;
  record.sectionId = plan.sections[0]!.id;
  const phase = await t.db.ubaraPhase.findFirstOrThrow();
  record.activityId = (
    await t.db.activity.create({
      data: { planId: plan.id, ubaraPhaseId: phase.id, goal: 'Mål', title: 'Aktivitet', ownerText: 'HR' },
    })
  ).id;
  record.gapId = (
    await t.db.competenceGap.create({
      data: {
        planId: plan.id,
        area: 'Område',
        description: 'Gap',
        activities: { create: { activityId: record.activityId } },
      },
    })
  ).id;
  record.riskId = (
    await t.db.risk.create({ data: { planId: plan.id, title: 'Risk', description: '', likelihood: 2, consequence: 3 } })
  ).id;
  record.meetingId = (
    await t.db.reviewMeeting.create({
      data: { organizationId, planId: plan.id, forum: 'FSG', itemNumber: '1', title: 'Plan', date: new Date() },
    })
  ).id;
});
afterAll(async () => {
  await t.close();
});

/**
 * Modules that call getDb but are no part of the read layer: the guards and the session themselves, and the
 * password link, which is authorized by its one-time token before anyone is signed in.
 */
const NOT_READ_LAYER = [/^lib\/auth\//, /^lib\/db\//, /^lib\/admin\/set-password\.ts$/];

/** Exports of the read layer that read no organisation's data, each with why. */
const NO_ORGANIZATION_DATA: Record<string, string> = {
  planStrategiesWhere: 'builds a where clause from a strategy set id; reads nothing',
  activityScopeWhere: 'builds a where clause from a scope the caller already derived; reads nothing',
  activityScopeSql: 'builds SQL from a scope the caller already derived; reads nothing',
  displayStatusWhere: 'builds a where clause for a status filter; reads nothing',
  registerScope: 'derives a scope from the access; reads nothing',
  toRows: 'completes rows loadRegister has read under the caller’s scope',
  auditOrganizations: 'filters the viewer’s own organisations; reads nothing',
  auditLogPage: 'pages through a where clause searchAuditLog / searchSignInLog authorized',
  stockholmMidnight: 'date arithmetic',
  listReferenceData: 'SKR strategies, UBARA phases and unions: reference data every förvaltning shares',
  listUnions: 'the union organisations: reference data every förvaltning shares',
  listUnionOrganizations: 'the union organisations: reference data every förvaltning shares',
  planVisibilityWhere: 'builds the visibility where clause from the access; reads nothing',
  meetingName: 'formats a meeting’s name',
  loadProtection:
    'a cached block inside the statistics read path: reached through loadDashboard and figuresForReader, which authorize',
  commitImport: 'the write behind handleImportRequest, called only after findImportChanges authorized the same file',
  refreshPlannerStatistics: 'refreshes the planner’s statistics of every organisation after a commit; returns nothing',
  requireSystemAdmin: 'the system pages’ gate itself',
  systemAccessOf: 'builds the system access from the signed-in viewer; reads nothing',
  recordDownload:
    'writes the audit row of a download, after the route’s defineRoute authorized the caller; reads nothing',
  fileResponse: 'wraps a finished file in a response; reads nothing',
  volumeDemandOf:
    'the volume inputs behind loadVolumeDemand and the recruitment-need forecast, reached only after they authorized',
};

type Caller = RoleName | 'no role';
const noRole = (organization: string): OrgAccess => ({ ...roleAccess(organization), roles: [] });
const access = (caller: Caller, organization = organizationId): OrgAccess =>
  caller === 'no role' ? noRole(organization) : roleAccess(organization, caller);
const systemAccess = (isSystemAdmin: boolean): SystemAccess => ({ userId: 'no-such-user', isSystemAdmin });

async function headcountPreview() {
  const bytes = new TextEncoder().encode('År;Avdelning;Antal\r\n2025;Äldreomsorg;12\r\n');
  const parsed = await parseImportFile({ bytes, fileName: 'a.csv', group: 'headcount', today: new Date() });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.preview;
}

function importContext(a: OrgAccess): OrgContext {
  const viewer = { id: 'no-such-user', name: 'X', email: 'x@example.test', isSystemAdmin: false, organizations: [] };
  return { viewer, org: { id: a.organizationId, slug: 'x', name: 'X', access: a } } as unknown as OrgContext;
}
const emptyForm = () => new FormData();

type Case = {
  /** A member whose roles lack the permission the function needs (omitted where the permission folds into the where). */
  refused?: RoleName;
  allowed: RoleName;
  call: (access: OrgAccess) => Promise<unknown>;
  /** Whether the function finds the first organisation's record: yes for its own member, no for another's. */
  finds?: (access: OrgAccess) => Promise<boolean>;
};

/** Each data-access function: how to call it with a caller's access. */
const CASES: Record<string, Case> = {
  getKeyFigures: { refused: 'MANAGER', allowed: 'HR', call: (a) => getKeyFigures(a) },
  findImportChanges: {
    refused: 'ADMIN',
    allowed: 'HR',
    call: async (a) => findImportChanges(t.db, a, await headcountPreview()),
  },
  listImportHistory: { refused: 'UNION_REP', allowed: 'HR', call: (a) => listImportHistory(a) },
  getTurnoverDefinition: { refused: 'MANAGER', allowed: 'HR', call: (a) => getTurnoverDefinition(a) },
  handleImportRequest: {
    refused: 'ADMIN',
    allowed: 'HR',
    call: (a) => handleImportRequest(emptyForm(), importContext(a), () => {}),
  },
  listOrganizationUsers: { refused: 'HR', allowed: 'ADMIN', call: (a) => listOrganizationUsers(a) },
  listBoardGoals: { refused: 'HR', allowed: 'ADMIN', call: (a) => listBoardGoals(a) },
  getUserForAdmin: { refused: 'MANAGER', allowed: 'ADMIN', call: (a) => getUserForAdmin(a, 'no-such-user') },
  listOpenDepartments: { refused: 'UNION_REP', allowed: 'ADMIN', call: (a) => listOpenDepartments(a) },
  listDepartmentsForAdmin: { refused: 'HR', allowed: 'ADMIN', call: (a) => listDepartmentsForAdmin(a) },
  searchAuditLog: { refused: 'HR', allowed: 'ADMIN', call: (a) => searchAuditLog([a], {}) },
  activityFormOptions: { refused: 'MANAGER', allowed: 'HR', call: (a) => activityFormOptions(a, null) },
  activityForEdit: { refused: 'UNION_REP', allowed: 'HR', call: (a) => activityForEdit(a, 'no-such-activity') },
  planForNewActivity: {
    refused: 'ADMIN',
    allowed: 'HR',
    call: (a) => planForNewActivity(a, null),
    finds: async (a) => (await planForNewActivity(a, record.planId)) !== null,
  },
  loadOverview: { refused: 'MANAGER', allowed: 'HR', call: (a) => loadOverview(a) },
  readOverview: { refused: 'MANAGER', allowed: 'HR', call: (a) => readOverview(a, new Date()) },
  loadPlanExport: {
    allowed: 'MANAGER',
    call: (a) => loadPlanExport(a, YEAR, null),
    finds: async (a) => (await loadPlanExport(a, YEAR, null)) !== null,
  },
  readablePlan: {
    refused: 'UNION_REP',
    allowed: 'MANAGER',
    call: (a) => readablePlan(a, YEAR),
    finds: async (a) => (await readablePlan(a, YEAR)) !== null,
  },
  loadGapRegister: {
    refused: 'UNION_REP',
    allowed: 'HR',
    call: (a) => loadGapRegister(a, YEAR),
    finds: async (a) => ((await loadGapRegister(a, YEAR))?.gaps.length ?? 0) > 0,
  },
  loadGap: {
    refused: 'ADMIN',
    allowed: 'HR',
    call: (a) => loadGap(a, 'no-such-gap'),
    finds: async (a) => (await loadGap(a, record.gapId)) !== null,
  },
  gapsClosedByActivity: {
    refused: 'UNION_REP',
    allowed: 'HR',
    call: (a) => gapsClosedByActivity(a, 'no-such-activity'),
    finds: async (a) => (await gapsClosedByActivity(a, record.activityId)).length > 0,
  },
  registerFormOptions: {
    refused: 'MANAGER',
    allowed: 'HR',
    call: (a) => registerFormOptions(a, 'no-such-plan'),
    finds: async (a) => (await registerFormOptions(a, record.planId)).activities.length > 0,
  },
  loadRiskRegister: {
    refused: 'UNION_REP',
    allowed: 'MANAGER',
    call: (a) => loadRiskRegister(a, YEAR),
    finds: async (a) => ((await loadRiskRegister(a, YEAR))?.risks.length ?? 0) > 0,
  },
  loadRisk: {
    refused: 'ADMIN',
    allowed: 'HR',
    call: (a) => loadRisk(a, 'no-such-risk'),
    finds: async (a) => (await loadRisk(a, record.riskId)) !== null,
  },
  findActivePlan: { allowed: 'MANAGER', call: (a) => findActivePlan(a) },
  listActivities: {
    allowed: 'MANAGER',
    call: (a) => listActivities(a),
  },
  loadRegister: { allowed: 'UNION_REP', call: (a) => loadRegister(a) },
  followUpWorklist: { allowed: 'MANAGER', call: (a) => followUpWorklist(a) },
  remindOfMissingFollowUps: {
    allowed: 'MANAGER',
    call: (a) => remindOfMissingFollowUps({ userId: 'no-such-user', access: a, orgSlug: 'x' }),
  },
  touchPresence: {
    refused: 'UNION_REP',
    allowed: 'HR',
    call: (a) => touchPresence(a, 'no-such-section', 'no-such-user'),
    finds: async (a) => (await touchPresence(a, record.sectionId, record.userId)) !== null,
  },
  loadSectionForEditing: {
    refused: 'MANAGER',
    allowed: 'HR',
    call: (a) => loadSectionForEditing(a, YEAR, record.sectionId),
    finds: async (a) => (await loadSectionForEditing(a, YEAR, record.sectionId)) !== null,
  },
  loadSectionHistory: {
    refused: 'UNION_REP',
    allowed: 'HR',
    call: (a) => loadSectionHistory(a, YEAR, record.sectionId),
    finds: async (a) => (await loadSectionHistory(a, YEAR, record.sectionId)) !== null,
  },
  loadSectionsForManaging: {
    refused: 'ADMIN',
    allowed: 'HR',
    call: (a) => loadSectionsForManaging(a, YEAR),
    finds: async (a) => (await loadSectionsForManaging(a, YEAR)) !== null,
  },
  listPlans: { allowed: 'MANAGER', call: (a) => listPlans(a) },
  getPlanByYear: {
    allowed: 'HR',
    call: (a) => getPlanByYear(a, YEAR),
    finds: async (a) => (await getPlanByYear(a, YEAR)) !== null,
  },
  loadPlanReading: {
    allowed: 'MANAGER',
    call: (a) => loadPlanReading(a, YEAR, null),
    finds: async (a) => (await loadPlanReading(a, YEAR, null)) !== null,
  },
  listPlansInReview: { allowed: 'UNION_REP', call: (a) => listPlansInReview(a) },
  listMeetings: { allowed: 'HR', call: (a) => listMeetings(a) },
  loadMeeting: {
    allowed: 'HR',
    call: (a) => loadMeeting(a, 'no-such-user', record.meetingId),
    finds: async (a) => (await loadMeeting(a, 'no-such-user', record.meetingId)) !== null,
  },
  meetingsForPlan: {
    allowed: 'HR',
    call: (a) => meetingsForPlan(a, record.planId),
  },
  loadDashboard: { allowed: 'UNION_REP', call: (a) => loadDashboard(a, {}) },
  loadNeedsPage: {
    allowed: 'MANAGER',
    call: (a) => loadNeedsPage(a, YEAR),
    finds: async (a) => (await loadNeedsPage(a, YEAR)) !== null,
  },
  currentNeedsYear: {
    allowed: 'HR',
    call: (a) => currentNeedsYear(a),
    finds: async (a) => (await currentNeedsYear(a)) === YEAR,
  },
  listNotifications: { allowed: 'HR', call: (a) => listNotifications('no-such-user', a) },
  unreadNotificationCount: { allowed: 'MANAGER', call: (a) => unreadNotificationCount('no-such-user', a) },
  managedDepartmentNames: { allowed: 'MANAGER', call: (a) => managedDepartmentNames(a) },
  representedUnionName: { allowed: 'UNION_REP', call: (a) => representedUnionName(a) },
  // A population forecast is public data about residents: every role that reads statistics reads it.
  loadPopulationOverview: { allowed: 'MANAGER', call: (a) => loadPopulationOverview(a, { planYear: YEAR }) },
  loadVolumeDemand: { allowed: 'UNION_REP', call: (a) => loadVolumeDemand(a, a.organizationId, [YEAR]) },
  // Kolada's values are public; the own figures beside them go through the live figures' suppression.
  loadKoladaComparisons: { allowed: 'UNION_REP', call: (a) => loadKoladaComparisons(a, 'X') },
};

/** Reads that belong to no organisation take the caller's system access instead. */
const SYSTEM_CASES: Record<string, (access: SystemAccess) => Promise<unknown>> = {
  listOrganizationsForSystem: (a) => listOrganizationsForSystem(a),
  loadReferenceData: (a) => loadReferenceData(a),
  loadKoladaAdmin: (a) => loadKoladaAdmin(a),
  searchSignInLog: (a) => searchSignInLog(a, {}),
  loadSsoMappings: (a) => loadSsoMappings(a),
};

const isClass = (value: Function) => Function.prototype.toString.call(value).startsWith('class');

/** Every function exported by a lib module that opens the database itself. */
async function readLayerExports(): Promise<string[]> {
  const root = path.resolve(__dirname, '../..');
  const files = readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' })
    .map((file) => `lib/${file.split(path.sep).join('/')}`)
    .filter((file) => file.endsWith('.ts') && !file.startsWith('lib/generated/'))
    .filter((file) => !NOT_READ_LAYER.some((pattern) => pattern.test(file)))
    .filter((file) => /\bgetDb\(\)/.test(readFileSync(path.join(root, file), 'utf8')));
  const names: string[] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(path.join(root, file));
    for (const [name, value] of Object.entries(module))
      if (typeof value === 'function' && !isClass(value) && !isGuardedAction(value)) names.push(name);
  }
  return names;
}

describe(`data access authorizes (${process.env.TEST_DATABASE ?? 'pglite'})`, () => {
  it('every exported function of the read layer has a case, or a reason to have none', async () => {
    const exported = await readLayerExports();
    expect(exported.length).toBeGreaterThan(40);
    expect(new Set(exported).size, 'names are unique across the read layer').toBe(exported.length);
    const known = new Set([...Object.keys(CASES), ...Object.keys(SYSTEM_CASES), ...Object.keys(NO_ORGANIZATION_DATA)]);
    expect(exported.filter((name) => !known.has(name))).toEqual([]);
    const stale = Object.keys(NO_ORGANIZATION_DATA).filter((name) => !exported.includes(name));
    expect(stale).toEqual([]);
  });

  it.each(Object.entries(CASES))('%s refuses a caller without the permission and serves one with it', async (_, c) => {
    await expect(c.call(access('no role'))).rejects.toThrow(DataAccessDenied);
    if (c.refused) await expect(c.call(access(c.refused))).rejects.toThrow(DataAccessDenied);
    await expect(c.call(access(c.allowed))).resolves.not.toThrow();
  });

  it.each(Object.entries(CASES).filter(([, c]) => c.finds))(
    '%s finds nothing of another organisation',
    async (_, c) => {
      expect(await c.finds!(access(c.allowed))).toBe(true);
      expect(await c.finds!(access(c.allowed, otherOrganizationId))).toBe(false);
    },
  );

  it.each(Object.entries(SYSTEM_CASES))('%s refuses a caller who is no system administrator', async (_, call) => {
    await expect(call(systemAccess(false))).rejects.toThrow(DataAccessDenied);
    await expect(call(systemAccess(true))).resolves.not.toThrow();
  });
});
