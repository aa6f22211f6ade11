import { Link } from '@/components/ui/link';

const ITEMS = [
  { path: '/admin', label: 'Användare', key: 'users' },
  { path: '/admin/anvandare/ny', label: 'Ny användare', key: 'new-user' },
  { path: '/admin/avdelningar', label: 'Avdelningar', key: 'departments' },
  { path: '/admin/namndmal', label: 'Nämndmål', key: 'board-goals' },
  { path: '/admin/logg', label: 'Logg', key: 'log' },
] as const;

export type AdminSection = (typeof ITEMS)[number]['key'] | 'user';

export function AdminNav({ orgSlug, current }: { orgSlug: string; current: AdminSection }) {
  return (
    <nav className="subnav" aria-label="Administration">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.key}>
            <Link href={`/${orgSlug}${item.path}`} aria-current={item.key === current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
