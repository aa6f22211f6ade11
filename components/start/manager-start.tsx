import { Link } from '@/components/ui/link';
import { ActivityTable } from '@/components/activity-table';
import { NoDepartment } from '@/components/no-department';
import { KeyFigure } from '@/components/ui/key-figure';
import type { ActivitySummary } from '@/lib/activities/queries';
import { periodLabel } from '@/lib/activities/periods';
import type { Worklist } from '@/lib/activities/worklist';
import { formatInteger } from '@/lib/format';

/**
 * The manager's start page. The "behöver följas upp" count comes from the same worklist as "Mina aktiviteter"
 * (lib/activities/worklist.ts), so the two always agree.
 */
export function ManagerStart({
  orgSlug,
  departments,
  worklist,
  activities,
}: {
  orgSlug: string;
  /** null: the manager has no department yet (nothing to follow up). */
  departments: string[] | null;
  worklist: Worklist;
  activities: ActivitySummary[];
}) {
  if (departments === null) {
    return (
      <div className="stack">
        <h1>Mina aktiviteter</h1>
        <NoDepartment what="inga aktiviteter att följa upp och ingen statistik" />
      </div>
    );
  }
  const label = periodLabel(worklist.period);
  const missing = new Set(worklist.items.filter((i) => !i.current).map((i) => i.id));
  const due = activities.filter((a) => missing.has(a.id));
  const rest = activities.filter((a) => !missing.has(a.id));
  return (
    <div className="stack">
      <h1>Mina aktiviteter</h1>
      <p className="lead">
        {departments.join(', ')} · uppföljning för {label.toLowerCase()}
      </p>
      <div className="grid">
        <KeyFigure label="Aktiviteter i din avdelning" value={formatInteger(activities.length)} />
        <KeyFigure
          label={`Behöver följas upp (${label})`}
          value={formatInteger(worklist.missing)}
          note="Aktiviteter som inte är avslutade och saknar uppföljning för perioden"
        />
      </div>
      {worklist.items.length > 0 && (
        <p>
          <Link className="button" href={`/${orgSlug}/aktiviteter/mina`}>
            {worklist.missing > 0 ? 'Följ upp dina aktiviteter' : 'Se dina uppföljningar'}
          </Link>
        </p>
      )}
      <section aria-labelledby="att-folja-upp">
        <h2 id="att-folja-upp">Att följa upp</h2>
        {worklist.missing === 0 ? (
          <p>Alla aktiviteter är uppföljda för perioden.</p>
        ) : (
          <ActivityTable activities={due} caption={`Aktiviteter som behöver följas upp – ${label}`} />
        )}
      </section>
      <section aria-labelledby="ovriga">
        <h2 id="ovriga">Uppföljda eller avslutade</h2>
        <ActivityTable activities={rest} caption="Övriga aktiviteter" />
      </section>
    </div>
  );
}
