import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { DownloadGroup } from '@/components/export/download-group';
import { DocumentView } from '@/components/plans/document-view';
import { FrozenActivities } from '@/components/plans/frozen-activities';
import { FrozenRegisters } from '@/components/plans/frozen-registers';
import type { Confirmation } from '@/components/ui/confirm-dialog';
import { ActionForm } from '@/components/plans/action-form';
import { KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';
import { AskForm } from '@/components/review/ask-form';
import { MeetingForm } from '@/components/review/meeting-form';
import { QuestionCard } from '@/components/review/question-card';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/format';
import { MEETING_TYPE_LABELS } from '@/lib/review/protocol';
import { listUnionOrganizations, loadMeeting } from '@/lib/review/queries';
import { speaksForInvitedUnion } from '@/lib/review/visibility';
import { addProtocolNote, sendPlanToMeeting } from '../../../_actions/review';
import { notFoundUnlessAddressable } from '@/lib/route-params';

type Params = Promise<{ org: string; meetingId: string }>;

export const metadata: Metadata = { title: 'Samverkansmöte' };

const SEND_TO_MEETING: Confirmation = {
  title: 'Skicka planen till mötet?',
  text: 'Ett utkast fryses nu: avsnitten, siffrorna och aktiviteterna som de ser ut just nu, och planen blir ”Under samverkan”. En plan som redan är under samverkan skickas i den version som frystes. De inbjudna fackliga organisationerna läser den versionen, och mötet kan inte få en annan.',
  confirmLabel: 'Skicka till samverkan',
  fields: [{ name: 'planId', label: 'Plan' }],
};

export default async function MeetingPage({ params }: { params: Params }) {
  const { org: slug, meetingId } = await params;
  notFoundUnlessAddressable({ meetingId });
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'review:ask') || can(access, 'review:answer'), 'review');
  const meeting = await loadMeeting(access, context.viewer.id, meetingId);
  if (!meeting) notFound();
  const manage = can(access, 'manage:review');
  const ask = can(access, 'review:ask') && meeting.open && meeting.reviewed !== null;
  const sections = meeting.reviewed?.content.sections ?? [];
  const sectionIds = new Set(sections.map((s) => s.id));
  const loose = meeting.questions.filter((q) => !q.sectionId || !sectionIds.has(q.sectionId));
  const base = `/${slug}/samverkan/${meeting.id}`;
  const canAnswer =
    can(access, 'review:answer') &&
    !speaksForInvitedUnion(
      access,
      meeting.unions.map((u) => u.id),
    );
  return (
    <div className="stack plan-document">
      <p>
        <Link href={`/${slug}/samverkan`}>Samverkan</Link>
      </p>
      <h1>{meeting.name}</h1>
      <dl className="summary-list">
        <dt>Datum</dt>
        <dd>{formatDate(meeting.date)}</dd>
        {meeting.place && (
          <>
            <dt>Plats</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        <dt>Typ</dt>
        <dd>{MEETING_TYPE_LABELS[meeting.type]}</dd>
        {meeting.diarienummer && (
          <>
            <dt>Diarienummer</dt>
            <dd>{meeting.diarienummer}</dd>
          </>
        )}
        <dt>Inbjudna</dt>
        <dd>{meeting.unions.map((u) => u.name).join(', ')}</dd>
      </dl>
      <p>
        <Link href={`${base}/protokoll`}>Protokollstext</Link>
        {meeting.adopted && (
          <>
            {' · '}
            <Link href={`${base}/jamforelse`}>Efter samverkan: granskad och fastställd version</Link>
          </>
        )}
      </p>
      {meeting.reviewed && <DownloadGroup links={[{ label: 'PowerPoint (.pptx)', href: `${base}/powerpoint` }]} />}
      {!meeting.open && (
        <p className="alert alert--info">Mötet har hållits. Frågorna står som de behandlades på mötet.</p>
      )}
      {manage && (
        <details className="card no-print">
          <summary>Ändra mötet</summary>
          <MeetingForm
            orgSlug={slug}
            unions={await listUnionOrganizations()}
            meeting={{
              id: meeting.id,
              version: meeting.version,
              forum: meeting.forum,
              date: formatDate(meeting.date),
              place: meeting.place,
              itemNumber: meeting.itemNumber,
              title: meeting.title,
              type: meeting.type,
              diarienummer: meeting.diarienummer,
              unionIds: meeting.unions.map((u) => u.id),
              attendees: meeting.attendees,
              adjusters: meeting.adjusters,
              negotiationConcluded: meeting.negotiationConcluded,
            }}
          />
        </details>
      )}
      {!meeting.reviewed ? (
        manage ? (
          meeting.sendablePlans.length ? (
            <section className="card" aria-labelledby="skicka">
              <h2 id="skicka">Skicka en planversion till mötet</h2>
              <p>
                Ett utkast fryses nu och blir ”Under samverkan”; en plan som redan är under samverkan skickas i den
                version som frystes.
              </p>
              <ActionForm
                action={sendPlanToMeeting}
                hidden={{ org: slug, meetingId: meeting.id }}
                submitLabel="Skicka till samverkan"
                buttonClass="button"
                className="stack"
                confirm={SEND_TO_MEETING}
              >
                <div className="form-field">
                  <label htmlFor="planId">Plan</label>
                  <KeptSelect id="planId" name="planId">
                    {meeting.sendablePlans.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title} ({p.statusText})
                      </option>
                    ))}
                  </KeptSelect>
                </div>
              </ActionForm>
            </section>
          ) : (
            <p>Det finns ingen plan att skicka: skapa ett utkast under Planen.</p>
          )
        ) : (
          <p>Arbetsgivaren har ännu inte skickat någon planversion till mötet.</p>
        )
      ) : (
        <>
          <p className="alert alert--info">
            Granskas: {meeting.reviewed.content.title}, version {meeting.reviewed.planVersion}, skickad till samverkan{' '}
            {formatDateTime(meeting.reviewed.createdAt)}. Texten, siffrorna och aktiviteterna visas som de var då.
          </p>
          <nav aria-labelledby="avsnitt-rubrik" className="card plan-toc">
            <h2 id="avsnitt-rubrik">Avsnitt</h2>
            <ol>
              {sections.map((s, i) => {
                const count = meeting.questions.filter((q) => q.sectionId === s.id).length;
                return (
                  <li key={s.id}>
                    <a href={`#avsnitt-${i + 1}`}>{s.title}</a>
                    {count ? ` (${count} ${count === 1 ? 'fråga' : 'frågor'})` : ''}
                  </li>
                );
              })}
            </ol>
          </nav>
          {sections.map((section, i) => {
            const questions = meeting.questions.filter((q) => q.sectionId === section.id);
            return (
              <section
                key={section.id}
                id={`avsnitt-${i + 1}`}
                className="plan-section"
                aria-labelledby={`rubrik-${i + 1}`}
              >
                <h2 id={`rubrik-${i + 1}`}>{section.title}</h2>
                <div id={`text-${i + 1}`}>
                  <DocumentView
                    doc={section.body}
                    figures={meeting.reviewed!.content.figures}
                    idPrefix={`avsnitt-${i + 1}`}
                    sourceHref={(f) => `/${slug}/statistik?ar=${f.binding.year}`}
                  />
                </div>
                <h3>Frågor om avsnittet ({questions.length})</h3>
                {questions.map((q) => (
                  <QuestionCard
                    key={q.id}
                    orgSlug={slug}
                    question={q}
                    sections={sections}
                    canAnswer={canAnswer}
                    open={meeting.open}
                  />
                ))}
                {ask && (
                  <AskForm
                    orgSlug={slug}
                    meetingId={meeting.id}
                    sectionId={section.id}
                    sectionTitle={section.title}
                    textId={`text-${i + 1}`}
                  />
                )}
              </section>
            );
          })}
          <FrozenActivities tables={meeting.reviewed.tables} headingId="granskade-aktiviteter" />
          <FrozenRegisters tables={meeting.reviewed.tables} idPrefix="granskade" />
        </>
      )}
      {loose.length > 0 && (
        <section aria-labelledby="ovriga">
          <h2 id="ovriga">Övriga frågor</h2>
          {loose.map((q) => (
            <QuestionCard
              key={q.id}
              orgSlug={slug}
              question={q}
              sections={sections}
              canAnswer={canAnswer}
              open={meeting.open}
            />
          ))}
        </section>
      )}
      <section className="card" aria-labelledby="anteckningar">
        <h2 id="anteckningar">Protokollsanteckningar</h2>
        {meeting.notes.length === 0 ? (
          <p>Inga protokollsanteckningar.</p>
        ) : (
          <ul className="list-plain">
            {meeting.notes.map((n) => (
              <li key={n.id}>
                <p className="muted">
                  {n.union}
                  {n.author ? ` (${n.author})` : ''} · {formatDateTime(n.createdAt)}
                </p>
                <p>{n.text}</p>
              </li>
            ))}
          </ul>
        )}
        {can(access, 'review:ask') && meeting.open && (
          <ActionForm
            action={addProtocolNote}
            hidden={{ org: slug, meetingId: meeting.id }}
            submitLabel="Begär protokollsanteckning"
            className="stack"
          >
            <div className="form-field">
              <label htmlFor="anteckning">Ert förbunds anteckning till protokollet</label>
              <KeptTextarea id="anteckning" name="text" rows={3} required maxLength={4000} />
            </div>
          </ActionForm>
        )}
      </section>
    </div>
  );
}
