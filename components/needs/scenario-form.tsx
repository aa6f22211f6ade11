import { Link } from '@/components/ui/link';
import { LEVERS, SKR_PRESETS } from '@/lib/needs/scenarios';
import type { LeverFields } from '@/lib/needs/schemas';
import { RETIREMENT_AGES } from '@/lib/needs/retirement-age';

type Errors = Record<string, string[]>;

function Field({
  id,
  label,
  name,
  value,
  errors,
  help,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  errors: Errors;
  help?: string;
}) {
  const error = errors[name]?.[0];
  const described = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} className="muted">
          {help}
        </p>
      )}
      <input
        id={id}
        name={name}
        inputMode="decimal"
        defaultValue={value ?? ''}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

const strategyOf = (key: keyof typeof LEVERS) =>
  LEVERS[key].strategy ? `SKR-strategi: ${LEVERS[key].strategy}.` : undefined;

/**
 * The levers as a GET form: "Beräkna scenario" recomputes the page without writing anything. The retirement-age
 * setting travels along so one form never drops the other's choice.
 */
export function ScenarioForm({
  base,
  fields,
  errors,
  retirementFields,
  occupations,
}: {
  base: string;
  fields: LeverFields;
  errors: Errors;
  retirementFields: Record<string, string>;
  occupations: string[];
}) {
  const retirementQuery = new URLSearchParams(retirementFields).toString();
  return (
    <section className="card stack" aria-labelledby="scenarier">
      <h2 id="scenarier">Scenarier</h2>
      <p className="muted">
        Välj spakar och beräkna: scenariot visas bredvid grundprognosen. SKR:s två spakar är ett klick var.
      </p>
      <p className="page-actions">
        {SKR_PRESETS.map((p) => (
          <Link key={p.key} className="button button--secondary" href={`${base}?preset=${p.key}&${retirementQuery}`}>
            {p.name}
          </Link>
        ))}{' '}
        <Link className="button button--link" href={`${base}?${retirementQuery}`}>
          Nytt scenario
        </Link>
      </p>
      <form method="get" action={base} className="stack" aria-label="Scenario">
        {Object.entries(retirementFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset>
          <legend>{LEVERS.fullTime.label}</legend>
          <p className="muted" id="heltid-help">
            {strategyOf('fullTime')} Deltidsanställda antas arbeta 75 % av heltid (30 av 40 timmar).
          </p>
          <div className="form-field">
            <label htmlFor="fullTime">Hur</label>
            <select id="fullTime" name="fullTime" defaultValue={fields.fullTime ?? ''} aria-describedby="heltid-help">
              <option value="">Ingen ändring</option>
              <option value="hours">Deltidsanställda arbetar fler timmar i veckan</option>
              <option value="share">Andel som arbetar heltid (%)</option>
            </select>
            {errors.fullTime && <p className="field-error">{errors.fullTime[0]}</p>}
          </div>
          <Field
            id="fullTimeValue"
            label="Timmar i veckan eller andel heltid (%)"
            name="fullTimeValue"
            value={fields.fullTimeValue}
            errors={errors}
          />
        </fieldset>
        <fieldset>
          <legend>{LEVERS.laterRetirement.label}</legend>
          <p className="muted" id="pension-help">
            {strategyOf('laterRetirement')}
          </p>
          <div className="form-field">
            <label htmlFor="laterRetirement">Pensionering</label>
            <select
              id="laterRetirement"
              name="laterRetirement"
              defaultValue={fields.laterRetirement ?? ''}
              aria-describedby="pension-help"
            >
              <option value="">Ingen ändring</option>
              <option value="1">1 år senare</option>
              <option value="2">2 år senare</option>
              <option value="66">Ingen går i pension före 66 år</option>
            </select>
            {errors.laterRetirement && <p className="field-error">{errors.laterRetirement[0]}</p>}
          </div>
        </fieldset>
        <fieldset>
          <legend>{LEVERS.lowerTurnover.label}</legend>
          <Field
            id="turnoverPoints"
            label="Minskning i procentenheter"
            name="turnoverPoints"
            value={fields.turnoverPoints}
            errors={errors}
            help={strategyOf('lowerTurnover')}
          />
          <div className="form-field">
            <label htmlFor="turnoverOccupation">Befattning</label>
            <select id="turnoverOccupation" name="turnoverOccupation" defaultValue={fields.turnoverOccupation ?? ''}>
              <option value="">Alla befattningar</option>
              {occupations.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>{LEVERS.efficiency.label}</legend>
          <Field
            id="efficiencyPercent"
            label="Minskat behov i procent"
            name="efficiencyPercent"
            value={fields.efficiencyPercent}
            errors={errors}
            help={strategyOf('efficiency')}
          />
        </fieldset>
        <fieldset>
          <legend>{LEVERS.staffingRatio.label}</legend>
          <Field
            id="staffingMultiplier"
            label="Bemanningstal jämfört med i dag (1 = oförändrat, 1,1 = 10 % fler)"
            name="staffingMultiplier"
            value={fields.staffingMultiplier}
            errors={errors}
            help="Verkar på volymförändringen."
          />
        </fieldset>
        <div>
          <button type="submit" className="button">
            Beräkna scenario
          </button>
        </div>
      </form>
    </section>
  );
}

/** The retirement-age setting (GET): per cent leaving at each age 65–69; the levers travel along. */
export function RetirementAgeForm({
  base,
  fields,
  error,
  leverFields,
  describedAs,
}: {
  base: string;
  fields: Record<string, string>;
  error: string | null;
  leverFields: LeverFields;
  describedAs: string;
}) {
  return (
    <section className="card stack" aria-labelledby="pensionsalder">
      <h2 id="pensionsalder">Pensionsålder</h2>
      <p className="muted" id="pensionsalder-help">
        Andel som går i pension vid varje ålder (tillsammans 100 %). Standardantagande: 50 % vid 65, 20 % vid 66, 15 %
        vid 67, 10 % vid 68 och 5 % vid 69. Nu: {describedAs}.
      </p>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <form method="get" action={base} className="inline-form" aria-label="Pensionsålder">
        {Object.entries(leverFields)
          .filter(([, v]) => v)
          .map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
        {RETIREMENT_AGES.map((age) => (
          <div key={age} className="form-field">
            <label htmlFor={`pension${age}`}>{age} år (%)</label>
            <input
              id={`pension${age}`}
              name={`pension${age}`}
              inputMode="decimal"
              size={5}
              defaultValue={fields[`pension${age}`] ?? ''}
              aria-describedby="pensionsalder-help"
              aria-invalid={error ? true : undefined}
            />
          </div>
        ))}
        <div>
          <button type="submit" className="button button--secondary">
            Räkna om
          </button>
        </div>
      </form>
    </section>
  );
}
