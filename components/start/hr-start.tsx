import { Link } from '@/components/ui/link';
import { KeyFigure } from '@/components/ui/key-figure';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatInteger, formatPercent } from '@/lib/format';
import { inForceText } from '@/lib/plans/in-force';
import { PLAN_STATUS_LABELS, type PlanListItem } from '@/lib/plans/queries';
import type { Figure, KeyFigures } from '@/lib/statistics/queries';

const MISSING = 'Uppgift saknas';

function percent(figure: Figure): string {
  return figure ? formatPercent(figure.value, figure.decimals) : MISSING;
}

function count(value: number | null): string {
  return value === null ? MISSING : formatInteger(value);
}

/** "Personalomsättning 2025" when a measure's latest year is not the headline year. */
function labelFor(label: string, figure: Figure, year: number): string {
  return figure && figure.year !== year ? `${label} ${figure.year}` : label;
}

function goalNote(figure: Figure, goal: Figure, lowerIsBetter: boolean): string {
  if (!figure || !goal) return 'Mål saknas';
  const met = lowerIsBetter ? figure.value <= goal.value : figure.value >= goal.value;
  return `Mål ${percent(goal)} – ${met ? 'målet nått' : 'målet inte nått'}`;
}

export function HrStart({
  orgSlug,
  orgName,
  figures,
  plans,
}: {
  orgSlug: string;
  orgName: string;
  figures: KeyFigures | null;
  plans: PlanListItem[];
}) {
  return (
    <div className="stack">
      <h1>{orgName}</h1>
      <p className="lead">Nyckeltal och planer för förvaltningen.</p>
      <section aria-labelledby="nyckeltal">
        <h2 id="nyckeltal">Nyckeltal {figures ? figures.year : ''}</h2>
        {!figures ? (
          <p>
            Ingen personalstatistik är inläst ännu.{' '}
            <Link href={`/${orgSlug}/statistik`}>Gå till personalstatistik</Link>.
          </p>
        ) : (
          <div className="grid">
            <KeyFigure
              label="Tillsvidareanställda"
              value={count(figures.permanent)}
              source={figures.sources.headcount}
              note={
                figures.permanentPrevious !== null
                  ? `Föregående år ${formatInteger(figures.permanentPrevious)}`
                  : 'Antal personer, månadsavlönade'
              }
            />
            <KeyFigure
              label="Visstidsanställda (månadsavlönade)"
              value={count(figures.fixedTerm)}
              source={figures.sources.headcount}
              note="Antal personer"
            />
            <KeyFigure
              label={labelFor('Personalomsättning', figures.turnover, figures.year)}
              value={percent(figures.turnover)}
              source={figures.sources.turnover}
              note={
                <>
                  {figures.turnoverPrevious && <>Föregående år {percent(figures.turnoverPrevious)}. </>}
                  Definition: {figures.turnoverDefinition}
                </>
              }
            />
            <KeyFigure
              label={labelFor('Sjukfrånvaro totalt', figures.sickLeave, figures.year)}
              value={percent(figures.sickLeave)}
              source={figures.sources.sickLeave}
              note={goalNote(figures.sickLeave, figures.sickLeaveGoal, true)}
            />
            {figures.shortSickLeave && (
              <KeyFigure
                label={labelFor('Korttidssjukfrånvaro (dag 1–14)', figures.shortSickLeave, figures.year)}
                value={percent(figures.shortSickLeave)}
                note={goalNote(figures.shortSickLeave, figures.shortSickLeaveGoal, true)}
              />
            )}
            <KeyFigure
              label={figures.fullTimeShareDerived ? 'Heltidsanställda (beräknat av kön)' : 'Heltidsanställda'}
              value={percent(figures.fullTimeShare)}
              source={figures.sources.fullTimeShare}
              note={`Andel av tillsvidareanställda. ${goalNote(figures.fullTimeShare, figures.fullTimeGoal, false)}`}
            />
            {figures.ami && (
              <KeyFigure
                label={`AMI – Aktivt medskapandeindex ${figures.ami.year}`}
                value={formatInteger(figures.ami.value)}
                source={figures.sources.ami}
                note={
                  figures.ami.previous !== null ? `Föregående år ${formatInteger(figures.ami.previous)}` : 'Index 0–100'
                }
              />
            )}
            {figures.retirements ? (
              <KeyFigure
                label={`Fyller 65 år ${figures.retirements.years[0]}–${figures.retirements.years.at(-1)}`}
                value={formatInteger(figures.retirements.total)}
                source={figures.sources.retirements}
                note="Möjliga pensionsavgångar; anställningen kan fortsätta till 69 år."
              />
            ) : (
              <KeyFigure
                label="Fyller 65 år de närmaste tre åren"
                value={MISSING}
                note="Ingen pensionsprognos är inläst."
              />
            )}
          </div>
        )}
      </section>
      <section aria-labelledby="planer">
        <h2 id="planer">Kompetensförsörjningsplaner</h2>
        <PlanTable orgSlug={orgSlug} plans={plans} />
      </section>
    </div>
  );
}

export function PlanTable({ orgSlug, plans }: { orgSlug: string; plans: PlanListItem[] }) {
  if (plans.length === 0) return <p>Det finns inga planer att visa.</p>;
  return (
    <TableScroll label="Planer">
      <table>
        <caption className="visually-hidden">Planer</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Avsnitt
            </th>
            <th scope="col" className="num">
              Aktiviteter
            </th>
            <th scope="col" className="num">
              Frågor i samverkan
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <td>
                <Link href={`/${orgSlug}/plan/${plan.startYear}`}>{plan.title}</Link>
              </td>
              <td>
                {PLAN_STATUS_LABELS[plan.status]}
                {plan.inForce && (
                  <>
                    , version {plan.planVersion}
                    <div>
                      <span className="badge badge--ok">{inForceText(plan.inForce)}</span>
                    </div>
                  </>
                )}
              </td>
              <td className="num">{formatInteger(plan.sectionCount)}</td>
              <td className="num">{formatInteger(plan.activityCount)}</td>
              <td className="num">{formatInteger(plan.questionCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
