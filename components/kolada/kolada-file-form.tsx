'use client';

import { importKoladaFile, previewKoladaFile } from '@/app/(app)/_actions/kolada';
import { FileRefusal } from '@/components/ui/form-bits';
import { usePreviewThenImport } from '@/components/ui/use-preview-then-import';
import { RequestIdField } from '@/components/ui/request-id-field';
import { formatInteger } from '@/lib/format';
import type { KoladaFilePreview } from '@/lib/kolada/schemas';

/**
 * "Importera Kolada-fil": Förhandsgranska, then Importera (usePreviewThenImport), the statistics import's idiom.
 */
export function KoladaFileForm() {
  const { formProps, pending, result, planned, failure } = usePreviewThenImport(previewKoladaFile, importKoladaFile);
  return (
    <form {...formProps} className="card stack">
      {planned && <input type="hidden" name="checksum" value={planned.checksum} />}
      <RequestIdField after={result} />
      <p id="kolada-file-help" className="muted">
        JSON som Koladas API v3 svarar (en sida, eller en lista av sidor) eller CSV med kolumnerna KPI, Kommun-id, År,
        Kön (T, K, M), Värde och gärna Status och Antal. Högst 5 MB.
      </p>
      <div className="form-field">
        <label htmlFor="kolada-file">Fil</label>
        <input
          id="kolada-file"
          name="file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby="kolada-file-help"
          required
        />
      </div>
      <div>
        <button type="submit" name="intent" value="preview" className="button button--secondary" disabled={pending}>
          Förhandsgranska
        </button>
      </div>
      <div aria-live="polite">
        {pending && <p>Kontrollerar filen…</p>}
        {!pending && failure && <FileRefusal failure={failure} />}
        {!pending && result?.ok && <p className="alert alert--success">{result.data.message}</p>}
      </div>
      {!pending && planned && <PreviewSummary preview={planned} />}
    </form>
  );
}

function PreviewSummary({ preview }: { preview: KoladaFilePreview }) {
  return (
    <section className="stack" aria-labelledby="kolada-preview">
      <h3 id="kolada-preview">Förhandsgranskning</h3>
      <dl className="summary-list">
        <dt>Fil</dt>
        <dd>{preview.fileName}</dd>
        <dt>Värden</dt>
        <dd>
          {formatInteger(preview.rowCount)}
          {preview.missingValues > 0 && ` (varav ${formatInteger(preview.missingValues)} utan värde i Kolada)`}
        </dd>
        <dt>Nyckeltal</dt>
        <dd>{preview.kpis.join(', ')}</dd>
        <dt>Kommuner</dt>
        <dd>{preview.municipalities.join(', ')}</dd>
        <dt>År</dt>
        <dd>{preview.years.length ? `${preview.years[0]}–${preview.years.at(-1)}` : '–'}</dd>
      </dl>
      {preview.unlisted.length > 0 && (
        <p className="alert alert--info">
          {preview.unlisted.join(', ')} finns inte bland jämförelserna. Värdena sparas men visas inte förrän nyckeltalet
          läggs till.
        </p>
      )}
      <p className="muted">
        Värden som redan finns för samma nyckeltal, kommun, år och kön ersätts. Exempeldata tas bort.
      </p>
      <div>
        <button type="submit" name="intent" value="import" className="button">
          Importera
        </button>
      </div>
    </section>
  );
}
