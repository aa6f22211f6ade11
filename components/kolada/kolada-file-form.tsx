'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from 'react';
import {
  type KoladaActionState,
  type KoladaPreviewState,
  importKoladaFile,
  previewKoladaFile,
} from '@/app/(app)/_actions/kolada';
import { FileRefusal } from '@/components/ui/form-bits';
import { RequestIdField } from '@/components/ui/request-id-field';
import { formatInteger } from '@/lib/format';
import type { KoladaFilePreview } from '@/lib/kolada/schemas';

/**
 * "Importera Kolada-fil": Förhandsgranska, then Importera — the statistics import's idiom. The fields are submitted
 * from onSubmit so the chosen file stays in its input, and confirming sends it again, checked against the preview.
 */
export function KoladaFileForm() {
  const router = useRouter();
  const [preview, previewAction, previewing] = useActionState<KoladaPreviewState, FormData>(previewKoladaFile, null);
  const [result, importAction, importing] = useActionState<KoladaActionState, FormData>(importKoladaFile, null);
  const formRef = useRef<HTMLFormElement>(null);
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
    if (submitter?.value !== 'import') setStale(false);
    startTransition(() => (submitter?.value === 'import' ? importAction(form) : previewAction(form)));
  }

  const failure = result && !result.ok ? result : preview && !preview.ok ? preview : null;
  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={() => setStale(true)} className="card stack">
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
