import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { ReferenceForm } from '@/components/admin/reference-form';
import { listBoardGoals } from '@/lib/admin/queries';
import { requirePermission } from '@/lib/auth/session';
import { createBoardGoal, removeBoardGoal, updateBoardGoal } from './actions';

export const metadata: Metadata = { title: 'Nämndmål' };

export default async function BoardGoalsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'admin:reference-data');
  const goals = await listBoardGoals(org.id);
  const nextYear = new Date().getFullYear() + 1;
  return (
    <div className="stack">
      <h1>Nämndmål</h1>
      <p className="lead">{org.name}</p>
      <AdminNav orgSlug={org.slug} current="board-goals" />
      <p>
        Nämndens mål per år. Aktiviteterna i planen kopplas till ett nämndmål. Ett mål som används av aktiviteter kan
        ändras men inte tas bort.
      </p>
      <section aria-labelledby="mal" className="stack">
        <h2 id="mal">Mål</h2>
        {goals.length === 0 && <p>Inga nämndmål ännu.</p>}
        <ul className="stack">
          {goals.map((g) => (
            <li key={g.id} className="card stack">
              <p>
                <strong>
                  {g.code} ({g.year ?? 'utan år'})
                </strong>{' '}
                {g.title}
              </p>
              <p className="muted">
                {g._count.activities === 0
                  ? 'Används inte av någon aktivitet.'
                  : `Används av ${g._count.activities} ${g._count.activities === 1 ? 'aktivitet' : 'aktiviteter'}.`}
              </p>
              <details>
                <summary>Ändra {g.code}</summary>
                <ReferenceForm
                  id={`goal-${g.id}`}
                  action={updateBoardGoal}
                  hidden={{ org: org.slug, boardGoalId: g.id, expectedTitle: g.title }}
                  submitLabel="Spara nämndmålet"
                  fields={[
                    { kind: 'text', name: 'code', label: 'Nummer', defaultValue: g.code },
                    { kind: 'number', name: 'year', label: 'År', defaultValue: g.year ? String(g.year) : '' },
                    { kind: 'textarea', name: 'title', label: 'Mål', defaultValue: g.title },
                  ]}
                />
              </details>
              {g._count.activities === 0 && (
                <ReferenceForm
                  id={`remove-goal-${g.id}`}
                  action={removeBoardGoal}
                  hidden={{ org: org.slug, boardGoalId: g.id }}
                  submitLabel={`Ta bort ${g.code} (${g.year ?? 'utan år'})`}
                  pendingLabel="Tar bort…"
                  variant="secondary"
                  fields={[]}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="nytt" className="card stack">
        <h2 id="nytt">Nytt nämndmål</h2>
        <ReferenceForm
          id="new-goal"
          action={createBoardGoal}
          hidden={{ org: org.slug }}
          submitLabel="Lägg till nämndmål"
          fields={[
            { kind: 'text', name: 'code', label: 'Nummer', defaultValue: '', help: 'T.ex. 3.4.1.' },
            { kind: 'number', name: 'year', label: 'År', defaultValue: String(nextYear) },
            { kind: 'textarea', name: 'title', label: 'Mål', defaultValue: '' },
          ]}
        />
      </section>
    </div>
  );
}
