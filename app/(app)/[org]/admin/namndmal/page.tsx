import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { ReferenceForm } from '@/components/admin/reference-form';
import { listBoardGoals } from '@/lib/admin/queries';
import { requirePermission } from '@/lib/auth/session';
import { createBoardGoal, removeBoardGoal, updateBoardGoal } from '../../../_actions/board-goals';

export const metadata: Metadata = { title: 'Nämndmål' };

export default async function BoardGoalsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'admin:reference-data');
  const goals = await listBoardGoals(org.access);
  const nextYear = new Date().getFullYear() + 1;
  // Removal is one form outside the list, so its confirmation stays on screen when the goal leaves the list.
  const removable = goals.filter((g) => g._count.activities === 0);
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
        <ul className="stack list-plain">
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
            </li>
          ))}
        </ul>
      </section>
      {/* Always rendered, so the confirmation stays on screen after the last removable goal has gone. */}
      <section aria-labelledby="ta-bort" className="card stack">
        <h2 id="ta-bort">Ta bort ett nämndmål</h2>
        <p>
          {removable.length > 0
            ? 'Bara mål som ingen aktivitet använder kan tas bort.'
            : 'Inget mål kan tas bort just nu: alla används av aktiviteter.'}
        </p>
        {removable.length > 0 || goals.length > 0 ? (
          <ReferenceForm
            id="remove-goal"
            action={removeBoardGoal}
            hidden={{ org: org.slug }}
            submitLabel="Ta bort nämndmålet"
            pendingLabel="Tar bort…"
            variant="secondary"
            fields={[
              {
                kind: 'select',
                name: 'boardGoalId',
                label: 'Nämndmål',
                defaultValue: removable[0]?.id ?? '',
                options: removable.length
                  ? removable.map((g) => ({ value: g.id, label: `${g.code} (${g.year ?? 'utan år'}) ${g.title}` }))
                  : [{ value: '', label: 'Inget mål att ta bort' }],
              },
            ]}
          />
        ) : null}
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
