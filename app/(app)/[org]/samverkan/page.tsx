import type { Metadata } from 'next';
import Link from 'next/link';
import { ReviewQuestions } from '@/components/review-questions';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { listPlansInReview } from '@/lib/review/queries';

export const metadata: Metadata = { title: 'Samverkan' };

export default async function ReviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'review:ask') || can(access, 'review:answer'), 'review');
  const plans = await listPlansInReview(access);
  return (
    <div className="stack">
      <h1>Samverkan</h1>
      <p className="lead">Frågor från fackliga ombud om planer under samverkan, och arbetsgivarens svar.</p>
      {plans.length === 0 && <p>Inga planer är öppna för samverkan just nu.</p>}
      {plans.map((plan) => (
        <section key={plan.id} className="card" aria-labelledby={`plan-${plan.id}`}>
          <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
          {plan.meetings.map((m) => (
            <p key={m.id}>
              {m.title}: {formatDate(m.date)}
            </p>
          ))}
          <p>
            <Link href={`/${context.org.slug}/plan/${plan.startYear}`}>Läs planen</Link>
          </p>
          <ReviewQuestions questions={plan.questions} />
        </section>
      ))}
    </div>
  );
}
