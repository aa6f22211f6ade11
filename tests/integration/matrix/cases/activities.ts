import { type MatrixCase, formData, input, page } from '../cases';
import type { World } from '../world';

const org = (w: { org: { slug: string } }) => ({ org: w.org.slug });

export const activityCases: MatrixCase[] = [
  {
    entry: 'page /[org]/aktiviteter/mina',
    allowed: ['hr', 'manager', 'otherDeptManager'],
    call: page(() => import('@/app/(app)/[org]/aktiviteter/mina/page'), org),
  },
  {
    // The Äldreomsorg activity: its manager and HR may follow it up; the Förskola manager is refused by record scope.
    entry: 'action app/(app)/_actions/follow-up.ts#saveFollowUp',
    allowed: ['hr', 'manager'],
    call: async (w) => {
      const { saveFollowUp } = await import('@/app/(app)/_actions/follow-up');
      const { reportingPeriod } = await import('@/lib/activities/periods');
      const period = reportingPeriod(new Date());
      const { version } = await w.db.activity.findUniqueOrThrow({ where: { id: w.ids.elderCareActivity } });
      return saveFollowUp(
        null,
        formData({
          org: w.org.slug,
          activityId: w.ids.elderCareActivity!,
          version: String(version),
          year: String(period.year),
          period: period.period,
          status: 'IN_PROGRESS',
          comment: 'Uppföljning i matristestet.',
        }),
      );
    },
  },
];

const version = async (w: World, id: string) =>
  String((await w.db.activity.findUniqueOrThrow({ where: { id } })).version);

const activityFields = async (w: World) => {
  const phase = await w.db.ubaraPhase.findFirstOrThrow({ where: { key: 'BEHALLA' } });
  return {
    org: w.org.slug,
    goal: 'Fler stannar kvar',
    title: 'Avslutssamtal med alla som slutar',
    phaseId: phase.id,
    ownerText: 'Respektive chef',
    status: 'NOT_STARTED',
  };
};

export const registerCases: MatrixCase[] = [
  {
    entry: 'page /[org]/aktiviteter/ny',
    allowed: ['hr'],
    call: page(() => import('@/app/(app)/[org]/aktiviteter/ny/page'), org),
  },
  {
    entry: 'page /[org]/aktiviteter/[id]',
    allowed: ['hr'],
    call: page(
      () => import('@/app/(app)/[org]/aktiviteter/[id]/page'),
      (w) => ({ org: w.org.slug, id: w.ids.elderCareActivity }),
    ),
  },
  {
    entry: 'action app/(app)/_actions/activities.ts#createActivity',
    allowed: ['hr'],
    call: async (w) => {
      const { createActivity } = await import('@/app/(app)/_actions/activities');
      return createActivity(null, formData({ ...(await activityFields(w)), planId: w.ids.plan! }));
    },
  },
  {
    entry: 'action app/(app)/_actions/activities.ts#updateActivity',
    allowed: ['hr'],
    call: async (w) => {
      const { updateActivity } = await import('@/app/(app)/_actions/activities');
      const id = w.ids.elderCareActivity!;
      return updateActivity(
        null,
        formData({ ...(await activityFields(w)), title: 'Språkombud', activityId: id, version: await version(w, id) }),
      );
    },
  },
  {
    entry: 'action app/(app)/_actions/activities.ts#moveActivity',
    allowed: ['hr'],
    call: async (w) => {
      const { moveActivity } = await import('@/app/(app)/_actions/activities');
      return moveActivity(null, formData({ org: w.org.slug, activityId: w.ids.elderCareActivity!, direction: 'down' }));
    },
  },
  {
    entry: 'action app/(app)/_actions/activities.ts#removeActivity',
    allowed: ['hr'],
    call: async (w) => {
      const { removeActivity } = await import('@/app/(app)/_actions/activities');
      const id = w.ids.elderCareActivity!;
      return removeActivity(null, formData({ org: w.org.slug, activityId: id, version: await version(w, id) }));
    },
  },
  {
    entry: 'action app/(app)/_actions/activities.ts#restoreActivity',
    allowed: ['hr'],
    call: async (w) => {
      const { restoreActivity } = await import('@/app/(app)/_actions/activities');
      const id = w.ids.elderCareActivity!;
      return restoreActivity(null, formData({ org: w.org.slug, activityId: id, version: await version(w, id) }));
    },
  },
];

export const overviewCases: MatrixCase[] = [
  {
    entry: 'page /[org]/aktiviteter/uppfoljning',
    allowed: ['hr'],
    call: page(() => import('@/app/(app)/[org]/aktiviteter/uppfoljning/page'), org),
  },
  {
    entry: 'route GET /[org]/aktiviteter/uppfoljning/excel',
    allowed: ['hr'],
    call: async (w) => {
      const { GET } = await import('@/app/(app)/[org]/aktiviteter/uppfoljning/excel/route');
      const request = new Request(`http://localhost/${w.org.slug}/aktiviteter/uppfoljning/excel`);
      return GET(request, { params: Promise.resolve(input(org(w))) });
    },
  },
  {
    entry: 'action app/(app)/_actions/follow-up-deadline.ts#setFollowUpDeadline',
    allowed: ['hr'],
    call: async (w) => {
      const { setFollowUpDeadline } = await import('@/app/(app)/_actions/follow-up-deadline');
      return setFollowUpDeadline(
        null,
        formData({ org: w.org.slug, year: '2026', period: 'T2', dueDate: '2026-10-15' }),
      );
    },
  },
];
