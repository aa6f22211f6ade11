import { type MatrixCase, formData, page } from '../cases';

const SYSTEM = ['systemAdmin'] as const;
const ssoActions = () => import('@/app/(app)/_actions/sso-mappings');
let counter = 0;

/** "Rollkoppling" (issue 22): system administrators only; the no-role page is for anyone an SSO sign-in sends. */
export const ssoCases: MatrixCase[] = [
  {
    entry: 'page /system/rollkoppling',
    allowed: SYSTEM,
    call: page(
      () => import('@/app/(app)/system/rollkoppling/page'),
      () => ({}),
    ),
  },
  {
    entry: 'page /logga-in/ingen-behorighet',
    allowed: 'everyone',
    call: page(
      () => import('@/app/(auth)/logga-in/ingen-behorighet/page'),
      () => ({}),
    ),
  },
  {
    entry: 'action app/(app)/_actions/sso-mappings.ts#createSsoMapping',
    allowed: SYSTEM,
    call: async (w) =>
      (await ssoActions()).createSsoMapping(
        null,
        formData({ organizationId: w.org.id, claimValue: `Matris.HR.${++counter}`, role: 'HR' }),
      ),
  },
  {
    entry: 'action app/(app)/_actions/sso-mappings.ts#removeSsoMapping',
    allowed: SYSTEM,
    // A mapping that is not there: the system administrator is let in and told so; the others are refused first.
    call: async () => (await ssoActions()).removeSsoMapping(null, formData({ id: 'finns-inte' })),
  },
];
