import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PlanTable } from '@/components/start/hr-start';
import { can } from '@/lib/auth/permissions';
import { requireOrg } from '@/lib/auth/session';
import { forbiddenUnless } from '@/lib/auth/guards';
import { listPlans } from '@/lib/plans/queries';

export const metadata: Metadata = { title: 'Planen' };

export default async function PlansPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const context = await requireOrg(slug);
  await forbiddenUnless(
    context,
    can(context.org.access, 'read:plan:draft') || can(context.org.access, 'read:plan:published'),
    'read:plan',
  );
  const plans = await listPlans(context.org.access);
  return (
    <div className="stack">
      <h1>Kompetensförsörjningsplaner</h1>
      <p className="lead">Varje plan har ett treårsperspektiv och bifogas nämndens budget.</p>
      {can(context.org.access, 'edit:plan') && (
        <p>
          <Link className="button" href={`/${context.org.slug}/plan/ny`}>
            Ny plan
          </Link>
        </p>
      )}
      <PlanTable orgSlug={context.org.slug} plans={plans} />
    </div>
  );
}
