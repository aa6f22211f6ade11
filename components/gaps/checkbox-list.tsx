import { FieldError } from '@/components/ui/form-bits';
import { KeptInput } from '@/components/ui/kept-fields';

type Option = { id: string; label: string };

/** A named list of checkboxes (departments, occupations, activities …) with its field error. */
export function CheckboxList({
  legend,
  name,
  options,
  checked,
  error,
  hint,
  empty,
}: {
  legend: string;
  name: string;
  options: Option[];
  checked: readonly string[];
  error: string | undefined;
  hint?: string;
  empty: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="form-field checkbox-list"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {hint && <p className="muted">{hint}</p>}
      {options.length === 0 && <p className="muted">{empty}</p>}
      {options.map((o) => (
        <label key={o.id} className="checkbox">
          <KeptInput type="checkbox" name={name} value={o.id} defaultChecked={checked.includes(o.id)} /> {o.label}
        </label>
      ))}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
