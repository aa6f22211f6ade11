import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ImportForm } from '@/components/statistics/import-form';
import { TableScroll } from '@/components/ui/table-scroll';
import { TurnoverDefinitionForm } from '@/components/statistics/turnover-definition-form';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime, formatInteger } from '@/lib/format';
import { IMPORT_GROUPS, MEASURE_GROUPS } from '@/lib/statistics/import';
import { getTurnoverDefinition, listImportHistory } from '@/lib/statistics/import/service';

export const metadata: Metadata = { title: 'Importera statistik' };

export default async function ImportPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'import:statistics');
  const [history, turnoverDefinition] = await Promise.all([
    listImportHistory(org.access),
    getTurnoverDefinition(org.access),
  ]);
  const groups = MEASURE_GROUPS.map((g) => ({ value: g, label: IMPORT_GROUPS[g].label }));
  return (
    <div className="stack">
      <p>
        <Link href={`/${org.slug}/statistik`}>← Personalstatistik</Link>
      </p>
      <h1>Importera statistik</h1>
      <p className="lead">
        Läs in årets siffror från beslutstöd eller medarbetarenkäten. Filen kontrolleras först; ingenting sparas förrän
        du bekräftat, och ingenting sparas alls om någon rad är felaktig.
      </p>
      <ImportForm orgSlug={org.slug} groups={groups} />

      <section aria-labelledby="format">
        <h2 id="format">Filformat och mallar</h2>
        <p>
          En fil innehåller en sorts statistik. Första raden är rubriker; kolumnernas ordning spelar ingen roll.
          Decimaler skrivs med komma eller punkt. Ladda ner en mall och fyll i den.
        </p>
        {MEASURE_GROUPS.map((g) => {
          const definition = IMPORT_GROUPS[g];
          return (
            <details key={g} className="card">
              <summary>
                <strong>{definition.label}</strong>
              </summary>
              <p>{definition.description}</p>
              <p>
                Mall:{' '}
                <a href={`/${org.slug}/statistik/import/mall/${g}?format=csv`} download>
                  CSV
                </a>{' '}
                ·{' '}
                <a href={`/${org.slug}/statistik/import/mall/${g}?format=xlsx`} download>
                  XLSX
                </a>
              </p>
              <TableScroll label={`Kolumner för ${definition.label}`}>
                <table>
                  <caption className="visually-hidden">Kolumner för {definition.label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Kolumn</th>
                      <th scope="col">Krävs</th>
                      <th scope="col">Innehåll</th>
                    </tr>
                  </thead>
                  <tbody>
                    {definition.columns.map((c) => (
                      <tr key={c.key}>
                        <th scope="row">{c.header}</th>
                        <td>{c.required ? 'Ja' : 'Nej'}</td>
                        <td>{c.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
          );
        })}
      </section>

      <section aria-labelledby="definitioner">
        <h2 id="definitioner">Definitioner</h2>
        <TurnoverDefinitionForm orgSlug={org.slug} definition={turnoverDefinition} />
      </section>

      <section aria-labelledby="historik">
        <h2 id="historik">Importhistorik</h2>
        {history.length === 0 ? (
          <p>Inga importer ännu.</p>
        ) : (
          <TableScroll label="Importhistorik">
            <table>
              <caption className="visually-hidden">Importhistorik</caption>
              <thead>
                <tr>
                  <th scope="col">Tid</th>
                  <th scope="col">Vem</th>
                  <th scope="col">Fil</th>
                  <th scope="col">Innehåll</th>
                  <th scope="col">Kontrollsumma</th>
                  <th scope="col" className="num">
                    Rader
                  </th>
                  <th scope="col" className="num">
                    Ersatta värden
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id}>
                    <td>{formatDateTime(h.createdAt)}</td>
                    <td>{h.user}</td>
                    <td>{h.fileName}</td>
                    <td>{h.group}</td>
                    <td>
                      <code title={h.checksum}>{h.checksum.slice(0, 12)}…</code>
                    </td>
                    <td className="num">{formatInteger(h.rowCount)}</td>
                    <td className="num">{formatInteger(h.replacedCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
