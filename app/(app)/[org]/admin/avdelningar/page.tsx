import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { AdminNav } from '@/components/admin/admin-nav';
import { CreateDepartmentForm, DepartmentActions } from '@/components/admin/department-forms';
import { TableScroll } from '@/components/ui/table-scroll';
import { listDepartmentsForAdmin } from '@/lib/admin/queries';
import { DEPARTMENT_KIND_LABELS } from '@/lib/admin/schemas';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatInteger } from '@/lib/format';

export const metadata: Metadata = { title: 'Avdelningar' };

export default async function DepartmentsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'admin:reference-data');
  const departments = await listDepartmentsForAdmin(org.access);
  const parents = departments.filter((d) => !d.closedAt).map((d) => ({ id: d.id, name: d.name, depth: d.depth }));
  const closedWithManagers = departments.filter((d) => d.closedAt && d.managers.length > 0);
  return (
    <div className="stack">
      <h1>Avdelningar</h1>
      <p className="lead">{org.name}</p>
      <AdminNav orgSlug={org.slug} current="departments" />
      <p>
        Avdelningar tas aldrig bort: statistik, aktiviteter och historik hänger på dem. En stängd avdelning syns inte
        längre i val och kan inte ta emot nya importer, men allt som redan finns ligger kvar.
      </p>
      {closedWithManagers.length > 0 && (
        <div className="alert alert--warning" role="status">
          <p>
            <strong>Chefer med stängda avdelningar.</strong> Flytta dem till en öppen avdelning:
          </p>
          <ul>
            {closedWithManagers.flatMap((d) =>
              d.managers.map((m) => (
                <li key={`${d.id}-${m.id}`}>
                  <Link href={`/${org.slug}/admin/anvandare/${m.id}`}>{m.name}</Link> – {d.name}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      <section aria-labelledby="ny-avdelning" className="stack">
        <h2 id="ny-avdelning">Lägg till avdelning</h2>
        <CreateDepartmentForm orgSlug={org.slug} parents={parents} />
      </section>
      <section aria-labelledby="tradet" className="stack">
        <h2 id="tradet">Avdelningar i förvaltningen</h2>
        <TableScroll label="Avdelningar">
          <table>
            <caption className="visually-hidden">Avdelningar i {org.name}</caption>
            <thead>
              <tr>
                <th scope="col">Namn</th>
                <th scope="col">Typ</th>
                <th scope="col">Status</th>
                <th scope="col">Chefer</th>
                <th scope="col">Statistik och aktiviteter</th>
                <th scope="col">Åtgärder</th>
              </tr>
            </thead>
            <tbody>
              {departments.map((d) => (
                <tr key={d.id}>
                  <th scope="row" style={{ paddingInlineStart: `${0.5 + d.depth * 1.5}rem`, fontWeight: 400 }}>
                    {d.depth > 0 && <span aria-hidden="true">└ </span>}
                    {d.name}
                    {d.parentName && <span className="visually-hidden">, under {d.parentName}</span>}
                  </th>
                  <td>{DEPARTMENT_KIND_LABELS[d.kind]}</td>
                  <td>
                    {d.closedAt ? (
                      <span className="badge badge--warn">Stängd {formatDate(d.closedAt)}</span>
                    ) : (
                      <span className="badge badge--ok">Öppen</span>
                    )}
                  </td>
                  <td>{d.managers.length ? d.managers.map((m) => m.name).join(', ') : '–'}</td>
                  <td>
                    {formatInteger(d.statistics)} siffror, {formatInteger(d.activities)} aktiviteter
                  </td>
                  <td>
                    <DepartmentActions
                      orgSlug={org.slug}
                      department={{ id: d.id, name: d.name, parentId: d.parentId, closed: d.closedAt !== null }}
                      parents={parents}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
