import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { AdminNav } from '@/components/admin/admin-nav';
import { UserTable } from '@/components/user-table';
import { listBoardGoals, listOrganizationUsers, listReferenceData } from '@/lib/admin/queries';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { org: slug } = await params;
  const { org, viewer } = await requirePermission(slug, 'admin:users');
  const q = [(await searchParams).q ?? ''].flat()[0]!.slice(0, 100);
  const [users, reference, boardGoals] = await Promise.all([
    listOrganizationUsers(org.access, q),
    listReferenceData(),
    listBoardGoals(org.access),
  ]);
  return (
    <div className="stack">
      <h1>Administration</h1>
      <p className="lead">{org.name}</p>
      <AdminNav orgSlug={org.slug} current="users" />
      <section aria-labelledby="anvandare" className="stack">
        <h2 id="anvandare">Användare och roller</h2>
        <form method="get" role="search" aria-label="Sök användare" className="filters">
          <div className="form-field">
            <label htmlFor="user-search">Sök på namn eller e-post</label>
            <input id="user-search" name="q" type="search" defaultValue={q} />
          </div>
          <div className="form-field">
            <button type="submit" className="button button--secondary">
              Sök
            </button>
          </div>
        </form>
        {q && (
          <p aria-live="polite">
            {users.length === 0 ? `Ingen användare matchar "${q}".` : `${users.length} användare matchar "${q}".`}
          </p>
        )}
        <UserTable users={users} orgSlug={org.slug} />
      </section>
      <section aria-labelledby="namndmal">
        <h2 id="namndmal">Nämndmål</h2>
        <p>
          <Link href={`/${org.slug}/admin/namndmal`}>Lägg till och ändra nämndmål</Link>
        </p>
        <ul>
          {boardGoals.map((g) => (
            <li key={g.id}>
              <strong>
                {g.code}
                {g.year ? ` (${g.year})` : ''}
              </strong>{' '}
              {g.title}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="skr">
        <h2 id="skr">SKR:s strategier</h2>
        <p>
          Strategierna och UBARA-faserna är gemensamma för alla förvaltningar och underhålls av systemadministratören
          {viewer.isSystemAdmin ? (
            <>
              {' '}
              under <Link href="/system/referensdata">Referensdata</Link>
            </>
          ) : null}
          .
        </p>
        {reference.strategySets.map((set) => (
          <table key={set.id}>
            <caption>
              {set.name} ({set.validFrom}–{set.validTo ?? ''}){set.isCurrent && ' – gällande'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Nr</th>
                <th scope="col">Strategi</th>
                <th scope="col">Verifierad</th>
              </tr>
            </thead>
            <tbody>
              {set.strategies.map((s) => (
                <tr key={s.id}>
                  <td>{s.sortOrder}</td>
                  <td>{s.name}</td>
                  <td>{s.verified ? 'Ja' : 'Nej – kontrollera mot SKR'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
      <section aria-labelledby="ubara">
        <h2 id="ubara">UBARA-faser</h2>
        <dl>
          {reference.phases.map((p) => (
            <div key={p.id}>
              <dt>
                <strong>{p.name}</strong>
              </dt>
              <dd>{p.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="fack">
        <h2 id="fack">Fackliga organisationer</h2>
        <ul>
          {reference.unions.map((u) => (
            <li key={u.id}>{u.name}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
