import { Link } from '@/components/ui/link';
import { ReviewQuestions } from '@/components/review-questions';
import { formatDate, formatInteger } from '@/lib/format';
import type { listPlansInReview } from '@/lib/review/queries';

type PlansInReview = Awaited<ReturnType<typeof listPlansInReview>>;

export function UnionStart({
  orgSlug,
  orgName,
  union,
  plans,
}: {
  orgSlug: string;
  orgName: string;
  union: string | null;
  plans: PlansInReview;
}) {
  return (
    <div className="stack">
      <h1>Planer under samverkan</h1>
      <p className="lead">
        {orgName}
        {union && <> · {union}</>}
      </p>
      {plans.length === 0 ? (
        <p>Inga planer är öppna för samverkan just nu.</p>
      ) : (
        plans.map((plan) => {
          const answered = plan.questions.filter((q) => q.answers.length > 0).length;
          return (
            <section key={plan.id} className="card" aria-labelledby={`plan-${plan.id}`}>
              <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
              {plan.meetings.map((m) => (
                <p key={m.id}>
                  {m.title}: {formatDate(m.date)}
                </p>
              ))}
              <p>
                {formatInteger(plan.questions.length)} frågor, {formatInteger(answered)} besvarade.{' '}
                <Link href={`/${orgSlug}/plan/${plan.startYear}`}>Läs planen</Link>
              </p>
              <h3>Frågor och svar</h3>
              <ReviewQuestions questions={plan.questions} />
            </section>
          );
        })
      )}
    </div>
  );
}
