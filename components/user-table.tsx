import { Link } from '@/components/ui/link';
import type { UserRow } from '@/lib/admin/queries';
import { formatDateTime } from '@/lib/format';
import { TableScroll } from '@/components/ui/table-scroll';

/** With `orgSlug`, each name links to the user's page under Administration. */
export function UserTable({ users, orgSlug }: { users: UserRow[]; orgSlug?: string }) {
  return (
    <TableScroll label="Användare">
      <table>
        <caption className="visually-hidden">Användare</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">E-post</th>
            <th scope="col">Roller</th>
            <th scope="col">Senast inloggad</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{orgSlug ? <Link href={`/${orgSlug}/admin/anvandare/${u.id}`}>{u.name}</Link> : u.name}</td>
              <td>{u.email}</td>
              <td>
                {u.roles.map((r, i) => (
                  <div key={i}>
                    {r.role}
                    {r.departments.length > 0 && <> – {r.departments.join(', ')}</>}
                    {r.union && <> – {r.union}</>}
                  </div>
                ))}
                {u.closedDepartments.length > 0 && (
                  <p className="badge badge--warn">
                    Stängd avdelning: {u.closedDepartments.join(', ')} – flytta chefen
                  </p>
                )}
              </td>
              <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'Aldrig'}</td>
              <td>{u.isActive ? 'Aktiv' : 'Inaktiverad'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
