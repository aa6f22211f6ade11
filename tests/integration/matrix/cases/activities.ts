import { type MatrixCase, formData, page } from '../cases';

const org = (w: { org: { slug: string } }) => ({ org: w.org.slug });

export const activityCases: MatrixCase[] = [
  {
    entry: 'page /[org]/aktiviteter/mina',
    allowed: ['hr', 'manager', 'otherDeptManager'],
    call: page(() => import('@/app/(app)/[org]/aktiviteter/mina/page'), org),
  },
  {
    // The Äldreomsorg activity: its manager and HR may follow it up; the Förskola manager is refused by record scope.
    entry: 'action app/(app)/[org]/aktiviteter/mina/actions.ts#saveFollowUp',
    allowed: ['hr', 'manager'],
    call: async (w) => {
      const { saveFollowUp } = await import('@/app/(app)/[org]/aktiviteter/mina/actions');
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
