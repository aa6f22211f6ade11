import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/plans/action-form';
import { KeptInput, KeptSelect } from '@/components/ui/kept-fields';
import { requirePermission } from '@/lib/auth/session';
import { loadSectionsForManaging } from '@/lib/plans/editing';
import { ADOPTED_LOCKED } from '@/lib/plans/guards';
import {
  addSection,
  moveSection,
  removeSection,
  restoreSection,
  saveSectionSettings,
} from '../../../../_actions/sections';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Hantera avsnitt' };

type Params = Promise<{ org: string; year: string }>;

export default async function ManageSectionsPage({ params }: { params: Params }) {
  const { org: slug, year } = await params;
  notFoundUnlessAddressable({ year });
  const { org } = await requirePermission(slug, 'edit:plan');
  const startYear = Number(year);
  if (!Number.isInteger(startYear)) notFound();
  const data = await loadSectionsForManaging(org.access, startYear);
  if (!data) notFound();
  const { plan, sections, people, departments } = data;
  const locked = plan.status === 'ADOPTED';
  return (
    <div className="stack">
      <p>
        <Link href={`/${slug}/plan/${startYear}`}>Tillbaka till {plan.title}</Link>
      </p>
      <h1>Hantera avsnitt</h1>
      {locked && <p className="alert alert--info">{ADOPTED_LOCKED}</p>}
      <ol className="section-list">
        {sections.map((s, i) => {
          const ref = { org: slug, sectionId: s.id };
          return (
            <li key={s.id} className={`card stack${s.removedAt ? ' section-list__removed' : ''}`}>
              <h2>
                {s.title}
                {s.removedAt ? ' (borttaget)' : ''}
              </h2>
              {!locked && !s.removedAt && (
                <>
                  <ActionForm
                    action={saveSectionSettings}
                    hidden={{ ...ref, version: s.version }}
                    submitLabel="Spara uppgifter"
                    submitName={`Spara uppgifter för ${s.title}`}
                    className="inline-form"
                  >
                    <label htmlFor={`title-${s.id}`}>Rubrik</label>
                    <KeptInput id={`title-${s.id}`} name="title" defaultValue={s.title} required maxLength={200} />
                    <label htmlFor={`owner-${s.id}`}>Ansvarig</label>
                    <KeptSelect id={`owner-${s.id}`} name="ownerId" defaultValue={s.ownerId ?? ''}>
                      <option value="">Ingen</option>
                      {people.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </KeptSelect>
                    <label htmlFor={`dept-${s.id}`}>Avdelning</label>
                    <KeptSelect id={`dept-${s.id}`} name="departmentId" defaultValue={s.departmentId ?? ''}>
                      <option value="">Hela förvaltningen</option>
                      {departments.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.name}
                        </option>
                      ))}
                    </KeptSelect>
                  </ActionForm>
                  <div className="inline-form">
                    {i > 0 && (
                      <ActionForm
                        action={moveSection}
                        hidden={{ ...ref, direction: 'up' }}
                        submitLabel="Flytta upp"
                        submitName={`Flytta upp ${s.title}`}
                      />
                    )}
                    {i < sections.length - 1 && (
                      <ActionForm
                        action={moveSection}
                        hidden={{ ...ref, direction: 'down' }}
                        submitLabel="Flytta ned"
                        submitName={`Flytta ned ${s.title}`}
                      />
                    )}
                    <ActionForm
                      action={removeSection}
                      hidden={ref}
                      submitLabel="Ta bort"
                      submitName={`Ta bort ${s.title}`}
                    />
                  </div>
                </>
              )}
              {!locked && s.removedAt && (
                <ActionForm
                  action={restoreSection}
                  hidden={ref}
                  submitLabel="Återställ avsnitt"
                  submitName={`Återställ avsnittet ${s.title}`}
                />
              )}
              <p>
                <Link
                  href={`/${slug}/plan/${startYear}/avsnitt/${s.id}/historik`}
                  aria-label={`Historik för ${s.title}`}
                >
                  Historik
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
      {!locked && (
        <ActionForm
          action={addSection}
          hidden={{ org: slug, planId: plan.id }}
          submitLabel="Lägg till avsnitt"
          buttonClass="button"
          className="card stack"
        >
          <h2>Nytt avsnitt</h2>
          <div className="form-field">
            <label htmlFor="new-title">Rubrik</label>
            <KeptInput id="new-title" name="title" required maxLength={200} />
          </div>
          <div className="form-field">
            <label htmlFor="new-dept">Avdelning</label>
            <KeptSelect id="new-dept" name="departmentId" defaultValue="">
              <option value="">Hela förvaltningen</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </KeptSelect>
          </div>
        </ActionForm>
      )}
    </div>
  );
}
