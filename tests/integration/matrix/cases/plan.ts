import { type MatrixCase, formData, input, page } from '../cases';
import type { World } from '../world';

const org = (w: World) => ({ org: w.org.slug });
const year = (w: World) => ({ org: w.org.slug, year: w.ids.planYear });
const section = (w: World) => ({ org: w.org.slug, year: w.ids.planYear, sectionId: w.ids.planSection! });
const planRef = (w: World) => ({ org: w.org.slug, planId: w.ids.plan!, version: '1' });
const sectionRef = (w: World) => ({ org: w.org.slug, sectionId: w.ids.planSection! });

type FormAction = (previous: null, form: FormData) => Promise<unknown>;
const planAction = (name: string, fields: (w: World) => Record<string, string>) => async (w: World) => {
  const actions = (await import('@/app/(app)/_actions/plans')) as unknown as Record<string, FormAction>;
  return actions[name]!(null, formData(fields(w)));
};
const sectionAction = (name: string, fields: (w: World) => Record<string, string>) => async (w: World) => {
  const actions = (await import('@/app/(app)/_actions/sections')) as unknown as Record<string, FormAction>;
  return actions[name]!(null, formData(fields(w)));
};

type Download = (request: Request, route: { params: Promise<{ org: string; year: string }> }) => Promise<Response>;
const download = (format: 'word' | 'pdf', load: () => Promise<{ GET: Download }>) => async (w: World) => {
  const { GET } = await load();
  const request = new Request(`http://localhost/${w.org.slug}/plan/${w.ids.planYear}/${format}`);
  return GET(request, { params: Promise.resolve(input({ org: w.org.slug, year: w.ids.planYear! })) });
};

/** Plan editing (issue 7): only HR creates, edits and moves plans through their statuses. */
export const planCases: MatrixCase[] = [
  // The plan's downloads (issue 18) are reads: whoever may read the plan page may download it.
  {
    entry: 'route GET /[org]/plan/[year]/word',
    allowed: ['hr', 'manager', 'otherDeptManager', 'union'],
    call: download('word', () => import('@/app/(app)/[org]/plan/[year]/word/route')),
  },
  {
    entry: 'route GET /[org]/plan/[year]/pdf',
    allowed: ['hr', 'manager', 'otherDeptManager', 'union'],
    // Without a Chromium launch per caller: the guard answers before the renderer, and a missing renderer
    // answers 503 (not a refusal), so who is let in and who is refused is judged the same way, in milliseconds.
    call: async (w) => {
      const before = process.env.CHROMIUM_PATH;
      process.env.CHROMIUM_PATH = '/nonexistent/chromium';
      try {
        return await download('pdf', () => import('@/app/(app)/[org]/plan/[year]/pdf/route'))(w);
      } finally {
        if (before === undefined) delete process.env.CHROMIUM_PATH;
        else process.env.CHROMIUM_PATH = before;
      }
    },
  },
  { entry: 'page /[org]/plan/ny', allowed: ['hr'], call: page(() => import('@/app/(app)/[org]/plan/ny/page'), org) },
  {
    entry: 'page /[org]/plan/[year]/avsnitt',
    allowed: ['hr'],
    call: page(() => import('@/app/(app)/[org]/plan/[year]/avsnitt/page'), year),
  },
  {
    entry: 'page /[org]/plan/[year]/avsnitt/[sectionId]',
    allowed: ['hr'],
    call: page(() => import('@/app/(app)/[org]/plan/[year]/avsnitt/[sectionId]/page'), section),
  },
  {
    entry: 'page /[org]/plan/[year]/avsnitt/[sectionId]/historik',
    allowed: ['hr'],
    call: page(() => import('@/app/(app)/[org]/plan/[year]/avsnitt/[sectionId]/historik/page'), section),
  },
  {
    entry: 'route POST /[org]/plan/narvaro',
    allowed: ['hr'],
    call: async (w) => {
      const { POST } = await import('@/app/(app)/[org]/plan/narvaro/route');
      const request = new Request(`http://localhost/${w.org.slug}/plan/narvaro`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input({ sectionId: w.ids.planSection! })),
      });
      return POST(request, { params: Promise.resolve({ org: w.org.slug }) });
    },
  },
  {
    entry: 'action app/(app)/_actions/plans.ts#createPlan',
    allowed: ['hr'],
    call: planAction('createPlan', (w) => ({ org: w.org.slug, startYear: '2031', mode: 'template' })),
  },
  {
    entry: 'action app/(app)/_actions/plans.ts#sendToReview',
    allowed: ['hr'],
    call: planAction('sendToReview', planRef),
  },
  {
    entry: 'action app/(app)/_actions/plans.ts#adoptPlan',
    allowed: ['hr'],
    call: planAction('adoptPlan', (w) => ({
      ...planRef(w),
      decisionDate: '2025-11-20',
      decisionReference: '§ 4',
      diarienummer: 'MATRIS 2025/1',
    })),
  },
  {
    entry: 'action app/(app)/_actions/plans.ts#reopenPlan',
    allowed: ['hr'],
    call: planAction('reopenPlan', (w) => ({ ...planRef(w), version: '2' })),
  },
  {
    entry: 'action app/(app)/_actions/sections.ts#saveSection',
    allowed: ['hr'],
    call: async (w) => {
      const { saveSection } = await import('@/app/(app)/_actions/sections');
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Matris.' }] }] };
      return saveSection(input({ ...sectionRef(w), version: 1, body: JSON.stringify(body) }));
    },
  },
  {
    entry: 'action app/(app)/_actions/sections.ts#addSection',
    allowed: ['hr'],
    call: sectionAction('addSection', (w) => ({ org: w.org.slug, planId: w.ids.plan!, title: 'Nytt avsnitt' })),
  },
  {
    entry: 'action app/(app)/_actions/sections.ts#moveSection',
    allowed: ['hr'],
    call: sectionAction('moveSection', (w) => ({ ...sectionRef(w), direction: 'down' })),
  },
  {
    entry: 'action app/(app)/_actions/sections.ts#saveSectionSettings',
    allowed: ['hr'],
    call: sectionAction('saveSectionSettings', (w) => ({ ...sectionRef(w), version: '2', title: 'Inledning' })),
  },
  {
    entry: 'action app/(app)/_actions/sections.ts#restoreRevision',
    allowed: ['hr'],
    call: sectionAction('restoreRevision', (w) => ({
      ...sectionRef(w),
      revisionId: w.ids.planSectionRevision!,
      version: '2',
    })),
  },
  {
    entry: 'action app/(app)/_actions/sections.ts#removeSection',
    allowed: ['hr'],
    call: sectionAction('removeSection', sectionRef),
  },
  {
    entry: 'action app/(app)/_actions/sections.ts#restoreSection',
    allowed: ['hr'],
    call: sectionAction('restoreSection', sectionRef),
  },
];
