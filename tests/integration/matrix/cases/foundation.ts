import { MEMBERS, type MatrixCase, SIGNED_IN, page } from '../cases';

const org = (w: { org: { slug: string } }) => ({ org: w.org.slug });

export const foundationCases: MatrixCase[] = [
  {
    entry: 'page /',
    allowed: SIGNED_IN,
    call: page(
      () => import('@/app/page'),
      () => ({}),
    ),
  },
  {
    entry: 'page /logga-in',
    allowed: 'everyone',
    call: page(
      () => import('@/app/(auth)/logga-in/page'),
      () => ({}),
    ),
  },
  {
    entry: 'action app/(auth)/_actions/sign-in.ts#signInWithPassword',
    allowed: 'everyone',
    call: null,
    notCalledBecause:
      'signing in is open to everyone by design; it is throttled and tested in tests/integration/sign-in-throttle.test.ts',
  },
  {
    entry: 'page /tillganglighet',
    allowed: 'everyone',
    call: page(
      () => import('@/app/(public)/tillganglighet/page'),
      () => ({}),
    ),
  },
  {
    entry: 'route GET /api/health',
    allowed: 'everyone',
    call: async () => (await import('@/app/api/health/route')).GET(new Request('http://app.test/api/health')),
  },
  {
    entry: 'route GET /api/health/live',
    allowed: 'everyone',
    call: async () => (await import('@/app/api/health/live/route')).GET(new Request('http://app.test/api/health/live')),
  },
  {
    entry: 'route GET /api/auth/[...nextauth]',
    allowed: 'everyone',
    call: null,
    notCalledBecause: "next-auth's own endpoints (csrf, sign-in, callback, session, sign-out): public by design",
  },
  {
    entry: 'route POST /api/auth/[...nextauth]',
    allowed: 'everyone',
    call: null,
    notCalledBecause: "next-auth's own endpoints (csrf, sign-in, callback, session, sign-out): public by design",
  },
  { entry: 'page /[org]', allowed: MEMBERS, call: page(() => import('@/app/(app)/[org]/page'), org) },
  { entry: 'page /[org]/admin', allowed: ['admin'], call: page(() => import('@/app/(app)/[org]/admin/page'), org) },
  {
    entry: 'page /[org]/aktiviteter',
    // Union reps read the activities of plans under samverkan or adopted (the world's plan is IN_REVIEW).
    allowed: ['hr', 'manager', 'otherDeptManager', 'union'],
    call: page(() => import('@/app/(app)/[org]/aktiviteter/page'), org),
  },
  {
    entry: 'page /[org]/plan',
    allowed: ['hr', 'manager', 'otherDeptManager', 'union'],
    call: page(() => import('@/app/(app)/[org]/plan/page'), org),
  },
  {
    entry: 'page /[org]/plan/[year]',
    allowed: ['hr', 'manager', 'otherDeptManager', 'union'],
    call: page(
      () => import('@/app/(app)/[org]/plan/[year]/page'),
      (w) => ({ org: w.org.slug, year: w.ids.planYear }),
    ),
  },
  {
    entry: 'page /[org]/samverkan',
    allowed: ['hr', 'union'],
    call: page(() => import('@/app/(app)/[org]/samverkan/page'), org),
  },
];
