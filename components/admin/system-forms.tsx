'use client';

import { useActionState } from 'react';
import { type SystemActionState, appointAdmin, createOrganization } from '@/app/(app)/_actions/system';
import { RequestIdField } from '@/components/ui/request-id-field';
import { FormStateContext, KeptInput, KeptTextarea } from '@/components/ui/kept-fields';
import { FieldError, FormStatus, describedBy, fieldError } from '@/components/ui/form-bits';
import { PasswordLink } from './password-link';

function TextField(props: {
  id: string;
  name: string;
  label: string;
  state: SystemActionState;
  help?: string;
  defaultValue?: string;
  type?: string;
  multiline?: boolean;
}) {
  const error = fieldError(props.state, props.name);
  const common = {
    id: props.id,
    name: props.name,
    defaultValue: props.defaultValue ?? '',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(props.help && `${props.id}-help`, error && `${props.id}-error`),
  };
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.help && (
        <p id={`${props.id}-help`} className="muted">
          {props.help}
        </p>
      )}
      {props.multiline ? <KeptTextarea rows={3} {...common} /> : <KeptInput type={props.type ?? 'text'} {...common} />}
      <FieldError id={`${props.id}-error`} message={error} />
    </div>
  );
}

export function CreateOrganizationForm({ defaultDefinition }: { defaultDefinition: string }) {
  const [state, action, pending] = useActionState<SystemActionState, FormData>(createOrganization, null);
  return (
    <form action={action} className="card" noValidate>
      <FormStateContext value={state}>
        <RequestIdField after={state} />
        <TextField id="org-name" name="name" label="Förvaltningens namn" state={state} />
        <TextField
          id="org-slug"
          name="slug"
          label="Adressnamn"
          help="Används i adressen, t.ex. kulturforvaltningen → /kulturforvaltningen. Små bokstäver a–z, siffror och bindestreck."
          state={state}
        />
        <TextField id="org-board" name="boardName" label="Nämnd" help="T.ex. Kulturnämnden." state={state} />
        <TextField
          id="org-turnover"
          name="turnoverDefinition"
          label="Definition av personalomsättning"
          help="Visas vid varje siffra om personalomsättning. HR kan ändra den senare."
          state={state}
          defaultValue={defaultDefinition}
          multiline
        />
        <FormStatus state={state} hideError={Boolean(state && !state.ok && state.fieldErrors)} />
        <button type="submit" className="button" disabled={pending}>
          Skapa förvaltning
        </button>
      </FormStateContext>
    </form>
  );
}

/** No requestId: the result may carry a one-time password link, which a receipt would store. */
export function AppointAdminForm({
  organizationId,
  organizationName,
}: {
  organizationId: string;
  organizationName: string;
}) {
  const [state, action, pending] = useActionState<SystemActionState, FormData>(appointAdmin, null);
  const prefix = `appoint-${organizationId}`;
  const link = state?.ok ? state.data.link : undefined;
  return (
    <form action={action} noValidate>
      <FormStateContext value={state}>
        <input type="hidden" name="organizationId" value={organizationId} />
        <fieldset>
          <legend>Utse administratör i {organizationName}</legend>
          <div className="filters">
            <TextField id={`${prefix}-name`} name="name" label="Namn" state={state} />
            <TextField id={`${prefix}-email`} name="email" label="E-post" type="email" state={state} />
          </div>
          <FormStatus state={state} hideError={Boolean(state && !state.ok && state.fieldErrors)} />
          {link && <PasswordLink path={link.path} expiresAt={link.expiresAt} />}
          <button type="submit" className="button button--secondary" disabled={pending}>
            Utse administratör<span className="visually-hidden"> i {organizationName}</span>
          </button>
        </fieldset>
      </FormStateContext>
    </form>
  );
}
