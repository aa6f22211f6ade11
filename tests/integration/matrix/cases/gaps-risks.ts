import { type MatrixCase, formData, page } from '../cases';
import type { World } from '../world';

/** Issue 19's registers: HR keeps them; HR and managers read them live; union reps only as frozen with the plan. */
const READERS = ['hr', 'manager', 'otherDeptManager'] as const;
const year = (w: World) => ({ org: w.org.slug, year: w.ids.planYear });

type FormAction = (previous: null, form: FormData) => Promise<unknown>;
const gapAction =
  (name: string, fields: (w: World) => Promise<Record<string, string | string[]>>) => async (w: World) => {
    const actions = (await import('@/app/(app)/_actions/competence-gaps')) as unknown as Record<string, FormAction>;
    return actions[name]!(null, formData(await fields(w)));
  };
const riskAction =
  (name: string, fields: (w: World) => Promise<Record<string, string | string[]>>) => async (w: World) => {
    const actions = (await import('@/app/(app)/_actions/risks')) as unknown as Record<string, FormAction>;
    return actions[name]!(null, formData(await fields(w)));
  };

const gapFields = (w: World) => ({
  org: w.org.slug,
  area: 'Lagar och avtal',
  description: 'Nya socialtjänstlagen',
  priority: 'HIGH',
  status: 'OPEN',
  activityIds: [w.ids.elderCareActivity!],
});
const riskFields = (w: World) => ({
  org: w.org.slug,
  title: 'Hot och våld',
  description: 'Fler incidenter.',
  likelihood: '3',
  consequence: '4',
  ownerText: 'Avdelningschef',
  mitigation: 'Utbildning.',
  status: 'OPEN',
  gapIds: [w.ids.gap!],
});

export const gapRiskCases: MatrixCase[] = [
  {
    entry: 'page /[org]/kompetensbehov/[year]/kompetensgap',
    allowed: READERS,
    call: page(() => import('@/app/(app)/[org]/kompetensbehov/[year]/kompetensgap/page'), year),
  },
  {
    // The gap is Äldreomsorg's: the Förskola manager is let in to the page and finds nothing there (404).
    entry: 'page /[org]/kompetensbehov/[year]/kompetensgap/[id]',
    allowed: READERS,
    call: page(
      () => import('@/app/(app)/[org]/kompetensbehov/[year]/kompetensgap/[id]/page'),
      (w) => ({ ...year(w), id: w.ids.gap }),
    ),
  },
  {
    entry: 'page /[org]/kompetensbehov/[year]/risker',
    allowed: READERS,
    call: page(() => import('@/app/(app)/[org]/kompetensbehov/[year]/risker/page'), year),
  },
  {
    entry: 'page /[org]/kompetensbehov/[year]/risker/[id]',
    allowed: READERS,
    call: page(
      () => import('@/app/(app)/[org]/kompetensbehov/[year]/risker/[id]/page'),
      (w) => ({ ...year(w), id: w.ids.risk }),
    ),
  },
  {
    entry: 'action app/(app)/_actions/competence-gaps.ts#createGap',
    allowed: ['hr'],
    call: gapAction('createGap', async (w) => ({ ...gapFields(w), planId: w.ids.plan! })),
  },
  {
    entry: 'action app/(app)/_actions/competence-gaps.ts#updateGap',
    allowed: ['hr'],
    call: gapAction('updateGap', async (w) => {
      const { version } = await w.db.competenceGap.findUniqueOrThrow({ where: { id: w.ids.gap } });
      return { ...gapFields(w), description: 'Demens', gapId: w.ids.gap!, version: String(version) };
    }),
  },
  {
    entry: 'action app/(app)/_actions/competence-gaps.ts#addGapComment',
    allowed: ['hr'],
    call: gapAction('addGapComment', async (w) => ({
      org: w.org.slug,
      gapId: w.ids.gap!,
      text: 'Kommentar i matrisen.',
    })),
  },
  {
    entry: 'action app/(app)/_actions/risks.ts#createRisk',
    allowed: ['hr'],
    call: riskAction('createRisk', async (w) => ({ ...riskFields(w), planId: w.ids.plan! })),
  },
  {
    entry: 'action app/(app)/_actions/risks.ts#updateRisk',
    allowed: ['hr'],
    call: riskAction('updateRisk', async (w) => {
      const { version } = await w.db.risk.findUniqueOrThrow({ where: { id: w.ids.risk } });
      return { ...riskFields(w), riskId: w.ids.risk!, version: String(version) };
    }),
  },
];
