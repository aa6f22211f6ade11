'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useRef, useState } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import { ImportCoverageView } from './import-coverage';
import { formatInteger } from '@/lib/format';
import type { FigureChangeLine } from '@/lib/statistics/import/changes';
import { CREATE_NEW_OPTION, MAX_FILE_MEGABYTES, mappingFieldName } from '@/lib/statistics/import/form-fields';
import type { ImportState } from '@/lib/statistics/import/schemas';
import { type UploadProgress, uploadImport } from './upload-import';
import { SpreadsheetFileField } from '@/components/ui/spreadsheet-file-field';

type GroupOption = { value: string; label: string };

export function ImportForm({ orgSlug, groups }: { orgSlug: string; groups: GroupOption[] }) {
  const router = useRouter();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const pending = progress !== null;

  // The chosen file stays in the input, so confirming sends the same file again and the server re-checks it
  // (and its checksum against the preview) before anything is written.
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const chosen = submitter?.value === 'commit' ? 'commit' : 'preview';
    const form = new FormData(event.currentTarget);
    form.set('intent', chosen);
    const file = form.get('file');
    if (file instanceof File && file.size > MAX_FILE_MEGABYTES * 1024 * 1024) {
      setClientError(
        `Filen är för stor (${formatInteger(file.size / 1024 / 1024)} MB). Största tillåtna storlek är ${MAX_FILE_MEGABYTES} MB.`,
      );
      return;
    }
    setClientError(null);
    setProgress({ stage: 'upload', done: 0, total: 0 });
    const next = await uploadImport(`/${orgSlug}/statistik/import/fil`, form, setProgress);
    setProgress(null);
    setState(next);
    if (next.status === 'done') router.refresh(); // the import history below
  }

  const planned = state.status === 'planned' ? state : null;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="card stack" aria-describedby="import-help">
      <input type="hidden" name="org" value={orgSlug} />
      {planned && <input type="hidden" name="checksum" value={planned.changes.checksum} />}
      <p id="import-help" className="muted">
        CSV (semikolon eller komma, UTF-8 eller Windows-1252) eller XLSX med ett blad. Högst {MAX_FILE_MEGABYTES} MB.
      </p>
      <div className="form-field">
        <label htmlFor="group">Vad innehåller filen?</label>
        <select
          id="group"
          name="group"
          defaultValue={groups[0]?.value}
          onChange={() => formRef.current?.querySelector<HTMLInputElement>('[name=checksum]')?.remove()}
        >
          {groups.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </div>
      <SpreadsheetFileField id="file" />
      <div>
        <button type="submit" name="intent" value="preview" className="button button--secondary" disabled={pending}>
          Förhandsgranska
        </button>
      </div>

      <div aria-live="polite">
        {progress && <ImportProgress progress={progress} />}
        {clientError && <p className="alert alert--error">{clientError}</p>}
        {!pending && state.status === 'error' && <ImportProblems error={state.error} problems={state.problems} />}
        {!pending && state.status === 'done' && (
          <p className="alert alert--success" role="status">
            {state.message}
          </p>
        )}
      </div>

      {!pending && planned && <ImportChangesView state={planned} />}
    </form>
  );
}

function ImportProgress({ progress }: { progress: UploadProgress }) {
  const percent = (done: number, total: number) => (total > 0 ? Math.round((100 * done) / total) : 0);
  const [label, value, max] =
    progress.stage === 'upload'
      ? [`Laddar upp filen: ${percent(progress.done, progress.total)} %`, progress.done, progress.total || undefined]
      : progress.stage === 'check'
        ? ['Läser och kontrollerar filen…', undefined, undefined]
        : [
            `Sparar: ${formatInteger(progress.done)} av ${formatInteger(progress.total)} värden`,
            progress.done,
            progress.total || undefined,
          ];
  return (
    <div className="import-progress">
      <label htmlFor="import-progress">{label}</label>
      <progress id="import-progress" value={max ? value : undefined} max={max} />
    </div>
  );
}

function ImportProblems({
  error,
  problems,
}: {
  error: string;
  problems: { row?: number; column?: string; message: string }[];
}) {
  return (
    <div className="alert alert--error" role="alert">
      <p>
        <strong>{error}</strong>
      </p>
      {problems.length > 0 && (
        <table>
          <caption>Fel i filen ({formatInteger(problems.length)})</caption>
          <thead>
            <tr>
              <th scope="col">Rad</th>
              <th scope="col">Kolumn</th>
              <th scope="col">Fel</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td>{p.row ?? '–'}</td>
                <td>{p.column ?? '–'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function ImportChangesView({ state }: { state: Extract<ImportState, { status: 'planned' }> }) {
  const { changes: comparison } = state;
  const [replaceWhole, setReplaceWhole] = useState(false);
  const replacing = replaceWhole ? comparison.replacedWhole : comparison.replaced;
  return (
    <section className="stack" aria-labelledby="forhandsgranskning">
      <h2 id="forhandsgranskning">Förhandsgranskning</h2>
      <dl className="summary-list">
        <dt>Fil</dt>
        <dd>{comparison.fileName}</dd>
        <dt>Innehåll</dt>
        <dd>{comparison.groupLabel}</dd>
        <dt>Perioder</dt>
        <dd>{comparison.periods.join(', ')}</dd>
        <dt>Rader i filen</dt>
        <dd>{formatInteger(comparison.rowCount)}</dd>
        <dt>Värden som sparas</dt>
        <dd>{formatInteger(comparison.figureCount)}</dd>
        <dt>Kontrollsumma (SHA-256)</dt>
        <dd>
          <code>{comparison.checksum.slice(0, 16)}…</code>
        </dd>
      </dl>
      <ImportCoverageView coverage={comparison.coverage} />
      <table>
        <caption>Värden per mått</caption>
        <thead>
          <tr>
            <th scope="col">Mått</th>
            <th scope="col" className="num">
              Antal värden
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.byMeasure.map((m) => (
            <tr key={m.label}>
              <th scope="row">{m.label}</th>
              <td className="num">{formatInteger(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TableScroll label="Första värdena som sparas">
        <table>
          <caption>
            {comparison.figureCount > comparison.sample.length
              ? `De första ${formatInteger(comparison.sample.length)} av ${formatInteger(comparison.figureCount)} värden som sparas`
              : 'Värden som sparas'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Mått</th>
              <th scope="col">Period</th>
              <th scope="col">Avdelning</th>
              <th scope="col">Befattning</th>
              <th scope="col">Uppdelning</th>
              <th scope="col" className="num">
                Värde
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.sample.map((row, i) => (
              <tr key={i}>
                <td>{row.measure}</td>
                <td>{row.period}</td>
                <td>{row.department}</td>
                <td>{row.occupation}</td>
                <td>{row.breakdown}</td>
                <td className="num">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {comparison.alreadyImported ? (
        <p className="alert alert--info">
          {comparison.sameFileImported
            ? 'Den här filen är redan importerad och dess värden gäller fortfarande.'
            : 'Filens värden finns redan med samma värden.'}{' '}
          En ny import ändrar ingenting.
        </p>
      ) : comparison.replaced > 0 ? (
        <p className="alert alert--info">
          {formatInteger(comparison.replaced)} sparade värden har samma mått, period och uppdelning som värden i filen
          och ersätts när du bekräftar
          {comparison.changeCount > 0 ? `; ${formatInteger(comparison.changeCount)} av dem ändras` : ''}. Övriga sparade
          värden ändras inte.
        </p>
      ) : (
        <p className="alert alert--info">Inga befintliga värden ersätts.</p>
      )}
      {comparison.changeCount > 0 && (
        <ChangeTable title="Värden som ändras" lines={comparison.changes} total={comparison.changeCount} />
      )}
      {comparison.removalCount > 0 && (
        <fieldset className="stack">
          <legend>Värden som inte finns i filen</legend>
          <div className="form-field form-field--checkbox">
            <input
              id="replaceWhole"
              name="replaceWhole"
              type="checkbox"
              checked={replaceWhole}
              onChange={(e) => setReplaceWhole(e.currentTarget.checked)}
            />
            <label htmlFor="replaceWhole">
              Ersätt hela måttet för perioderna {comparison.periods.join(', ')}: ta också bort de{' '}
              {formatInteger(comparison.removalCount)} sparade värden som filen inte innehåller
            </label>
          </div>
          {replaceWhole && (
            <ChangeTable title="Värden som tas bort" lines={comparison.removals} total={comparison.removalCount} />
          )}
        </fieldset>
      )}
      <NameMappings
        kind="department"
        title="Okända avdelningar"
        names={comparison.unknownDepartments}
        options={state.departments}
      />
      <NameMappings
        kind="occupation"
        title="Okända befattningar"
        names={comparison.unknownOccupations}
        options={state.occupations}
      />
      {comparison.coverage.warnings.length > 0 && (
        <p className="alert alert--warning">
          Filen täcker mindre än förra året (se <a href="#jamfort-med-forra-aret">Jämfört med förra året</a>). Bekräfta
          bara om det är meningen.
        </p>
      )}
      <div>
        <button type="submit" name="intent" value="commit" className="button">
          {replacing > 0 ? 'Bekräfta och ersätt' : 'Bekräfta import'}
        </button>
      </div>
    </section>
  );
}

/** Each value that changes or goes, old → new, grouped by department. */
function ChangeTable({ title, lines, total }: { title: string; lines: FigureChangeLine[]; total: number }) {
  const departments = [...new Set(lines.map((l) => l.department))];
  return (
    <TableScroll label={title}>
      <table>
        <caption>
          {title}
          {total > lines.length ? ` (de första ${formatInteger(lines.length)} av ${formatInteger(total)})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Mått</th>
            <th scope="col">Period</th>
            <th scope="col">Uppdelning</th>
            <th scope="col" className="num">
              Före
            </th>
            <th scope="col" className="num">
              Efter
            </th>
          </tr>
        </thead>
        {departments.map((department) => (
          <tbody key={department}>
            <tr>
              <th scope="colgroup" colSpan={5}>
                {department}
              </th>
            </tr>
            {lines
              .filter((l) => l.department === department)
              .map((l, i) => (
                <tr key={i}>
                  <td>{l.measure}</td>
                  <td>{l.period}</td>
                  <td>{l.breakdown}</td>
                  <td className="num">{l.before}</td>
                  <td className="num">{l.after ?? 'tas bort'}</td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}

function NameMappings({
  kind,
  title,
  names,
  options,
}: {
  kind: 'department' | 'occupation';
  title: string;
  names: string[];
  options: { id: string; name: string }[];
}) {
  if (names.length === 0) return null;
  const noun = kind === 'department' ? 'avdelning' : 'befattning';
  return (
    <fieldset className="stack">
      <legend>{title}</legend>
      <p className="muted">
        Filen innehåller {names.length === 1 ? `en ${noun}` : `${formatInteger(names.length)} namn`} som förvaltningen
        inte har. Koppla varje namn till en befintlig {noun} eller skapa en ny.
      </p>
      {names.map((name, i) => (
        <div className="form-field" key={name}>
          <label htmlFor={`${kind}-${i}`}>{name}</label>
          <select id={`${kind}-${i}`} name={mappingFieldName(kind, name)} defaultValue={CREATE_NEW_OPTION}>
            <option value={CREATE_NEW_OPTION}>
              Skapa ny {noun}: {name}
            </option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                Koppla till {o.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
