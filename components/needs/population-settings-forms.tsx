'use client';

import {
  removeStaffingRatio,
  removeVolumeChange,
  saveOrganizationDistricts,
  saveStaffingRatio,
  saveVolumeChange,
} from '@/app/(app)/_actions/population-forecast';
import { ActionForm } from '@/components/plans/action-form';
import { KeptInput, KeptSelect } from '@/components/ui/kept-fields';
import { AGE_GROUP_LABELS, AGE_GROUPS } from '@/lib/needs/population-age-groups';

type Option = { id: string; name: string };

/** "Befattning": the occupation a ratio or a direct change is for (both forms post it as occupationId). */
function OccupationField({ id, occupations }: { id: string; occupations: Option[] }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>Befattning</label>
      <KeptSelect id={id} name="occupationId" defaultValue={occupations[0]?.id}>
        {occupations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </KeptSelect>
    </div>
  );
}

export function StaffingRatioForm({
  orgSlug,
  occupations,
  planYear,
}: {
  orgSlug: string;
  occupations: Option[];
  planYear: number;
}) {
  return (
    <ActionForm
      action={saveStaffingRatio}
      hidden={{ org: orgSlug }}
      submitLabel="Spara bemanningstal"
      className="card stack"
    >
      <OccupationField id="ratio-occupation" occupations={occupations} />
      <div className="form-field">
        <label htmlFor="ratio-staff">Antal anställda</label>
        <KeptInput
          id="ratio-staff"
          name="staff"
          inputMode="decimal"
          defaultValue=""
          aria-describedby="ratio-help"
          required
        />
      </div>
      <div className="form-field">
        <label htmlFor="ratio-per">per antal invånare</label>
        <KeptInput id="ratio-per" name="perResidents" inputMode="numeric" defaultValue="100" required />
      </div>
      <div className="form-field">
        <label htmlFor="ratio-age">i åldersgruppen</label>
        <KeptSelect id="ratio-age" name="ageGroup" defaultValue="80+">
          {AGE_GROUPS.map((g) => (
            <option key={g} value={g}>
              {AGE_GROUP_LABELS[g]}
            </option>
          ))}
        </KeptSelect>
      </div>
      <div className="form-field">
        <label htmlFor="ratio-from">Gäller från år</label>
        <KeptInput id="ratio-from" name="validFrom" inputMode="numeric" defaultValue={String(planYear - 1)} required />
      </div>
      <p id="ratio-help" className="muted">
        T.ex. 8,5 undersköterskor per 100 invånare 80 år och äldre. Ett nytt tal för samma befattning och åldersgrupp
        gäller från sitt år; talet måste vara större än noll.
      </p>
    </ActionForm>
  );
}

export function VolumeChangeForm({
  orgSlug,
  occupations,
  planYear,
}: {
  orgSlug: string;
  occupations: Option[];
  planYear: number;
}) {
  return (
    <ActionForm
      action={saveVolumeChange}
      hidden={{ org: orgSlug }}
      submitLabel="Spara förändring"
      className="card stack"
    >
      <OccupationField id="change-occupation" occupations={occupations} />
      <div className="form-field">
        <label htmlFor="change-year">År</label>
        <KeptInput id="change-year" name="year" inputMode="numeric" defaultValue={String(planYear)} required />
      </div>
      <div className="form-field">
        <label htmlFor="change-value">Förändring (antal anställda)</label>
        <KeptInput
          id="change-value"
          name="change"
          inputMode="decimal"
          defaultValue=""
          aria-describedby="change-help"
          required
        />
      </div>
      <p id="change-help" className="muted">
        Fler (t.ex. 12) eller färre (t.ex. -3,5) anställda än året före planen. Används i stället för bemanningstalen
        för befattningen.
      </p>
    </ActionForm>
  );
}

export function RemoveEntryButton({
  orgSlug,
  id,
  kind,
  label,
}: {
  orgSlug: string;
  id: string;
  kind: 'ratio' | 'change';
  label: string;
}) {
  return (
    <ActionForm
      action={kind === 'ratio' ? removeStaffingRatio : removeVolumeChange}
      hidden={{ org: orgSlug, id }}
      submitLabel="Ta bort"
      submitName={`Ta bort ${label}`}
      buttonClass="button button--link"
    />
  );
}

export function DistrictsForm({
  orgSlug,
  districts,
  served,
}: {
  orgSlug: string;
  districts: Option[];
  served: string[];
}) {
  return (
    <ActionForm
      action={saveOrganizationDistricts}
      hidden={{ org: orgSlug }}
      submitLabel="Spara stadsdelsområden"
      className="card stack"
    >
      <fieldset>
        <legend>Stadsdelsområden som förvaltningen ansvarar för</legend>
        {districts.map((d) => (
          <div key={d.id} className="form-field form-field--checkbox">
            <KeptInput
              type="checkbox"
              id={`district-${d.id}`}
              name="districtIds"
              value={d.id}
              defaultChecked={served.includes(d.id)}
            />
            <label htmlFor={`district-${d.id}`}>{d.name}</label>
          </div>
        ))}
      </fieldset>
    </ActionForm>
  );
}
