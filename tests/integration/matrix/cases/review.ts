import { MEMBERS, type MatrixCase, formData, input, page } from '../cases';
import type { World } from '../world';

const meeting = (w: World) => ({ org: w.org.slug, meetingId: w.ids.meeting! });
const question = (w: World) => ({ org: w.org.slug, questionId: w.ids.question!, version: '1' });
const meetingFields = (w: World) => ({
  forum: 'Förvaltningsgrupp',
  date: '2099-09-01',
  place: 'Stadshuset',
  itemNumber: '4.1',
  title: 'Kompetensförsörjningsplanen',
  type: 'INFORMATION',
  unionIds: [w.ids.vision!],
});

type FormAction = (previous: null, form: FormData) => Promise<unknown>;
const reviewAction = (name: string, fields: (w: World) => Record<string, string | string[]>) => async (w: World) => {
  const actions = (await import('@/app/(app)/_actions/review')) as unknown as Record<string, FormAction>;
  return actions[name]!(null, formData(fields(w)));
};

/** Samverkan (issue 9): HR runs the meeting and answers; the invited union's rep reads, asks and notes. */
export const reviewCases: MatrixCase[] = [
  {
    entry: 'page /[org]/samverkan/nytt',
    allowed: ['hr'],
    call: page(
      () => import('@/app/(app)/[org]/samverkan/nytt/page'),
      (w) => ({ org: w.org.slug }),
    ),
  },
  {
    entry: 'page /[org]/samverkan/[meetingId]',
    allowed: ['hr', 'union'],
    call: page(() => import('@/app/(app)/[org]/samverkan/[meetingId]/page'), meeting),
  },
  {
    entry: 'page /[org]/samverkan/[meetingId]/protokoll',
    allowed: ['hr', 'union'],
    call: page(() => import('@/app/(app)/[org]/samverkan/[meetingId]/protokoll/page'), meeting),
  },
  {
    entry: 'page /[org]/samverkan/[meetingId]/jamforelse',
    allowed: ['hr', 'union'],
    call: page(() => import('@/app/(app)/[org]/samverkan/[meetingId]/jamforelse/page'), meeting),
  },
  {
    entry: 'route GET /[org]/samverkan/[meetingId]/protokoll/word',
    allowed: ['hr', 'union'],
    call: async (w) => {
      const { GET } = await import('@/app/(app)/[org]/samverkan/[meetingId]/protokoll/word/route');
      const request = new Request(`http://localhost/${w.org.slug}/samverkan/${w.ids.meeting}/protokoll/word`);
      return GET(request, { params: Promise.resolve(input(meeting(w))) });
    },
  },
  {
    entry: 'route GET /[org]/samverkan/[meetingId]/powerpoint',
    allowed: ['hr', 'union'],
    call: async (w) => {
      const { GET } = await import('@/app/(app)/[org]/samverkan/[meetingId]/powerpoint/route');
      const request = new Request(`http://localhost/${w.org.slug}/samverkan/${w.ids.meeting}/powerpoint`);
      return GET(request, { params: Promise.resolve(input(meeting(w))) });
    },
  },
  {
    entry: 'page /[org]/notiser',
    allowed: MEMBERS,
    call: page(
      () => import('@/app/(app)/[org]/notiser/page'),
      (w) => ({ org: w.org.slug }),
    ),
  },
  {
    entry: 'action app/(app)/_actions/notifications.ts#markNotificationsRead',
    allowed: MEMBERS,
    call: async (w) => {
      const { markNotificationsRead } = await import('@/app/(app)/_actions/notifications');
      return markNotificationsRead(null, formData({ org: w.org.slug }));
    },
  },
  {
    entry: 'action app/(app)/_actions/review.ts#createMeeting',
    allowed: ['hr'],
    call: reviewAction('createMeeting', (w) => ({ org: w.org.slug, ...meetingFields(w) })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#updateMeeting',
    allowed: ['hr'],
    call: reviewAction('updateMeeting', (w) => ({
      ...meeting(w),
      version: '1',
      ...meetingFields(w),
      attendees: '',
      adjusters: '',
      negotiationConcluded: '',
    })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#sendPlanToMeeting',
    allowed: ['hr'],
    call: reviewAction('sendPlanToMeeting', (w) => ({
      org: w.org.slug,
      meetingId: w.ids.emptyMeeting!,
      planId: w.ids.plan!,
    })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#askQuestion',
    allowed: ['union'],
    call: reviewAction('askQuestion', (w) => ({
      ...meeting(w),
      sectionId: w.ids.planSection!,
      question: 'Varför?',
      quote: '',
    })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#editQuestion',
    allowed: ['union'],
    call: reviewAction('editQuestion', (w) => ({
      ...question(w),
      sectionId: w.ids.planSection!,
      question: 'Matrisfråga, ändrad?',
      quote: '',
    })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#withdrawQuestion',
    allowed: ['union'],
    call: reviewAction('withdrawQuestion', (w) => ({ ...question(w), version: '2' })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#answerQuestion',
    allowed: ['hr'],
    call: reviewAction('answerQuestion', (w) => ({ ...question(w), answer: 'Arbetsgivaren svarar.' })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#setMinutes',
    allowed: ['hr'],
    call: reviewAction('setMinutes', (w) => ({ ...question(w), inMinutes: 'on' })),
  },
  {
    entry: 'action app/(app)/_actions/review.ts#addProtocolNote',
    allowed: ['union'],
    call: reviewAction('addProtocolNote', (w) => ({ ...meeting(w), text: 'Vision vill ha detta till protokollet.' })),
  },
];
