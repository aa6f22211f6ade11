import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { NavLinks } from '@/components/nav-links';
import { SignOutButton } from '@/components/sign-out-button';
import { requireViewer } from '@/lib/auth/session';

/** The shell for system administration, which belongs to no organisation. */
export default async function SystemLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const items = [
    { href: '/system', label: 'Förvaltningar' },
    { href: '/system/referensdata', label: 'Referensdata' },
    { href: '/system/kolada', label: 'Kolada' },
    { href: '/system/inloggningar', label: 'Inloggningar' },
    { href: '/system/rollkoppling', label: 'Rollkoppling' },
    ...viewer.organizations.map((o) => ({ href: `/${o.slug}`, label: o.name })),
  ];
  return (
    <>
      <header className="app-header">
        <div className="app-header__bar">
          <Link href="/system" className="app-header__brand">
            Kompetensplan
          </Link>
          <span>Systemadministration</span>
          <span className="app-header__spacer" />
          <span>{viewer.name}</span>
          <SignOutButton />
        </div>
        <NavLinks items={items} label="Huvudmeny" />
      </header>
      <main id="innehall" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
