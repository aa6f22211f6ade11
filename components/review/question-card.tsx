import { answerQuestion, editQuestion, setMinutes, withdrawQuestion } from '@/app/(app)/_actions/review';
import { ActionForm } from '@/components/plans/action-form';
import { KeptInput, KeptSelect, KeptTextarea } from '@/components/ui/kept-fields';
import { formatDate, formatDateTime } from '@/lib/format';
import { QUESTION_STATUS_LABELS, type ReviewQuestionView } from '@/lib/review/queries';

type Props = {
  orgSlug: string;
  question: ReviewQuestionView;
  sections: { id: string; title: string }[];
  /** HR: answer and choose what goes into the minutes. */
  canAnswer: boolean;
  /** The meeting has not yet been held: a rep may still change their own question. */
  open: boolean;
};

const BADGE = { OPEN: 'badge--warn', ANSWERED: 'badge--ok', WITHDRAWN: 'badge--danger' } as const;

/** One question with its answers and history; the forms its reader may use. */
export function QuestionCard({ orgSlug, question: q, sections, canAnswer, open }: Props) {
  const heading = `fraga-${q.id}-rubrik`;
  const latest = q.answers.at(-1);
  return (
    <article id={`fraga-${q.id}`} className="question card" aria-labelledby={heading}>
      <h4 id={heading}>
        Fråga från {q.union ?? 'fackligt ombud'}
        {q.author ? ` (${q.author})` : ''}{' '}
        <span className={`badge ${BADGE[q.status]}`}>{QUESTION_STATUS_LABELS[q.status]}</span>
      </h4>
      <p className="muted">
        Inkom {formatDateTime(q.createdAt)} · allmän handling
        {q.section ? ` · avsnitt: ${q.section}` : ''}
        {q.withdrawnAt ? ` · tillbakadragen ${formatDate(q.withdrawnAt)}` : ''}
      </p>
      {q.quote && (
        <blockquote>
          <p>{q.quote}</p>
        </blockquote>
      )}
      <p className="question__text">{q.question}</p>
      {q.answers.length === 0 ? (
        q.status !== 'WITHDRAWN' && <p className="answer muted">Ännu inte besvarad.</p>
      ) : (
        <div className="answer">
          <p className="muted">
            Arbetsgivarens svar · {formatDate(latest!.createdAt)}
            {latest!.author ? ` · ${latest!.author}` : ''}
          </p>
          <p>{latest!.answer}</p>
          {q.answers.length > 1 && (
            <details>
              <summary>Tidigare svar ({q.answers.length - 1})</summary>
              <ol>
                {q.answers.slice(0, -1).map((a, i) => (
                  <li key={i}>
                    {formatDateTime(a.createdAt)}: {a.answer}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </div>
      )}
      {q.history.length > 0 && (
        <details>
          <summary>Historik ({q.history.length} tidigare lydelser)</summary>
          <ol>
            {q.history.map((h) => (
              <li key={h.version}>
                Version {h.version}, {formatDateTime(h.createdAt)} ({QUESTION_STATUS_LABELS[h.status]}): {h.text}
                {h.quote ? ` [citat: ${h.quote}]` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
      {canAnswer && q.status !== 'WITHDRAWN' && (
        <>
          <ActionForm
            action={answerQuestion}
            hidden={{ org: orgSlug, questionId: q.id, version: q.version }}
            submitLabel="Svara"
            buttonClass="button"
            className="stack"
          >
            <div className="form-field">
              <label htmlFor={`svar-${q.id}`}>
                {latest ? 'Nytt svar (det tidigare sparas i historiken)' : 'Arbetsgivarens svar'}
              </label>
              <KeptTextarea id={`svar-${q.id}`} name="answer" rows={3} required maxLength={8000} />
            </div>
          </ActionForm>
          <ActionForm
            action={setMinutes}
            hidden={{ org: orgSlug, questionId: q.id, version: q.version }}
            submitLabel="Spara protokollsval"
          >
            <label className="checkbox-row">
              <KeptInput type="checkbox" name="inMinutes" defaultChecked={q.inMinutes} /> Frågan till protokollet
            </label>{' '}
            <label className="checkbox-row">
              <KeptInput type="checkbox" name="answerInMinutes" defaultChecked={q.answerInMinutes} /> Svaret till
              protokollet
            </label>
          </ActionForm>
        </>
      )}
      {q.own && open && q.status !== 'WITHDRAWN' && (
        <div className="stack">
          {q.status === 'OPEN' && (
            <details>
              <summary>Ändra frågan</summary>
              <ActionForm
                action={editQuestion}
                hidden={{ org: orgSlug, questionId: q.id, version: q.version }}
                submitLabel="Spara ändringen"
                className="stack"
              >
                <div className="form-field">
                  <label htmlFor={`andra-avsnitt-${q.id}`}>Avsnitt</label>
                  <KeptSelect id={`andra-avsnitt-${q.id}`} name="sectionId" defaultValue={q.sectionId ?? undefined}>
                    {sections.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.title}
                      </option>
                    ))}
                  </KeptSelect>
                </div>
                <div className="form-field">
                  <label htmlFor={`andra-${q.id}`}>Fråga</label>
                  <KeptTextarea id={`andra-${q.id}`} name="question" rows={3} defaultValue={q.question} required />
                </div>
                <div className="form-field">
                  <label htmlFor={`andra-citat-${q.id}`}>Citerat stycke (valfritt)</label>
                  <KeptTextarea id={`andra-citat-${q.id}`} name="quote" rows={2} defaultValue={q.quote ?? ''} />
                </div>
              </ActionForm>
            </details>
          )}
          <ActionForm
            action={withdrawQuestion}
            hidden={{ org: orgSlug, questionId: q.id, version: q.version }}
            submitLabel="Dra tillbaka frågan"
            buttonClass="button button--danger"
          />
        </div>
      )}
    </article>
  );
}
