import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { listOpenDepartments, listUnions } from '@/lib/admin/queries';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Ny användare' };

export default async function NewUserPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'admin:users');
  const [departments, unions] = await Promise.all([listOpenDepartments(org.access), listUnions()]);
  return (
    <div className="stack">
      <h1>Ny användare</h1>
      <p className="lead">{org.name}</p>
      <AdminNav orgSlug={org.slug} current="new-user" />
      <p>
        Användaren får rollerna i {org.name} och en engångslänk för att själv välja lösenord. Du anger aldrig något
        lösenord. Finns e-postadressen redan i en annan förvaltning får personen rollerna här och loggar in som förut.
      </p>
      <CreateUserForm orgSlug={org.slug} orgName={org.name} departments={departments} unions={unions} />
    </div>
  );
}
