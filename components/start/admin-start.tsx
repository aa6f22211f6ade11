import { UserTable } from '@/components/user-table';
import type { UserRow } from '@/lib/admin/queries';
import type { listReferenceData } from '@/lib/admin/queries';
import { formatInteger } from '@/lib/format';
import { KeyFigure } from '@/components/ui/key-figure';

type ReferenceData = Awaited<ReturnType<typeof listReferenceData>>;

export function AdminStart({
  orgName,
  users,
  reference,
}: {
  orgName: string;
  users: UserRow[];
  reference: ReferenceData;
}) {
  const current = reference.strategySets.find((s) => s.isCurrent);
  const unverified = current?.strategies.filter((s) => !s.verified).length ?? 0;
  return (
    <div className="stack">
      <h1>Administration</h1>
      <p className="lead">{orgName}: användare och referensdata.</p>
      <div className="grid">
        <KeyFigure label="Användare i förvaltningen" value={formatInteger(users.length)} />
        <KeyFigure
          label={current ? current.name : 'SKR:s strategier'}
          value={formatInteger(current?.strategies.length ?? 0)}
          note={
            unverified ? `${unverified} namn är inte verifierade mot SKR – kontrollera dem.` : 'Alla namn verifierade'
          }
        />
        <KeyFigure label="UBARA-faser" value={formatInteger(reference.phases.length)} />
        <KeyFigure label="Fackliga organisationer" value={formatInteger(reference.unions.length)} />
      </div>
      <section aria-labelledby="anvandare">
        <h2 id="anvandare">Användare</h2>
        <UserTable users={users} />
      </section>
    </div>
  );
}
