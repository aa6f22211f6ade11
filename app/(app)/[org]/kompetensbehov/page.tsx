import { notFound, redirect } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { currentNeedsYear } from '@/lib/needs/queries';

/** "Kompetensbehov" opens on the current plan year, as "Aktiviteter" does. */
export default async function NeedsIndexPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const context = await requireOrg(slug);
  const access = context.org.access;
  // Union reps read the forecast, gaps and risks as frozen with the version sent to their meeting, not live.
  await forbiddenUnless(context, can(access, 'read:plan:draft'), 'read:plan:draft');
  const year = await currentNeedsYear(access);
  if (year === null) notFound();
  redirect(`/${context.org.slug}/kompetensbehov/${year}`);
}
