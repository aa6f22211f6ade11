import { Link } from '@/components/ui/link';
import type { RegisterFilters } from '@/lib/activities/register-model';
import { WHOLE_ORGANIZATION } from '@/lib/activities/register-model';
import type { Register } from '@/lib/plans/activity-register';
import { DISPLAY_STATUSES, STATUS_LABELS } from '@/lib/activities/status';

/** A plain GET form: filters live in the address, so a filtered register can be linked to (the coverage matrix does). */
export function RegisterFilterForm({
  orgSlug,
  register,
  filters,
}: {
  orgSlug: string;
  register: Register;
  filters: RegisterFilters;
}) {
  const phases = register.plan?.mergeRecruitIntroduce
    ? register.phases.flatMap((p) =>
        p.key === 'INTRODUCERA'
          ? []
          : p.key === 'REKRYTERA'
            ? [{ key: 'REKRYTERA_INTRODUCERA', name: 'Rekrytera och introducera' }]
            : [p],
      )
    : register.phases;
  return (
    <form method="get" className="filter-bar card" aria-label="Välj plan och filtrera aktiviteter">
      <div className="form-field">
        <label htmlFor="f-plan">Plan</label>
        <select id="f-plan" name="plan" defaultValue={register.plan?.id}>
          {register.plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title} ({p.statusText.toLowerCase()})
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="f-fas">UBARA-fas</label>
        <select id="f-fas" name="fas" defaultValue={filters.phase ?? ''}>
          <option value="">Alla faser</option>
          {phases.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="f-strategi">SKR-strategi</label>
        <select id="f-strategi" name="strategi" defaultValue={filters.strategy ?? ''}>
          <option value="">Alla strategier</option>
          {register.strategies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="f-avdelning">Avdelning</label>
        <select id="f-avdelning" name="avdelning" defaultValue={filters.department ?? ''}>
          <option value="">Alla avdelningar</option>
          <option value={WHOLE_ORGANIZATION}>Hela förvaltningen</option>
          {register.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="f-status">Status</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ''}>
          <option value="">Alla statusar</option>
          {DISPLAY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="f-ansvarig">Ansvarig</label>
        <input id="f-ansvarig" name="ansvarig" defaultValue={filters.owner ?? ''} maxLength={100} />
      </div>
      <div className="form-field">
        <button type="submit" className="button button--secondary">
          Visa
        </button>
        <Link href={`/${orgSlug}/aktiviteter${register.plan ? `?plan=${register.plan.id}` : ''}`}>Rensa filter</Link>
      </div>
    </form>
  );
}
