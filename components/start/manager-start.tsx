import { ActivityTable } from '@/components/activity-table';
import { NoDepartment } from '@/components/no-department';
import { KeyFigure } from '@/components/ui/key-figure';
import type { ActivitySummary } from '@/lib/activities/queries';
import { type FollowUpPeriodRef, periodLabel } from '@/lib/activities/periods';
import { formatInteger } from '@/lib/format';

export function ManagerStart({
  departments,
  period,
  activities,
}: {
  /** null: the manager has no department yet (nothing to follow up). */
  departments: string[] | null;
  period: FollowUpPeriodRef;
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
  const due = activities.filter((a) => a.needsFollowUp);
  const rest = activities.filter((a) => !a.needsFollowUp);
  return (
    <div className="stack">
      <h1>Mina aktiviteter</h1>
      <p className="lead">
        {departments.join(', ')} · uppföljning för {periodLabel(period).toLowerCase()}
      </p>
      <div className="grid">
        <KeyFigure label="Aktiviteter i din avdelning" value={formatInteger(activities.length)} />
        <KeyFigure
          label={`Behöver följas upp (${periodLabel(period)})`}
          value={formatInteger(due.length)}
          note="Aktiviteter som inte är avslutade och saknar uppföljning för perioden"
        />
      </div>
      <section aria-labelledby="att-folja-upp">
        <h2 id="att-folja-upp">Att följa upp</h2>
        {due.length === 0 ? (
          <p>Alla aktiviteter är uppföljda för perioden.</p>
        ) : (
          <ActivityTable activities={due} caption={`Aktiviteter som behöver följas upp – ${periodLabel(period)}`} />
        )}
      </section>
      <section aria-labelledby="ovriga">
        <h2 id="ovriga">Uppföljda eller avslutade</h2>
        <ActivityTable activities={rest} caption="Övriga aktiviteter" />
      </section>
    </div>
  );
}
