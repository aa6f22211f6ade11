import type { Metadata } from 'next';
import { KoladaFetchForm, KoladaGroupForm, KoladaKpiForm, RemoveKoladaKpiForm } from '@/components/kolada/kolada-forms';
import { KoladaFileForm } from '@/components/kolada/kolada-file-form';
import { formatDateTime, formatInteger } from '@/lib/format';
import { EXAMPLE_NOTE } from '@/lib/kolada/comparison';
import { OWN_MEASURES, OWN_MEASURE_KEYS } from '@/lib/kolada/own-measures';
import { loadKoladaAdmin } from '@/lib/kolada/queries';
import { requireSystemAdmin, systemAccessOf } from '@/lib/system/queries';

export const metadata: Metadata = { title: 'Kolada' };

const SOURCE_LABELS: Record<string, string> = {
  api: 'Hämtat från Kolada',
  file: 'Kolada-fil',
  example: 'Exempeldata',
};

export default async function KoladaPage() {
  const viewer = await requireSystemAdmin();
  const data = await loadKoladaAdmin(systemAccessOf(viewer));
  const options = OWN_MEASURE_KEYS.map((key) => ({ value: key, label: OWN_MEASURES[key].label }));
  const thisYear = new Date().getFullYear();
  return (
    <div className="stack">
      <h1>Jämförelser från Kolada</h1>
      <p className="lead">
        Kolada (RKA) publicerar kommunernas nyckeltal öppet. Förvaltningarnas egna siffror visas bredvid Stockholms
        stad, riket och jämförelsegruppen i Personalstatistik och kan infogas i planen. Källa: Kolada.
      </p>
      {data.example && (
        <p className="alert alert--warning">
          <span className="badge badge--warn">Exempeldata</span> {EXAMPLE_NOTE}. Värdena följer med demodata och ersätts
          när du hämtar från Kolada eller importerar en Kolada-fil.
        </p>
      )}
      <section aria-labelledby="kolada-hamta" className="stack">
        <h2 id="kolada-hamta">Hämta från Kolada</h2>
        <KoladaFetchForm
          municipalities={data.defaultMunicipalities.join(', ')}
          years={`${thisYear - 6}–${thisYear - 1}`}
        />
      </section>
      <section aria-labelledby="kolada-fil" className="stack">
        <h2 id="kolada-fil">Importera Kolada-fil</h2>
        <p>Når servern inte Kolada (många stadsnät stänger utgående trafik) går samma uppgifter att läsa in som fil.</p>
        <KoladaFileForm />
      </section>
      <section aria-labelledby="kolada-grupp" className="stack">
        <h2 id="kolada-grupp">Jämförelsegrupp</h2>
        <p className="muted">
          Koladas kommungrupper (hämtas med ”Hämta från Kolada”). Gruppens värde är medelvärdet av medlemmarnas värden.
        </p>
        <KoladaGroupForm groups={data.groups} selected={data.comparisonGroupId} />
      </section>
      <section aria-labelledby="kolada-kallor" className="stack">
        <h2 id="kolada-kallor">Sparade uppgifter</h2>
        {data.fetches.length === 0 ? (
          <p>Inga värden från Kolada ännu.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Hämtningar och importer som värdena kommer från</caption>
            <thead>
              <tr>
                <th scope="col">Källa</th>
                <th scope="col">När</th>
                <th scope="col">Av</th>
                <th scope="col">Värden</th>
              </tr>
            </thead>
            <tbody>
              {data.fetches.map((f) => (
                <tr key={f.id}>
                  <td>
                    {SOURCE_LABELS[f.source] ?? f.source}
                    {f.fileName ? ` (${f.fileName})` : ''}
                  </td>
                  <td>{formatDateTime(f.fetchedAt)}</td>
                  <td>{f.byEmail ?? '–'}</td>
                  <td>{formatInteger(f.values)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="kolada-nyckeltal" className="stack">
        <h2 id="kolada-nyckeltal">Nyckeltal</h2>
        <p className="muted">
          Vilka nyckeltal som jämförs, och med vilket eget mått. En titel är overifierad tills ”Hämta från Kolada” har
          läst den från Kolada.
        </p>
        {data.kpis.map((k) => (
          <details key={k.id} className="card">
            <summary>
              <strong>{k.id}</strong> {k.title}
              {k.ownMeasure &&
                ` · jämförs med ${OWN_MEASURES[k.ownMeasure as keyof typeof OWN_MEASURES]?.label ?? k.ownMeasure}`}
              {' · '}
              {formatInteger(k.values)} värden
              {!k.titleVerified && (
                <>
                  {' '}
                  <span className="badge badge--warn">Titel overifierad</span>
                </>
              )}
            </summary>
            <KoladaKpiForm kpi={k} options={options} />
            <RemoveKoladaKpiForm id={k.id} />
          </details>
        ))}
        <details className="card">
          <summary>Lägg till nyckeltal</summary>
          <KoladaKpiForm kpi={null} options={options} />
        </details>
      </section>
    </div>
  );
}
