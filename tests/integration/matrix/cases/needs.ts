import { type MatrixCase, formData, page } from '../cases';
import type { World } from '../world';

/** Kompetensbehov (issue 19): read by HR and managers (union reps read it frozen at samverkan); scenarios by HR. */
export const needsCases: MatrixCase[] = [
  {
    entry: 'page /[org]/kompetensbehov',
    allowed: ['hr', 'manager', 'otherDeptManager'],
    call: page(
      () => import('@/app/(app)/[org]/kompetensbehov/page'),
      (w: World) => ({ org: w.org.slug }),
    ),
  },
  {
    entry: 'page /[org]/kompetensbehov/[year]',
    allowed: ['hr', 'manager', 'otherDeptManager'],
    call: page(
      () => import('@/app/(app)/[org]/kompetensbehov/[year]/page'),
      (w: World) => ({ org: w.org.slug, year: w.ids.planYear }),
    ),
  },
  {
    entry: 'action app/(app)/_actions/needs.ts#saveScenario',
    allowed: ['hr'],
    call: async (w) => {
      const { saveScenario } = await import('@/app/(app)/_actions/needs');
      return saveScenario(
        null,
        formData({ org: w.org.slug, year: w.ids.planYear!, name: 'Matrisscenario', laterRetirement: '66' }),
      );
    },
  },
  {
    entry: 'action app/(app)/_actions/needs.ts#insertForecast',
    allowed: ['hr'],
    call: async (w) => {
      const { insertForecast } = await import('@/app/(app)/_actions/needs');
      return insertForecast(null, formData({ org: w.org.slug, year: w.ids.planYear!, sectionId: w.ids.planSection! }));
    },
  },
];
