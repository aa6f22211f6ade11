import type { Metadata } from 'next';
import { CreateSsoMappingForm, RemoveSsoMappingForm } from '@/components/system/sso-mapping-forms';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { ssoConfigured } from '@/lib/env';
import { loadSsoMappings } from '@/lib/sso/queries';
import { requireSystemAdmin, systemAccessOf } from '@/lib/system/queries';

export const metadata: Metadata = { title: 'Rollkoppling' };

export default async function SsoMappingPage() {
  const viewer = await requireSystemAdmin();
  const data = await loadSsoMappings(systemAccessOf(viewer));
  return (
    <div className="stack">
      <h1>Rollkoppling</h1>
      <p className="lead">
        Vid inloggning med stadens konto bestämmer appens roller i Entra ID (anspråket roles) vad personen får göra här.
        Varje inloggning läser kopplingarna på nytt: en roll som tas bort i Entra ID försvinner här vid nästa
        inloggning. I en förvaltning som har kopplingar är roller givna för hand till den som loggar in med stadens
        konto inte bestående.
      </p>
      {!ssoConfigured() && (
        <p className="alert alert--warning">
          Inloggning med stadens konto är inte påslagen på den här servern. Kopplingarna används när den slås på.
        </p>
      )}
      {data.organizations.map((o) => (
        <section key={o.id} aria-labelledby={`rk-${o.id}`} className="card stack">
          <h2 id={`rk-${o.id}`}>{o.name}</h2>
          {o.mappings.length === 0 ? (
            <p>Inga rollkopplingar. Roller ges för hand av förvaltningens administratör.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Rollkopplingar i {o.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Värde i rollanspråket</th>
                  <th scope="col">Roll</th>
                  <th scope="col">Avdelningar eller fackförbund</th>
                  <th scope="col">
                    <span className="visually-hidden">Åtgärd</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {o.mappings.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <code>{m.claimValue}</code>
                    </td>
                    <td>{ROLE_LABELS[m.role]}</td>
                    <td>{m.union ?? (m.departments.join(', ') || '–')}</td>
                    <td>
                      <RemoveSsoMappingForm id={m.id} label={`${m.claimValue} → ${ROLE_LABELS[m.role]}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <details>
            <summary>Lägg till rollkoppling i {o.name}</summary>
            <CreateSsoMappingForm organization={o} departments={o.departments} unions={data.unions} />
          </details>
        </section>
      ))}
    </div>
  );
}
