import type { UserRow } from '@/lib/admin/queries';
import { formatDateTime } from '@/lib/format';
import { TableScroll } from '@/components/ui/table-scroll';

export function UserTable({ users }: { users: UserRow[] }) {
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
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                {u.roles.map((r, i) => (
                  <div key={i}>
                    {r.role}
                    {r.departments.length > 0 && <> – {r.departments.join(', ')}</>}
                    {r.union && <> – {r.union}</>}
                  </div>
                ))}
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
