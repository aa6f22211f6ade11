import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { NavLinks } from '@/components/nav-links';
import { OrgSwitcher } from '@/components/org-switcher';
import { SignOutButton } from '@/components/sign-out-button';
import { ROLE_LABELS, can } from '@/lib/auth/permissions';
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
  // Read with the session (lib/auth/viewer-query.ts): the layout needs no query of its own.
  const unread = can(org.access, 'read:notifications') ? org.unreadNotifications : null;
  return (
    <>
      <header className="app-header">
        <div className="app-header__bar">
          <Link href={`/${org.slug}`} className="app-header__brand">
            Kompetensplan
          </Link>
          {viewer.organizations.length > 1 ? (
            <OrgSwitcher
              current={{ id: org.id, slug: org.slug, name: org.name }}
              organizations={viewer.organizations.map((o) => ({ id: o.id, slug: o.slug, name: o.name }))}
            />
          ) : (
            <span>{org.name}</span>
          )}
          <span className="app-header__spacer" />
          {unread !== null && (
            <Link href={`/${org.slug}/notiser`} className="app-header__notices">
              Notiser{unread ? ` (${unread} olästa)` : ''}
            </Link>
          )}
          <span>
            {viewer.name} <span className="visually-hidden">, roll: </span>
            <span aria-hidden="true">· </span>
            {roles}
          </span>
          <SignOutButton />
        </div>
        <NavLinks items={navigationFor(org.slug, org.access, viewer.isSystemAdmin)} label="Huvudmeny" />
      </header>
      <main id="innehall" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
