import Link from 'next/link';
import type { ReactNode } from 'react';
import { NavLinks } from '@/components/nav-links';
import { SignOutButton } from '@/components/sign-out-button';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requireOrg } from '@/lib/auth/session';
import { navigationFor } from '@/lib/navigation';

export default async function OrgLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org: slug } = await params;
  const { viewer, org } = await requireOrg(slug);
  const roles = org.access.roles.map((role) => ROLE_LABELS[role]).join(', ');
  return (
    <>
      <header className="app-header">
        <div className="app-header__bar">
          <Link href={`/${org.slug}`} className="app-header__brand">
            Kompetensplan
          </Link>
          {viewer.organizations.length > 1 ? (
            <details className="disclosure">
              <summary>
                <span className="visually-hidden">Förvaltning: </span>
                {org.name}
              </summary>
              <ul className="disclosure__menu" aria-label="Byt förvaltning">
                {viewer.organizations.map((o) => (
                  <li key={o.id}>
                    <Link href={`/${o.slug}`} aria-current={o.id === org.id ? 'true' : undefined}>
                      {o.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <span>{org.name}</span>
          )}
          <span className="app-header__spacer" />
          <span>
            {viewer.name} <span className="visually-hidden">, roll: </span>
            <span aria-hidden="true">· </span>
            {roles}
          </span>
          <SignOutButton />
        </div>
        <NavLinks items={navigationFor(org.slug, org.access)} label="Huvudmeny" />
      </header>
      <main id="innehall" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
