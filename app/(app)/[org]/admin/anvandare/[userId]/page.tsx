import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { AdminNav } from '@/components/admin/admin-nav';
import { UserAccountActions } from '@/components/admin/user-account-actions';
import { UserRolesForm } from '@/components/admin/user-roles-form';
import { getUserForAdmin, listOpenDepartments, listUnions } from '@/lib/admin/queries';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Användare' };

export default async function UserPage({ params }: { params: Promise<{ org: string; userId: string }> }) {
  const { org: slug, userId } = await params;
  notFoundUnlessAddressable({ userId });
  const { org } = await requirePermission(slug, 'admin:users');
  const [user, open, unions] = await Promise.all([
    getUserForAdmin(org.access, userId.slice(0, 100)),
    listOpenDepartments(org.access),
    listUnions(),
  ]);
  if (!user) notFound();
  // The user's closed departments stay in the list, ticked, until the administrator moves them.
  const closed = user.departments
    .filter((d) => d.closed)
    .map((d) => ({ id: d.id, name: d.name, depth: 0, closed: true }));
  return (
    <div className="stack">
      <p>
        <Link href={`/${org.slug}/admin`}>← Alla användare</Link>
      </p>
      <h1>{user.name}</h1>
      <p className="lead">
        {user.email} · {user.isActive ? 'Aktiv' : 'Inaktiverad'}
      </p>
      <AdminNav orgSlug={org.slug} current="user" />
      <dl className="card">
        <div>
          <dt>Senast inloggad</dt>
          <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Aldrig'}</dd>
        </div>
        <div>
          <dt>Lösenord</dt>
          <dd>
            {user.hasPassword ? 'Valt av användaren' : 'Inget lösenord (loggar in med stadens konto eller via länk)'}
            {user.pendingLinkExpiresAt &&
              ` · en oanvänd lösenordslänk gäller till ${formatDateTime(user.pendingLinkExpiresAt)}`}
          </dd>
        </div>
        {user.otherOrganizations.length > 0 && (
          <div>
            <dt>Roller även i</dt>
            <dd>{user.otherOrganizations.join(', ')} (ändras av administratörerna där)</dd>
          </div>
        )}
      </dl>
      {closed.length > 0 && (
        <p className="alert alert--warning">
          {user.name} är chef för en stängd avdelning ({closed.map((d) => d.name).join(', ')}). Välj en öppen avdelning
          och ta bort bocken för den stängda.
        </p>
      )}
      <section aria-labelledby="roller" className="stack">
        <h2 id="roller">Roller i {org.name}</h2>
        <UserRolesForm
          orgSlug={org.slug}
          orgName={org.name}
          userId={user.id}
          departments={[...open, ...closed]}
          unions={unions}
          defaults={{ roles: user.roles, departmentIds: user.departments.map((d) => d.id), unionId: user.unionId }}
        />
      </section>
      <section aria-labelledby="konto" className="stack">
        <h2 id="konto">Konto och inloggning</h2>
        <UserAccountActions
          orgSlug={org.slug}
          userId={user.id}
          userName={user.name}
          isActive={user.isActive}
          openSessions={user.openSessions}
        />
      </section>
    </div>
  );
}
