import { TableScroll } from '@/components/ui/table-scroll';
import { auditActionLabel, auditChanges } from '@/lib/admin/audit-labels';
import { formatDateTime } from '@/lib/format';

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  userEmail: string | null;
  organization: string | null;
  entity: string | null;
  details: unknown;
};

export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return (
    <TableScroll label="Logg">
      <table>
        <caption className="visually-hidden">Händelser, nyaste först</caption>
        <thead>
          <tr>
            <th scope="col">Tid</th>
            <th scope="col">Vem</th>
            <th scope="col">Händelse</th>
            <th scope="col">Gäller</th>
            <th scope="col">Ändring (före → efter)</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const changes = auditChanges(e.details);
            return (
              <tr key={e.id}>
                <td>{formatDateTime(e.createdAt)}</td>
                <td>{e.userEmail ?? 'Okänd (ej inloggad)'}</td>
                <td>
                  {auditActionLabel(e.action)}
                  {e.organization && <div className="muted">{e.organization}</div>}
                </td>
                <td>{e.entity ?? '–'}</td>
                <td>
                  {changes.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="list-plain">
                      {changes.map((c) => (
                        <li key={c.field}>
                          <strong>{c.field}:</strong> {c.before ? <>{c.before} → </> : null}
                          {c.after}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
