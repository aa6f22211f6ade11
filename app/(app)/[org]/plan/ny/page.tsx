import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { CreatePlanForm } from '@/components/plans/create-plan-form';
import { requirePermission } from '@/lib/auth/session';
import { listPlans } from '@/lib/plans/queries';

export const metadata: Metadata = { title: 'Ny plan' };

export default async function NewPlanPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requirePermission(slug, 'edit:plan');
  const plans = await listPlans(org.access);
  // The next year without a plan; rollover offers the most recent plans first (adopted ones are the usual source).
  const latest = plans[0]?.startYear;
  const suggestedYear = latest ? latest + 1 : new Date().getFullYear() + 1;
  const sources = plans.map((p) => ({ id: p.id, title: p.title, status: p.statusText }));
  return (
    <div className="stack">
      <p>
        <Link href={`/${slug}/plan`}>Tillbaka till planerna</Link>
      </p>
      <h1>Ny plan</h1>
      <p className="lead">
        Skapa nästa kompetensförsörjningsplan för {org.name} från stadens mall eller genom att föra över en tidigare
        plan.
      </p>
      <CreatePlanForm orgSlug={slug} suggestedYear={suggestedYear} sources={sources} />
    </div>
  );
}
