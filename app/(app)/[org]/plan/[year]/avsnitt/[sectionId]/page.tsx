import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EditorLoader } from '@/components/plans/editor/editor-loader';
import { Presence } from '@/components/plans/presence';
import { requirePermission } from '@/lib/auth/session';
import { loadSectionForEditing } from '@/lib/plans/editing';
import { ADOPTED_LOCKED } from '@/lib/plans/guards';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Redigera avsnitt' };

type Params = Promise<{ org: string; year: string; sectionId: string }>;

export default async function EditSectionPage({ params }: { params: Params }) {
  const { org: slug, year, sectionId } = await params;
  notFoundUnlessAddressable({ year, sectionId });
  const { org } = await requirePermission(slug, 'edit:plan');
  const startYear = Number(year);
  if (!Number.isInteger(startYear)) notFound();
  const data = await loadSectionForEditing(org.access, startYear, sectionId);
  if (!data) notFound();
  const { section, choices, previews } = data;
  const back = `/${slug}/plan/${startYear}`;
  return (
    <div className="stack">
      <p>
        <Link href={back}>Tillbaka till {section.plan.title}</Link> ·{' '}
        <Link href={`${back}/avsnitt/${section.id}/historik`}>Historik</Link>
      </p>
      <h1>Redigera: {section.title}</h1>
      {section.plan.status === 'ADOPTED' ? (
        <p className="alert alert--info">{ADOPTED_LOCKED}</p>
      ) : section.removedAt ? (
        <p className="alert alert--info">
          Avsnittet är borttaget. Återställ det under Hantera avsnitt för att ändra det.
        </p>
      ) : (
        <>
          <Presence orgSlug={slug} sectionId={section.id} />
          <EditorLoader
            orgSlug={slug}
            sectionId={section.id}
            title={section.title}
            version={section.version}
            body={section.body}
            choices={choices}
            previews={previews}
          />
        </>
      )}
    </div>
  );
}
