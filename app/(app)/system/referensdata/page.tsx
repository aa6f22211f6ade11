import type { Metadata } from 'next';
import { ReferenceForm } from '@/components/admin/reference-form';
import { loadReferenceData } from '@/lib/system/reference-queries';
import { requireSystemAdmin, systemAccessOf } from '@/lib/system/queries';
import {
  createStrategy,
  createStrategySet,
  makeCurrentSet,
  saveMapping,
  updatePhase,
  updateStrategy,
} from '../../_actions/reference-data';

export const metadata: Metadata = { title: 'Referensdata' };

export default async function ReferenceDataPage() {
  const viewer = await requireSystemAdmin();
  const { sets, phases, transitions } = await loadReferenceData(systemAccessOf(viewer));
  const current = sets.find((s) => s.isCurrent);
  return (
    <div className="stack">
      <h1>Referensdata</h1>
      <p className="lead">
        SKR:s strategier och UBARA-faserna är gemensamma för alla förvaltningar. En plan använder en uppsättning
        strategier; nya planer får den gällande uppsättningen, och när en plan rullas över till en ny uppsättning följer
        aktiviteternas strategier kopplingen nedan.
      </p>

      <section aria-labelledby="uppsattningar" className="stack">
        <h2 id="uppsattningar">SKR:s strategier</h2>
        {sets.map((set) => (
          <article key={set.id} className="card stack" aria-labelledby={`set-${set.id}`}>
            <h3 id={`set-${set.id}`}>
              {set.name} {set.isCurrent && <span className="badge">Gällande</span>}
            </h3>
            <p className="muted">
              Gäller {set.validFrom}–{set.validTo ?? ''} · används av {set._count.plans}{' '}
              {set._count.plans === 1 ? 'plan' : 'planer'}
            </p>
            <ol className="stack">
              {set.strategies.map((s) => (
                <li key={s.id}>
                  <details>
                    <summary>
                      {s.name}
                      {!s.verified && <span className="badge badge--warn"> Ej verifierad</span>}
                    </summary>
                    <ReferenceForm
                      id={`strategy-${s.id}`}
                      action={updateStrategy}
                      hidden={{ strategyId: s.id, expectedName: s.name }}
                      submitLabel="Spara strategin"
                      fields={[
                        { kind: 'text', name: 'name', label: 'Namn', defaultValue: s.name },
                        { kind: 'textarea', name: 'description', label: 'Beskrivning', defaultValue: s.description },
                        {
                          kind: 'checkbox',
                          name: 'verified',
                          label: 'Namnet är kontrollerat mot SKR:s publikation',
                          defaultChecked: s.verified,
                        },
                      ]}
                    />
                  </details>
                </li>
              ))}
            </ol>
            <details>
              <summary>Lägg till en strategi i {set.name}</summary>
              <ReferenceForm
                id={`new-strategy-${set.id}`}
                action={createStrategy}
                hidden={{ setId: set.id }}
                submitLabel="Lägg till strategi"
                fields={[
                  { kind: 'text', name: 'name', label: 'Namn', defaultValue: '' },
                  { kind: 'textarea', name: 'description', label: 'Beskrivning', defaultValue: '' },
                  {
                    kind: 'checkbox',
                    name: 'verified',
                    label: 'Namnet är kontrollerat mot SKR:s publikation',
                    defaultChecked: false,
                  },
                ]}
              />
            </details>
            {!set.isCurrent && (
              <ReferenceForm
                id={`current-${set.id}`}
                action={makeCurrentSet}
                hidden={{ setId: set.id }}
                submitLabel={`Gör ${set.name} gällande`}
                variant="secondary"
                fields={[]}
              />
            )}
          </article>
        ))}
        <article className="card stack" aria-labelledby="ny-version">
          <h3 id="ny-version">Ny version av strategierna</h3>
          <p>
            När SKR reviderar strategierna: skapa en ny uppsättning som kopia av en befintlig, ändra namnen och
            kopplingen, och gör den gällande när den är klar.
          </p>
          <ReferenceForm
            id="new-set"
            action={createStrategySet}
            hidden={{}}
            submitLabel="Skapa uppsättning"
            fields={[
              { kind: 'text', name: 'name', label: 'Namn', defaultValue: '', help: 'T.ex. SKR:s strategier 2028.' },
              { kind: 'number', name: 'validFrom', label: 'Gäller från år', defaultValue: '' },
              {
                kind: 'select',
                name: 'copyFromSetId',
                label: 'Utgå från',
                defaultValue: current?.id ?? sets[0]?.id ?? '',
                options: sets.map((s) => ({ value: s.id, label: s.name })),
              },
            ]}
          />
        </article>
      </section>

      <section aria-labelledby="koppling" className="stack">
        <h2 id="koppling">Koppling mellan uppsättningar</h2>
        <p>
          Vid överrullning av en plan blir varje strategi i den äldre uppsättningen de markerade strategierna i den
          nyare. En strategi utan markering följer inte med.
        </p>
        {transitions.map((t) => (
          <article key={`${t.from.id}-${t.to.id}`} className="card stack" aria-labelledby={`map-${t.to.id}`}>
            <h3 id={`map-${t.to.id}`}>
              {t.from.name} → {t.to.name}
            </h3>
            <ReferenceForm
              id={`map-${t.from.id}`}
              action={saveMapping}
              hidden={{ fromSetId: t.from.id, toSetId: t.to.id }}
              submitLabel="Spara kopplingen"
              fields={t.rows.map((row) => ({
                kind: 'checkboxes' as const,
                name: 'pairs',
                legend: `${row.name} blir`,
                options: row.targets.map((target) => ({
                  value: `${row.id}>${target.id}`,
                  label: target.name,
                  checked: target.checked,
                })),
              }))}
            />
          </article>
        ))}
      </section>

      <section aria-labelledby="ubara" className="stack">
        <h2 id="ubara">UBARA-faser</h2>
        <ul className="stack">
          {phases.map((p) => (
            <li key={p.id}>
              <details>
                <summary>
                  <strong>{p.name}</strong> – {p.description}
                </summary>
                <ReferenceForm
                  id={`phase-${p.id}`}
                  action={updatePhase}
                  hidden={{ phaseId: p.id, expectedName: p.name }}
                  submitLabel="Spara fasen"
                  fields={[
                    { kind: 'text', name: 'name', label: 'Namn', defaultValue: p.name },
                    { kind: 'textarea', name: 'description', label: 'Beskrivning', defaultValue: p.description },
                  ]}
                />
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
