import { type MatrixCase, formData, page } from '../cases';
import type { World } from '../world';

const org = (w: World) => ({ org: w.org.slug });
const ADMIN = ['admin'] as const;
const SYSTEM = ['systemAdmin'] as const;
let counter = 0;

const usersActions = () => import('@/app/(app)/_actions/users');
const departmentActions = () => import('@/app/(app)/_actions/departments');
const systemActions = () => import('@/app/(app)/_actions/system');
const referenceActions = () => import('@/app/(app)/_actions/reference-data');
const boardGoalActions = () => import('@/app/(app)/_actions/board-goals');

export const adminCases: MatrixCase[] = [
  {
    entry: 'page /[org]/admin/anvandare/ny',
    allowed: ADMIN,
    call: page(() => import('@/app/(app)/[org]/admin/anvandare/ny/page'), org),
  },
  {
    entry: 'page /[org]/admin/anvandare/[userId]',
    allowed: ADMIN,
    call: page(
      () => import('@/app/(app)/[org]/admin/anvandare/[userId]/page'),
      (w) => ({ org: w.org.slug, userId: w.ids.adminTarget! }),
    ),
  },
  {
    entry: 'page /[org]/admin/avdelningar',
    allowed: ADMIN,
    call: page(() => import('@/app/(app)/[org]/admin/avdelningar/page'), org),
  },
  {
    entry: 'page /[org]/admin/logg',
    allowed: ADMIN,
    call: page(() => import('@/app/(app)/[org]/admin/logg/page'), org),
  },
  {
    entry: 'page /[org]/admin/namndmal',
    allowed: ADMIN,
    call: page(() => import('@/app/(app)/[org]/admin/namndmal/page'), org),
  },
  {
    entry: 'page /system/referensdata',
    allowed: SYSTEM,
    call: page(
      () => import('@/app/(app)/system/referensdata/page'),
      () => ({}),
    ),
  },
  {
    entry: 'page /system/inloggningar',
    allowed: SYSTEM,
    call: page(
      () => import('@/app/(app)/system/inloggningar/page'),
      () => ({}),
    ),
  },
  {
    entry: 'page /system',
    allowed: SYSTEM,
    call: page(
      () => import('@/app/(app)/system/page'),
      () => ({}),
    ),
  },
  {
    entry: 'page /losenord/[token]',
    allowed: 'everyone',
    call: page(
      () => import('@/app/(auth)/losenord/[token]/page'),
      () => ({ token: 'x'.repeat(43) }),
    ),
  },
  {
    entry: 'action app/(auth)/_actions/set-password.ts#setPassword',
    allowed: 'everyone',
    call: async () => {
      const { setPassword } = await import('@/app/(auth)/_actions/set-password');
      // A token that was never issued: answered "ogiltig länk", nothing written, for everyone alike.
      return setPassword(
        null,
        formData({ token: 'y'.repeat(43), password: 'ett långt lösenord', confirm: 'ett långt lösenord' }),
      );
    },
  },
  {
    entry: 'action app/(app)/_actions/users.ts#createUser',
    allowed: ADMIN,
    call: async (w) =>
      (await usersActions()).createUser(
        null,
        formData({ org: w.org.slug, name: 'Ny Person', email: `ny-${++counter}@matrix.test`, roles: 'HR' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/users.ts#saveMemberships',
    allowed: ADMIN,
    call: async (w) =>
      (await usersActions()).saveMemberships(
        null,
        formData({ org: w.org.slug, userId: w.ids.adminTarget!, roles: ['HR'] }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/users.ts#setUserActive',
    allowed: ADMIN,
    call: async (w) =>
      (await usersActions()).setUserActive(
        null,
        formData({ org: w.org.slug, userId: w.ids.deactivateTarget!, active: 'false' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/users.ts#endUserSessions',
    allowed: ADMIN,
    call: async (w) =>
      (await usersActions()).endUserSessions(null, formData({ org: w.org.slug, userId: w.ids.adminTarget! })),
  },
  {
    entry: 'action app/(app)/_actions/users.ts#createPasswordLink',
    allowed: ADMIN,
    call: async (w) =>
      (await usersActions()).createPasswordLink(null, formData({ org: w.org.slug, userId: w.ids.adminTarget! })),
  },
  {
    entry: 'action app/(app)/_actions/departments.ts#createDepartment',
    allowed: ADMIN,
    call: async (w) =>
      (await departmentActions()).createDepartment(
        null,
        formData({ org: w.org.slug, name: `Matrisenhet ${++counter}`, kind: 'UNIT', parentId: '' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/departments.ts#updateDepartment',
    allowed: ADMIN,
    call: async (w) =>
      (await departmentActions()).updateDepartment(
        null,
        formData({ org: w.org.slug, departmentId: w.ids.closableDepartment!, name: 'Matris omdöpt', parentId: '' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/departments.ts#closeDepartment',
    allowed: ADMIN,
    call: async (w) =>
      (await departmentActions()).closeDepartment(
        null,
        formData({ org: w.org.slug, departmentId: w.ids.closableDepartment! }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/departments.ts#reopenDepartment',
    allowed: ADMIN,
    call: async (w) =>
      (await departmentActions()).reopenDepartment(
        null,
        formData({ org: w.org.slug, departmentId: w.ids.closedDepartment! }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/system.ts#createOrganization',
    allowed: SYSTEM,
    call: async () =>
      (await systemActions()).createOrganization(
        null,
        formData({
          name: `Matrisförvaltning ${++counter}`,
          slug: `matris-${counter}`,
          boardName: 'Matrisnämnden',
          turnoverDefinition: 'Avgångar ÷ medelantalet anställda under året (matris).',
        }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/system.ts#appointAdmin',
    allowed: SYSTEM,
    call: async (w) =>
      (await systemActions()).appointAdmin(
        null,
        formData({ organizationId: w.otherOrg.id, name: 'Ny Admin', email: `admin-${++counter}@matrix.test` }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/board-goals.ts#createBoardGoal',
    allowed: ADMIN,
    call: async (w) =>
      (await boardGoalActions()).createBoardGoal(
        null,
        formData({ org: w.org.slug, code: `8.${++counter}`, year: '2027', title: 'Ett nytt matrismål' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/board-goals.ts#updateBoardGoal',
    allowed: ADMIN,
    call: async (w) => {
      const goal = await w.db.boardGoal.findUniqueOrThrow({ where: { id: w.ids.boardGoalToUpdate! } });
      return (await boardGoalActions()).updateBoardGoal(
        null,
        formData({
          org: w.org.slug,
          boardGoalId: goal.id,
          expectedTitle: goal.title,
          code: goal.code,
          year: '2028',
          title: 'Matrismålet ändrat',
        }),
      );
    },
  },
  {
    entry: 'action app/(app)/_actions/board-goals.ts#removeBoardGoal',
    allowed: ADMIN,
    call: async (w) =>
      (await boardGoalActions()).removeBoardGoal(
        null,
        formData({ org: w.org.slug, boardGoalId: w.ids.boardGoalToRemove! }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/reference-data.ts#updateStrategy',
    allowed: SYSTEM,
    call: async (w) => {
      const strategy = await w.db.skrStrategy.findUniqueOrThrow({ where: { id: w.ids.strategy! } });
      return (await referenceActions()).updateStrategy(
        null,
        formData({
          strategyId: strategy.id,
          expectedName: strategy.name,
          name: `${strategy.name} (matris)`,
          description: '',
          verified: 'on',
        }),
      );
    },
  },
  {
    entry: 'action app/(app)/_actions/reference-data.ts#createStrategy',
    allowed: SYSTEM,
    call: async (w) =>
      (await referenceActions()).createStrategy(
        null,
        formData({ setId: w.ids.currentStrategySet!, name: `Matrisstrategi ${++counter}`, description: '' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/reference-data.ts#createStrategySet',
    allowed: SYSTEM,
    call: async (w) =>
      (await referenceActions()).createStrategySet(
        null,
        formData({
          name: `Matrisuppsättning ${++counter}`,
          validFrom: '2030',
          copyFromSetId: w.ids.currentStrategySet!,
        }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/reference-data.ts#makeCurrentSet',
    allowed: SYSTEM,
    // The set that is current already: allowed callers change nothing the other cases depend on.
    call: async (w) => (await referenceActions()).makeCurrentSet(null, formData({ setId: w.ids.currentStrategySet! })),
  },
  {
    entry: 'action app/(app)/_actions/reference-data.ts#saveMapping',
    allowed: SYSTEM,
    call: async (w) =>
      (await referenceActions()).saveMapping(
        null,
        formData({
          fromSetId: w.ids.olderStrategySet!,
          toSetId: w.ids.currentStrategySet!,
          pairs: `${w.ids.olderStrategy!}>${w.ids.strategy!}`,
        }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/reference-data.ts#updatePhase',
    allowed: SYSTEM,
    call: async (w) => {
      const phase = await w.db.ubaraPhase.findUniqueOrThrow({ where: { id: w.ids.ubaraPhase! } });
      return (await referenceActions()).updatePhase(
        null,
        formData({ phaseId: phase.id, expectedName: phase.name, name: phase.name, description: 'Matrisbeskrivning.' }),
      );
    },
  },
];
