import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { DocumentView } from '@/components/plans/document-view';
import { FrozenActivities } from '@/components/plans/frozen-activities';
import { FrozenRegisters } from '@/components/plans/frozen-registers';
import { DownloadGroup } from '@/components/export/download-group';
import { StatusActions } from '@/components/plans/status-actions';
import { can } from '@/lib/auth/permissions';
import { forbiddenUnless } from '@/lib/auth/guards';
import { requireOrg } from '@/lib/auth/session';
import { pdfRendererAvailable } from '@/lib/export/plan-pdf';
import { formatDate } from '@/lib/format';
import { inForceText } from '@/lib/plans/in-force';
import { PLAN_STATUS_LABELS } from '@/lib/plans/queries';
import { parsePlanYearParam } from '@/lib/plans/schemas';
import { SNAPSHOT_KIND_LABELS, loadPlanReading } from '@/lib/plans/reading';
import { meetingsForPlan } from '@/lib/review/queries';
import { notFoundUnlessAddressable } from '@/lib/route-params';

type Params = Promise<{ org: string; year: string }>;
type Search = Promise<{ version?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org: slug, year } = await params;
  notFoundUnlessAddressable({ year });
  const { org } = await requireOrg(slug);
  const startYear = parsePlanYearParam(year);
  const reading = startYear === null ? null : await loadPlanReading(org.access, startYear, null);
  return { title: reading ? `${reading.plan.title} – ${org.name}` : 'Plan' };
}

export default async function PlanPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { org: slug, year } = await params;
  notFoundUnlessAddressable({ year });
  const { version } = await searchParams;
  const context = await requireOrg(slug);
  const access = context.org.access;
  await forbiddenUnless(context, can(access, 'read:plan:draft') || can(access, 'read:plan:published'), 'read:plan');
  const startYear = parsePlanYearParam(year);
  if (startYear === null) notFound();
  const reading = await loadPlanReading(access, startYear, typeof version === 'string' ? version : null);
  if (!reading) notFound();
  const { plan, snapshot, tables, sections, figures, snapshots, contradictions } = reading;
  const meetings = await meetingsForPlan(access, plan.id);
  const editable = can(access, 'edit:plan') && !snapshot && plan.status !== 'ADOPTED';
  const base = `/${slug}/plan/${plan.startYear}`;
  // The downloads are of the version shown; without Chromium the group says PDF cannot be made just now.
  const downloadQuery = snapshot && version === snapshot.id ? `?version=${encodeURIComponent(snapshot.id)}` : '';
  const pdfAvailable = pdfRendererAvailable();
  return (
    <article className="plan-document">
      <h1>{plan.title}</h1>
      <p className="lead">
        {plan.startYear}–{plan.endYear} · <span className="badge badge--info">{PLAN_STATUS_LABELS[plan.status]}</span> ·
        version {snapshot ? snapshot.planVersion : plan.planVersion}
        {plan.inForce && (
          <>
            {' '}
            · <span className="badge badge--ok">{inForceText(plan.inForce)}</span>
          </>
        )}
      </p>
      <DownloadGroup
        links={[
          { label: 'Word (.docx)', href: `${base}/word${downloadQuery}` },
          ...(pdfAvailable ? [{ label: 'PDF', href: `${base}/pdf${downloadQuery}` }] : []),
        ]}
        note={
          pdfAvailable ? undefined : 'PDF kan inte skapas på den här servern just nu. Word-filen går att ladda ner.'
        }
      />
      {snapshot && (
        <p className="alert alert--info">
          Fryst version: {SNAPSHOT_KIND_LABELS[snapshot.kind]} {formatDate(snapshot.createdAt)}
          {snapshot.authorName ? ` av ${snapshot.authorName}` : ''}.{' '}
          {tables?.gaps
            ? 'Siffrorna, aktiviteterna, kompetensgapen och riskbedömningen'
            : tables
              ? 'Siffrorna och aktiviteterna'
              : 'Siffrorna'}{' '}
          visas som de var då.
          {can(access, 'read:plan:draft') && (
            <>
              {' '}
              <Link href={base}>Visa aktuell plan</Link>
            </>
          )}
        </p>
      )}
      {plan.status === 'ADOPTED' && plan.decisionDate && (
        <p>
          Fastställd {formatDate(plan.decisionDate)}
          {plan.decisionReference ? `, ${plan.decisionReference}` : ''}
          {plan.diarienummer ? `, dnr ${plan.diarienummer}` : ''}.
        </p>
      )}
      {meetings.length > 0 && (
        <p className="no-print">
          Samverkan:{' '}
          {meetings.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ', '}
              <Link href={`/${slug}/samverkan/${m.id}`}>
                {m.name} {formatDate(m.date)}
              </Link>
            </span>
          ))}
        </p>
      )}
      {can(access, 'edit:plan') && !snapshot && <StatusActions orgSlug={slug} plan={plan} />}
      {editable && (
        <p className="no-print">
          <Link href={`${base}/avsnitt`}>Hantera avsnitt</Link> (lägg till, ta bort, flytta, ägare och avdelning)
        </p>
      )}
      {!snapshot && can(access, 'read:activity') && (
        <p className="no-print">
          <Link href={`/${slug}/kompetensbehov/${plan.startYear}/kompetensgap`}>Kompetensgap</Link> ·{' '}
          <Link href={`/${slug}/kompetensbehov/${plan.startYear}/risker`}>Riskbedömning</Link>
        </p>
      )}
      {editable && contradictions.length > 0 && (
        <section className="card no-print" aria-labelledby="kontroll">
          <h2 id="kontroll">Kontroll av siffror</h2>
          <p>Siffror skrivna för hand som inte stämmer med statistiken. Infoga gärna en levande siffra i stället.</p>
          <ul>
            {contradictions.map((c, i) => (
              <li key={i}>
                {c.sectionTitle}: {c.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {snapshots.length > 0 && (
        <details className="card no-print">
          <summary>Versioner ({snapshots.length})</summary>
          <ul>
            {snapshots.map((s) => (
              <li key={s.id}>
                <Link href={`${base}?version=${s.id}`} aria-current={snapshot?.id === s.id ? 'page' : undefined}>
                  {SNAPSHOT_KIND_LABELS[s.kind]} {formatDate(s.createdAt)}, version {s.planVersion}
                </Link>
                {s.authorName ? ` – ${s.authorName}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.focusStrategies.length > 0 && (
        <section className="card" aria-labelledby="fokus">
          <h2 id="fokus">Fokus bland SKR:s strategier</h2>
          <ul>
            {plan.focusStrategies.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      )}
      <nav aria-labelledby="innehall-rubrik" className="card plan-toc">
        <h2 id="innehall-rubrik">Innehåll</h2>
        <ol>
          {sections.map((s, i) => (
            <li key={s.id}>
              <a href={`#avsnitt-${i + 1}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section, i) => (
        <section key={section.id} id={`avsnitt-${i + 1}`} className="plan-section" aria-labelledby={`rubrik-${i + 1}`}>
          <h2 id={`rubrik-${i + 1}`}>{section.title}</h2>
          {(section.departmentName || section.ownerName) && (
            <p className="muted plan-section__meta">
              {section.departmentName ? `Avdelning: ${section.departmentName}. ` : ''}
              {section.ownerName ? `Ansvarig: ${section.ownerName}.` : ''}
            </p>
          )}
          {editable && (
            <p className="no-print plan-section__actions">
              <Link href={`${base}/avsnitt/${section.id}`} aria-label={`Redigera ${section.title}`}>
                Redigera
              </Link>{' '}
              ·{' '}
              <Link href={`${base}/avsnitt/${section.id}/historik`} aria-label={`Historik för ${section.title}`}>
                Historik
              </Link>
            </p>
          )}
          <DocumentView
            doc={section.body}
            figures={figures}
            idPrefix={`avsnitt-${i + 1}`}
            sourceHref={(f) => `/${slug}/statistik?ar=${f.binding.year}`}
          />
        </section>
      ))}
      {snapshot && <FrozenActivities tables={tables} headingId="frysta-aktiviteter" />}
      {snapshot && <FrozenRegisters tables={tables} idPrefix="frysta" />}
    </article>
  );
}
