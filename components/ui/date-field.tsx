/** A date filter field (a GET form's `fran`/`till`), with its error tied to it for screen readers. */
export function DateField(props: {
  id: string;
  name: string;
  label: string;
  value?: string | undefined;
  error?: string;
}) {
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type="date"
        defaultValue={props.value ?? ''}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
      />
      {props.error && (
        <p id={`${props.id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
