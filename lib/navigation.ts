/** The app's sections and who sees them in the navigation (the pages themselves re-check on the server). */
import { type OrgAccess, type Permission, can } from './auth/permissions';

export type NavItem = { href: string; label: string };

const SECTIONS: { path: string; label: string; anyOf: Permission[] }[] = [
  { path: '', label: 'Start', anyOf: [] },
  { path: '/statistik', label: 'Personalstatistik', anyOf: ['read:statistics'] },
  { path: '/plan', label: 'Planen', anyOf: ['read:plan:draft', 'read:plan:published'] },
  // The live forecast and registers are the employer's working material: union reps read them frozen at samverkan.
  { path: '/kompetensbehov', label: 'Kompetensbehov', anyOf: ['read:plan:draft'] },
  { path: '/aktiviteter', label: 'Aktiviteter', anyOf: ['read:activity'] },
  { path: '/samverkan', label: 'Samverkan', anyOf: ['review:ask', 'review:answer'] },
  { path: '/admin', label: 'Administration', anyOf: ['admin:users'] },
];

export function navigationFor(orgSlug: string, access: OrgAccess, isSystemAdmin = false): NavItem[] {
  const items = SECTIONS.filter((s) => s.anyOf.length === 0 || s.anyOf.some((p) => can(access, p))).map((s) => ({
    href: `/${orgSlug}${s.path}`,
    label: s.label,
  }));
  // A user-level role, not an organisation's: creating organisations and appointing their administrators.
  return isSystemAdmin ? [...items, { href: '/system', label: 'Systemadministration' }] : items;
}
