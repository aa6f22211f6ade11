'use client';

import { FileRefusal } from '@/components/ui/form-bits';
import { RequestIdField } from '@/components/ui/request-id-field';
import { importPopulationForecast, previewPopulationForecast } from '@/app/(app)/_actions/population-forecast';
import { formatDateTime, formatInteger } from '@/lib/format';
import { MAX_POPULATION_FILE_BYTES } from '@/lib/needs/population-limits';
import type { PopulationPreview } from '@/lib/needs/population-schemas';
import { SpreadsheetFileField } from '@/components/ui/spreadsheet-file-field';
import { usePreviewThenImport } from '@/components/ui/use-preview-then-import';

/**
 * "Importera befolkningsprognos": Förhandsgranska, then Importera (usePreviewThenImport); the file's size is checked
 * in the browser first.
 */
export function PopulationImportForm({ orgSlug, defaultVintageYear }: { orgSlug: string; defaultVintageYear: number }) {
  const { formProps, pending, result, clientError, planned, failure } = usePreviewThenImport(
    previewPopulationForecast,
    importPopulationForecast,
    (form) => {
      const chosen = form.get('file');
      return chosen instanceof File && chosen.size > MAX_POPULATION_FILE_BYTES
        ? 'Filen är för stor. Största tillåtna storlek är 900 kB.'
        : null;
    },
  );
  return (
    <form {...formProps} className="card stack" aria-describedby="population-import-help">
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
