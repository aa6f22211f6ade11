'use client';

import { useActionState } from 'react';
import {
  type KoladaActionState,
  fetchFromKolada,
  removeKoladaKpi,
  saveKoladaKpi,
  saveKoladaSettings,
} from '@/app/(app)/_actions/kolada';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { FormStateContext, KeptInput, KeptSelect } from '@/components/ui/kept-fields';
import { RequestIdField } from '@/components/ui/request-id-field';

export type OwnMeasureOption = { value: string; label: string };

/** "Hämta från Kolada": the listed KPIs for the chosen municipalities and years, straight from the API. */
export function KoladaFetchForm({ municipalities, years }: { municipalities: string; years: string }) {
  const [state, action, pending] = useActionState<KoladaActionState, FormData>(fetchFromKolada, null);
  const muniError = fieldError(state, 'municipalities');
  const yearsError = fieldError(state, 'years');
  return (
    <form action={action} className="card stack" noValidate>
      <FormStateContext value={state}>
        <RequestIdField after={state} />
        <div className="form-field">
          <label htmlFor="kolada-municipalities">Kommuner</label>
          <p id="kolada-municipalities-help" className="muted">
            Koladas id med fyra siffror, åtskilda med komma: 0180 Stockholm, 0000 riket, och jämförelsegruppens
            kommuner.
          </p>
          <KeptInput
            id="kolada-municipalities"
            name="municipalities"
            defaultValue={municipalities}
            aria-invalid={muniError ? true : undefined}
            aria-describedby={describedBy('kolada-municipalities-help', muniError && 'kolada-municipalities-error')}
          />
          <FieldError id="kolada-municipalities-error" message={muniError} />
        </div>
        <div className="form-field">
          <label htmlFor="kolada-years">År</label>
          <KeptInput
            id="kolada-years"
            name="years"
            defaultValue={years}
            aria-invalid={yearsError ? true : undefined}
            aria-describedby={describedBy(yearsError && 'kolada-years-error')}
          />
          <FieldError id="kolada-years-error" message={yearsError} />
        </div>
        <FormStatus state={state} />
        <div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? 'Hämtar…' : 'Hämta från Kolada'}
          </button>
        </div>
      </FormStateContext>
    </form>
  );
}

export function KoladaGroupForm({
  groups,
  selected,
}: {
  groups: { id: string; title: string; size: number }[];
  selected: string | null;
}) {
  const [state, action, pending] = useActionState<KoladaActionState, FormData>(saveKoladaSettings, null);
  return (
    <form action={action} className="filter-bar">
      <FormStateContext value={state}>
        <RequestIdField after={state} />
        <div className="form-field">
          <label htmlFor="kolada-group">Jämförelsegrupp</label>
          <KeptSelect id="kolada-group" name="comparisonGroupId" defaultValue={selected ?? ''}>
            <option value="">Ingen</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title} ({g.size} kommuner)
              </option>
            ))}
          </KeptSelect>
        </div>
        <button type="submit" className="button button--secondary" disabled={pending}>
          Spara jämförelsegrupp
        </button>
        <FormStatus state={state} />
      </FormStateContext>
    </form>
  );
}

/** One KPI's row: its title and the own measure it is compared with (re-map), or a new KPI when `kpi` is null. */
export function KoladaKpiForm({
  kpi,
  options,
}: {
  kpi: { id: string; title: string; ownMeasure: string | null; definitionNote: string } | null;
  options: OwnMeasureOption[];
}) {
  const [state, action, pending] = useActionState<KoladaActionState, FormData>(saveKoladaKpi, null);
  const prefix = `kpi-${kpi?.id ?? 'ny'}`;
  const titleError = fieldError(state, 'title');
  const idError = fieldError(state, 'id');
  return (
    <form action={action} className="stack" noValidate aria-label={kpi ? `Nyckeltal ${kpi.id}` : 'Nytt nyckeltal'}>
      <FormStateContext value={state}>
        <RequestIdField after={state} />
        {kpi ? (
          <input type="hidden" name="id" value={kpi.id} />
        ) : (
          <div className="form-field">
            <label htmlFor={`${prefix}-id`}>Koladas id</label>
            <KeptInput
              id={`${prefix}-id`}
              name="id"
              defaultValue=""
              aria-invalid={idError ? true : undefined}
              aria-describedby={describedBy(idError && `${prefix}-id-error`)}
            />
            <FieldError id={`${prefix}-id-error`} message={idError} />
          </div>
        )}
        <div className="form-field">
          <label htmlFor={`${prefix}-title`}>Titel</label>
          <KeptInput
            id={`${prefix}-title`}
            name="title"
            defaultValue={kpi?.title ?? ''}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={describedBy(titleError && `${prefix}-title-error`)}
          />
          <FieldError id={`${prefix}-title-error`} message={titleError} />
        </div>
        <div className="form-field">
          <label htmlFor={`${prefix}-own`}>Jämförs med eget mått</label>
          <KeptSelect id={`${prefix}-own`} name="ownMeasure" defaultValue={kpi?.ownMeasure ?? ''}>
            <option value="">Inget (bara Koladas värden)</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </KeptSelect>
        </div>
        <div className="form-field">
          <label htmlFor={`${prefix}-note`}>Skillnad i definition</label>
          <KeptInput id={`${prefix}-note`} name="definitionNote" defaultValue={kpi?.definitionNote ?? ''} />
        </div>
        <FormStatus state={state} />
        <div>
          <button type="submit" className="button button--secondary" disabled={pending}>
            {kpi ? `Spara ${kpi.id}` : 'Lägg till nyckeltal'}
          </button>
        </div>
      </FormStateContext>
    </form>
  );
}

export function RemoveKoladaKpiForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<KoladaActionState, FormData>(removeKoladaKpi, null);
  return (
    <form action={action}>
      <RequestIdField after={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        Ta bort {id}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
