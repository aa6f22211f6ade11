import type { Metadata } from 'next';
import { AppointAdminForm, CreateOrganizationForm } from '@/components/admin/system-forms';
import { DEFAULT_TURNOVER_DEFINITION } from '@/lib/admin/schemas';
import { listOrganizationsForSystem, requireSystemAdmin, systemAccessOf } from '@/lib/system/queries';

export const metadata: Metadata = { title: 'Systemadministration' };

export default async function SystemPage() {
  const viewer = await requireSystemAdmin();
  const organizations = await listOrganizationsForSystem(systemAccessOf(viewer));
  return (
    <div className="stack">
      <h1>Förvaltningar</h1>
      <p className="lead">
        Som systemadministratör skapar du förvaltningar och utser deras administratörer. Förvaltningarnas statistik och
        planer ser du bara där du själv har en roll.
      </p>
      <section aria-labelledby="alla" className="stack">
        <h2 id="alla">Alla förvaltningar</h2>
        {organizations.map((o) => (
          <article key={o.id} className="card stack" aria-labelledby={`org-${o.id}`}>
            <h3 id={`org-${o.id}`}>{o.name}</h3>
            <p className="muted">
              /{o.slug} · {o.boardName} · {o.departments} avdelningar
            </p>
            <p>
              Administratörer:{' '}
              {o.admins.length
                ? o.admins.map((a) => `${a.name} (${a.email})${a.isActive ? '' : ' – inaktiverad'}`).join(', ')
                : 'ingen ännu'}
            </p>
            <AppointAdminForm organizationId={o.id} organizationName={o.name} />
          </article>
        ))}
      </section>
      <section aria-labelledby="ny" className="stack">
        <h2 id="ny">Ny förvaltning</h2>
        <CreateOrganizationForm defaultDefinition={DEFAULT_TURNOVER_DEFINITION} />
      </section>
    </div>
  );
}
