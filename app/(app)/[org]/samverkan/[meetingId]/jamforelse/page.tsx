import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { DiffView } from '@/components/plans/diff-view';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { compareForReview } from '@/lib/review/comparison';
import { loadMeeting } from '@/lib/review/queries';
import { notFoundUnlessAddressable } from '@/lib/route-params';

export const metadata: Metadata = { title: 'Efter samverkan' };

const STATUS = { same: 'Oförändrat', changed: 'Ändrat', added: 'Nytt avsnitt', removed: 'Borttaget avsnitt' } as const;

export default async function ComparisonPage({ params }: { params: Promise<{ org: string; meetingId: string }> }) {
  const { org: slug, meetingId } = await params;
  notFoundUnlessAddressable({ meetingId });
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'review:ask') || can(access, 'review:answer'), 'review');
  const meeting = await loadMeeting(access, context.viewer.id, meetingId);
  if (!meeting) notFound();
  const base = `/${slug}/samverkan/${meeting.id}`;
  const adopted = meeting.adopted?.content;
  if (!meeting.reviewed || !meeting.adopted || !adopted || !meeting.plan) {
    return (
      <div className="stack">
        <p>
          <Link href={base}>{meeting.name}</Link>
        </p>
        <h1>Efter samverkan</h1>
        <p>Planen är inte fastställd ännu. Jämförelsen visas när den fastställda versionen finns.</p>
      </div>
    );
  }
  const planHref = `/${slug}/plan/${meeting.plan.startYear}?version=${meeting.adopted.snapshotId}`;
  const sections = compareForReview(
    meeting.reviewed.content,
    adopted,
    meeting.questions.map((q) => ({
      id: q.id,
      sectionId: q.sectionId,
      union: q.union,
      text: q.question,
      quote: q.quote,
      status: q.status,
    })),
  );
  const changed = sections.filter((s) => s.status !== 'same').length;
  return (
    <div className="stack">
      <p>
        <Link href={base}>{meeting.name}</Link>
      </p>
      <h1>Efter samverkan</h1>
      <p className="lead">
        Versionen som skickades till samverkan {formatDate(meeting.reviewed.createdAt)} jämförd med den fastställda{' '}
        {formatDate(meeting.adopted.createdAt)}: {changed} av {sections.length} avsnitt har ändrats.
      </p>
      {sections.map((s, i) => (
        <section key={s.id} className="card" aria-labelledby={`jamforelse-${i + 1}`}>
          <h2 id={`jamforelse-${i + 1}`}>
            {s.title}{' '}
            <span className={`badge ${s.status === 'same' ? 'badge--info' : 'badge--warn'}`}>{STATUS[s.status]}</span>
          </h2>
          {s.titleBefore && <p className="muted">Hette vid samverkan: {s.titleBefore}</p>}
          {s.status === 'same' ? (
            <p className="muted">Texten är densamma som vid samverkan.</p>
          ) : (
            <div className="diff--lines">
              <DiffView blocks={s.blocks.filter((b) => b.status !== 'same')} label={`Ändringar i ${s.title}`} />
            </div>
          )}
          {s.questions.length > 0 && (
            <>
              <h3>Frågor om avsnittet</h3>
              <ul className="list-plain">
                {s.questions.map((q) => (
                  <li key={q.id} className="question diff--lines">
                    <p>
                      <strong>{q.union ?? 'Fackligt ombud'}:</strong> {q.text}
                    </p>
                    {q.passage?.kind === 'changed' && (
                      <p>
                        Det citerade stycket är ändrat. Så lyder det nu: <ins>{q.passage.now}</ins>
                      </p>
                    )}
                    {q.passage?.kind === 'unchanged' && <p>Det citerade stycket är oförändrat: ”{q.passage.text}”</p>}
                    {q.passage?.kind === 'removed' && <p>Stycket som citerades är borttaget ur planen.</p>}
                    <p>
                      {s.indexNow ? (
                        <Link href={`${planHref}#avsnitt-${s.indexNow}`}>Läs avsnittet som det lyder nu</Link>
                      ) : (
                        'Avsnittet finns inte kvar i den fastställda planen.'
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
