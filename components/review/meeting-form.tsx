'use client';

import { useState } from 'react';
import { createMeeting, updateMeeting } from '@/app/(app)/_actions/review';
import { ActionForm } from '@/components/plans/action-form';
import { KeptInput, KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';

type Union = { id: string; name: string };
export type MeetingValues = {
  id: string;
  version: number;
  forum: string;
  date: string;
  place: string;
  itemNumber: string;
  title: string;
  type: 'INFORMATION' | 'MBL_11';
  diarienummer: string | null;
  unionIds: string[];
  attendees: string;
  adjusters: string;
  negotiationConcluded: boolean | null;
};

/** HR's meeting form: a new meeting, or the details and (for MBL § 11) the negotiation's minutes of one. */
export function MeetingForm({
  orgSlug,
  unions,
  meeting,
}: {
  orgSlug: string;
  unions: Union[];
  meeting?: MeetingValues;
}) {
  // Uncontrolled (KeptInput): a controlled radio shows its default again after React resets the form.
  const [type, setType] = useState(meeting?.type ?? 'INFORMATION');
  const p = meeting ? 'm-' : 'n-';
  return (
    <ActionForm
      action={meeting ? updateMeeting : createMeeting}
      hidden={meeting ? { org: orgSlug, meetingId: meeting.id, version: meeting.version } : { org: orgSlug }}
      submitLabel={meeting ? 'Spara mötet' : 'Skapa möte'}
      buttonClass="button"
      className="card stack"
    >
      <div className="form-field">
        <label htmlFor={`${p}forum`}>Forum</label>
        <KeptInput id={`${p}forum`} name="forum" defaultValue={meeting?.forum ?? 'Förvaltningsgrupp'} required />
      </div>
      <div className="form-field">
        <label htmlFor={`${p}date`}>Datum</label>
        <KeptInput id={`${p}date`} name="date" type="date" defaultValue={meeting?.date} required />
      </div>
      <div className="form-field">
        <label htmlFor={`${p}place`}>Plats</label>
        <KeptInput id={`${p}place`} name="place" defaultValue={meeting?.place} />
      </div>
      <div className="form-field">
        <label htmlFor={`${p}itemNumber`}>Punkt på dagordningen</label>
        <KeptInput
          id={`${p}itemNumber`}
          name="itemNumber"
          defaultValue={meeting?.itemNumber}
          placeholder="t.ex. 5.2.1"
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${p}title`}>Ärende</label>
        <KeptInput
          id={`${p}title`}
          name="title"
          defaultValue={meeting?.title ?? 'Kompetensförsörjningsplanen'}
          required
        />
      </div>
      <fieldset className="form-field">
        <legend>Typ</legend>
        <label>
          <KeptInput
            type="radio"
            name="type"
            value="INFORMATION"
            defaultChecked={type === 'INFORMATION'}
            onChange={() => setType('INFORMATION')}
          />{' '}
          Information
        </label>
        <label>
          <KeptInput
            type="radio"
            name="type"
            value="MBL_11"
            defaultChecked={type === 'MBL_11'}
            onChange={() => setType('MBL_11')}
          />{' '}
          MBL § 11 förhandling
        </label>
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${p}diarienummer`}>Diarienummer (valfritt)</label>
        <KeptInput id={`${p}diarienummer`} name="diarienummer" defaultValue={meeting?.diarienummer ?? ''} />
      </div>
      <fieldset className="form-field">
        <legend>Inbjudna fackliga organisationer</legend>
        {unions.map((u) => (
          <label key={u.id}>
            <KeptInput type="checkbox" name="unionIds" value={u.id} defaultChecked={meeting?.unionIds.includes(u.id)} />{' '}
            {u.name}
          </label>
        ))}
      </fieldset>
      {meeting && type === 'MBL_11' && (
        <>
          <div className="form-field">
            <label htmlFor={`${p}attendees`}>Närvarande (en per rad)</label>
            <KeptTextarea id={`${p}attendees`} name="attendees" rows={4} defaultValue={meeting.attendees} />
          </div>
          <div className="form-field">
            <label htmlFor={`${p}adjusters`}>Justerare (en per rad, med organisation)</label>
            <KeptTextarea id={`${p}adjusters`} name="adjusters" rows={3} defaultValue={meeting.adjusters} />
          </div>
          <div className="form-field">
            <label htmlFor={`${p}concluded`}>Förhandlingen</label>
            <KeptSelect
              id={`${p}concluded`}
              name="negotiationConcluded"
              defaultValue={meeting.negotiationConcluded === null ? '' : meeting.negotiationConcluded ? 'yes' : 'no'}
            >
              <option value="">Ej avgjord</option>
              <option value="yes">Avslutad</option>
              <option value="no">Inte avslutad</option>
            </KeptSelect>
          </div>
        </>
      )}
      {meeting && type !== 'MBL_11' && (
        <>
          <input type="hidden" name="attendees" value={meeting.attendees} />
          <input type="hidden" name="adjusters" value={meeting.adjusters} />
          <input type="hidden" name="negotiationConcluded" value="" />
        </>
      )}
    </ActionForm>
  );
}
