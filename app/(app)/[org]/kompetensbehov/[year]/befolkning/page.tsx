import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { PopulationImportForm } from '@/components/needs/population-import-form';
import {
  DistrictsForm,
  RemoveEntryButton,
  StaffingRatioForm,
  VolumeChangeForm,
} from '@/components/needs/population-settings-forms';
import { ComparisonTable, ForecastTables, VolumeTable, ageLabel } from '@/components/needs/population-tables';
import { TableScroll } from '@/components/ui/table-scroll';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime, formatDecimal, formatInteger } from '@/lib/format';
import { loadPopulationOverview } from '@/lib/needs/population-queries';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Befolkningsprognos' };

type Params = Promise<{ org: string; year: string }>;
type Search = Promise<{ prognos?: string }>;

export default async function PopulationForecastPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}) {
  const { org: slug, year } = await params;
  notFoundUnlessAddressable({ year });
  // As the other Kompetensbehov pages: the roles that work on the plan (not union reps, not administrators).
  const { org } = await requirePermission(slug, 'read:plan:draft');
  const planYear = parsePlanYearParam(year);
  if (planYear === null) notFound();
  const { prognos } = await searchParams;
  const vintageYear = typeof prognos === 'string' && /^\d{4}$/.test(prognos) ? Number(prognos) : undefined;
  const overview = await loadPopulationOverview(org.access, { planYear, vintageYear });
  const canImport = can(org.access, 'import:statistics');
  const canConfigure = can(org.access, 'configure:statistics');
  const base = `/${org.slug}/kompetensbehov/${planYear}`;
  const servedNames = overview.districts.filter((d) => overview.servedDistrictIds.includes(d.id)).map((d) => d.name);
  return (
    <div className="stack">
      <p>
        <Link href={base}>← Kompetensbehov {planYear}</Link>
      </p>
      <h1>Befolkningsprognos</h1>
      <p className="lead">
        Volymförändringen i rekryteringsbehovet: hur många fler eller färre som behövs när antalet barn och äldre i
        förvaltningens stadsdelsområden {servedNames.length ? `(${servedNames.join(', ')})` : ''} förändras.
      </p>

      <section aria-labelledby="volym" className="stack">
        <h2 id="volym">
          Volymförändring {overview.planYears[0]}–{overview.planYears.at(-1)}
        </h2>
        <p className="muted">
          Behov år Y = invånare i åldersgruppen år Y × bemanningstal ÷ antal invånare. Volymförändring = behovet år Y −
          behovet basåret ({overview.volume.baseYear ?? 'året före planen'}). Med oförändrat bemanningstal blir det
          (invånare år Y − invånare basåret) × bemanningstal ÷ antal invånare. En förändring som angetts direkt används
          i stället. Saknas en uppgift visas ”saknas”, aldrig 0.
        </p>
        <VolumeTable overview={overview} />
        {overview.volume.notes.length > 0 && (
          <ul aria-label="Anmärkningar">
            {overview.volume.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="prognos" className="stack">
        <h2 id="prognos">{overview.selected ? `Prognos: ${overview.selected.label}` : 'Prognos'}</h2>
        {overview.vintages.length > 1 && (
          <nav aria-label="Välj prognos" className="subnav">
            <ul>
              {overview.vintages.map((v) => (
                <li key={v.vintageYear}>
                  <Link
                    href={`${base}/befolkning?prognos=${v.vintageYear}`}
                    aria-current={v.vintageYear === overview.selected?.vintageYear ? 'page' : undefined}
                  >
                    {v.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {overview.selected ? <ForecastTables overview={overview} /> : <p>Ingen befolkningsprognos är importerad.</p>}
        <h3>Jämförelse med föregående prognos</h3>
        <ComparisonTable overview={overview} />
        {overview.oldDistricts.length > 0 && (
          <details>
            <summary>Tidigare stadsdelsområden</summary>
            <p>
              Prognoser med tidigare indelning räknas om till dagens stadsdelsområden, så att årets prognos kan jämföras
              med fjolårets.
            </p>
            <ul>
              {overview.oldDistricts.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </details>
        )}
      </section>

      {canImport && (
        <section aria-labelledby="importera" className="stack">
          <h2 id="importera">Importera befolkningsprognos</h2>
          <PopulationImportForm orgSlug={org.slug} defaultVintageYear={planYear - 2} />
        </section>
      )}

      <section aria-labelledby="bemanningstal" className="stack">
        <h2 id="bemanningstal">Bemanningstal</h2>
        {overview.ratios.length === 0 ? (
          <p>Inga bemanningstal är angivna.</p>
        ) : (
          <TableScroll label="Bemanningstal">
            <table>
              <caption className="visually-hidden">Bemanningstal per befattning och åldersgrupp</caption>
              <thead>
                <tr>
                  <th scope="col">Befattning</th>
                  <th scope="col">Bemanningstal</th>
                  <th scope="col">Gäller från</th>
                  {canConfigure && <th scope="col">Åtgärd</th>}
                </tr>
              </thead>
              <tbody>
                {overview.ratios.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.occupation}</th>
                    <td>
                      {formatDecimal(r.staff)} per {formatInteger(r.perResidents)} invånare {ageLabel(r.ageGroup)}
                    </td>
                    <td>{r.validFrom}</td>
                    {canConfigure && (
                      <td>
                        <RemoveEntryButton
                          orgSlug={org.slug}
                          id={r.id}
                          kind="ratio"
                          label={`bemanningstalet för ${r.occupation}, ${ageLabel(r.ageGroup)} från ${r.validFrom}`}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {canConfigure && (
          <StaffingRatioForm orgSlug={org.slug} occupations={overview.occupations} planYear={planYear} />
        )}
      </section>

      <section aria-labelledby="direkt" className="stack">
        <h2 id="direkt">Förändring angiven direkt</h2>
        {overview.directChanges.length === 0 ? (
          <p>Ingen förändring är angiven direkt.</p>
        ) : (
          <TableScroll label="Förändring angiven direkt">
            <table>
              <caption className="visually-hidden">Förändring per befattning och år, angiven direkt</caption>
              <thead>
                <tr>
                  <th scope="col">Befattning</th>
                  <th scope="col">År</th>
                  <th scope="col" className="num">
                    Förändring
                  </th>
                  {canConfigure && <th scope="col">Åtgärd</th>}
                </tr>
              </thead>
              <tbody>
                {overview.directChanges.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.occupation}</th>
                    <td>{c.year}</td>
                    <td className="num">{formatDecimal(c.change)}</td>
                    {canConfigure && (
                      <td>
                        <RemoveEntryButton
                          orgSlug={org.slug}
                          id={c.id}
                          kind="change"
                          label={`förändringen för ${c.occupation} ${c.year}`}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {canConfigure && <VolumeChangeForm orgSlug={org.slug} occupations={overview.occupations} planYear={planYear} />}
      </section>

      <section aria-labelledby="omraden" className="stack">
        <h2 id="omraden">Stadsdelsområden</h2>
        {canConfigure ? (
          <DistrictsForm orgSlug={org.slug} districts={overview.districts} served={overview.servedDistrictIds} />
        ) : (
          <p>{servedNames.length ? servedNames.join(', ') : 'Inga stadsdelsområden är valda.'}</p>
        )}
      </section>

      <section aria-labelledby="importerade" className="stack">
        <h2 id="importerade">Importerade prognoser</h2>
        {overview.vintages.length === 0 ? (
          <p>Inga prognoser är importerade.</p>
        ) : (
          <ul>
            {overview.vintages.map((v) => (
              <li key={v.vintageYear}>
                {v.label}: {v.fileName}, {formatInteger(v.rowCount)} rader, importerad {formatDateTime(v.importedAt)}
                {v.importedBy ? ` av ${v.importedBy}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
