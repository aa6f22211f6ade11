import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { formatDate, formatInteger } from '@/lib/format';
import { MEETING_TYPE_LABELS } from '@/lib/review/protocol';
import { listMeetings } from '@/lib/review/queries';

export const metadata: Metadata = { title: 'Samverkan' };

export default async function ReviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'review:ask') || can(access, 'review:answer'), 'review');
  const meetings = await listMeetings(access);
  return (
    <div className="stack">
      <h1>Samverkan</h1>
      <p className="lead">
        {can(access, 'manage:review')
          ? 'Möten där planen samverkas: de fackliga ombudens frågor, arbetsgivarens svar och protokollet.'
          : 'Möten din fackliga organisation är inbjuden till: läs planen som skickats, ställ frågor och läs svaren.'}
      </p>
      {can(access, 'manage:review') && (
        <p>
          <Link className="button" href={`/${slug}/samverkan/nytt`}>
            Nytt möte
          </Link>
        </p>
      )}
      {meetings.length === 0 ? (
        <p>Inga samverkansmöten ännu.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Samverkansmöten</caption>
            <thead>
              <tr>
                <th scope="col">Möte</th>
                <th scope="col">Datum</th>
                <th scope="col">Typ</th>
                <th scope="col">Plan</th>
                <th scope="col">Inbjudna</th>
                <th scope="col">Frågor (öppna)</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link href={`/${slug}/samverkan/${m.id}`}>{m.name}</Link>
                  </td>
                  <td className="nowrap">{formatDate(m.date)}</td>
                  <td>{MEETING_TYPE_LABELS[m.type]}</td>
                  <td>{m.planTitle ?? 'Ingen plan skickad ännu'}</td>
                  <td>{m.unions.join(', ')}</td>
                  <td>
                    {formatInteger(m.questionCount)} ({formatInteger(m.openCount)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
