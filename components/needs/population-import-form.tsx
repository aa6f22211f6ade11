'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { FileRefusal } from '@/components/ui/form-bits';
import { RequestIdField } from '@/components/ui/request-id-field';
import { importPopulationForecast, previewPopulationForecast } from '@/app/(app)/_actions/population-forecast';
import type { ActionResult } from '@/lib/auth/guard-schemas';
import { formatDateTime, formatInteger } from '@/lib/format';
import { MAX_POPULATION_FILE_BYTES } from '@/lib/needs/population-limits';
import type { PopulationPreview } from '@/lib/needs/population-schemas';
import { SpreadsheetFileField } from '@/components/ui/spreadsheet-file-field';

type PreviewState = ActionResult<PopulationPreview> | null;
type ImportState = ActionResult<{ message: string }> | null;

/**
 * "Importera befolkningsprognos": Förhandsgranska, then Importera. The fields are submitted from onSubmit rather than
 * as the form's action, so the chosen file stays in its input (React resets a form after a form action) and
 * confirming sends the same file again, checked against the preview's checksum before anything is written.
 */
export function PopulationImportForm({ orgSlug, defaultVintageYear }: { orgSlug: string; defaultVintageYear: number }) {
  const router = useRouter();
  const [preview, previewAction, previewing] = useActionState<PreviewState, FormData>(previewPopulationForecast, null);
  const [result, importAction, importing] = useActionState<ImportState, FormData>(importPopulationForecast, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  // A preview holds for the file and year it was made with: changing either asks for a new one.
  const [stale, setStale] = useState(false);
  const pending = previewing || importing;
  const planned = preview?.ok && !result?.ok && !stale ? preview.data : null;

  useEffect(() => {
    if (result?.ok) {
      formRef.current?.reset();
      router.refresh();
    }
  }, [result, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(event.currentTarget);
    const chosen = form.get('file');
    if (chosen instanceof File && chosen.size > MAX_POPULATION_FILE_BYTES) {
      setClientError('Filen är för stor. Största tillåtna storlek är 900 kB.');
      return;
    }
    setClientError(null);
    if (submitter?.value !== 'import') setStale(false);
    startTransition(() => (submitter?.value === 'import' ? importAction(form) : previewAction(form)));
  }

  const failure = result && !result.ok ? result : preview && !preview.ok ? preview : null;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onChange={() => setStale(true)}
      className="card stack"
      aria-describedby="population-import-help"
    >
      <input type="hidden" name="org" value={orgSlug} />
      {planned && <input type="hidden" name="checksum" value={planned.checksum} />}
      <RequestIdField after={result} />
      <p id="population-import-help" className="muted">
        CSV (semikolon eller komma, decimalkomma går bra) eller XLSX med ett blad, högst 900 kB. Kolumner:
        Stadsdelsområde, Åldersgrupp, År, Antal.
      </p>
      <div className="form-field">
        <label htmlFor="population-vintage">Prognosår</label>
        <input
          id="population-vintage"
          name="vintageYear"
          inputMode="numeric"
          defaultValue={defaultVintageYear}
          aria-describedby="population-vintage-help"
          required
        />
        <p id="population-vintage-help" className="muted">
          Året prognosen gjordes, t.ex. 2025 för ”prognos 2025”. En prognos med samma år ersätts helt.
        </p>
      </div>
      <SpreadsheetFileField id="population-file" />
      <div>
        <button type="submit" name="intent" value="preview" className="button button--secondary" disabled={pending}>
          Förhandsgranska
        </button>
      </div>
      <div aria-live="polite">
        {pending && <p>Kontrollerar filen…</p>}
        {clientError && (
          <p className="alert alert--error" role="alert">
            {clientError}
          </p>
        )}
        {!pending && failure && <FileRefusal failure={failure} />}
        {!pending && result?.ok && <p className="alert alert--success">{result.data.message}</p>}
      </div>
      {!pending && planned && <PreviewSummary preview={planned} />}
    </form>
  );
}

function PreviewSummary({ preview }: { preview: PopulationPreview }) {
  return (
    <section className="stack" aria-labelledby="population-preview">
      <h3 id="population-preview">Förhandsgranskning</h3>
      <dl className="summary-list">
        <dt>Prognos</dt>
        <dd>{preview.vintage}</dd>
        <dt>Fil</dt>
        <dd>{preview.fileName}</dd>
        <dt>Rader</dt>
        <dd>{formatInteger(preview.rowCount)}</dd>
        <dt>Stadsdelsområden</dt>
        <dd>{preview.districts.join(', ')}</dd>
        <dt>Åldersgrupper</dt>
        <dd>{preview.ageGroups.join(', ')}</dd>
        <dt>År</dt>
        <dd>{preview.years.length ? `${preview.years[0]}–${preview.years.at(-1)}` : '–'}</dd>
      </dl>
      {preview.otherDistrictRows > 0 && (
        <p className="alert alert--info">
          {formatInteger(preview.otherDistrictRows)} rader gäller stadsdelsområden som förvaltningen inte ansvarar för.
          De sparas med filen men räknas inte in i förvaltningens behov.
        </p>
      )}
      {preview.replaces && (
        <p className="alert alert--info">
          {preview.vintage} finns redan ({preview.replaces.fileName}, {formatInteger(preview.replaces.rowCount)} rader,
          importerad {formatDateTime(new Date(preview.replaces.importedAt))}) och ersätts helt.
        </p>
      )}
      <div>
        <button type="submit" name="intent" value="import" className="button">
          Importera befolkningsprognos
        </button>
      </div>
    </section>
  );
}
