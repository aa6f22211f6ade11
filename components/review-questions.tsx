import { formatDate } from '@/lib/format';
import type { ReviewQuestionView } from '@/lib/review/queries';

export function ReviewQuestions({ questions }: { questions: ReviewQuestionView[] }) {
  if (questions.length === 0) return <p>Inga frågor har ställts ännu.</p>;
  return (
    <ol className="list-plain">
      {questions.map((q) => (
        <li key={q.id}>
          <div className="question">
            <p className="muted">
              {q.union ?? 'Fackligt ombud'} · {formatDate(q.createdAt)}
              {q.section && <> · avsnitt: {q.section}</>}
              {q.status === 'WITHDRAWN' && <> · tillbakadragen</>}
            </p>
            <p>{q.question}</p>
          </div>
          {q.answers.length === 0 ? (
            <p className="answer muted">Ännu inte besvarad.</p>
          ) : (
            q.answers.map((a, i) => (
              <div className="answer" key={i}>
                <p className="muted">Arbetsgivarens svar · {formatDate(a.createdAt)}</p>
                <p>{a.answer}</p>
              </div>
            ))
          )}
        </li>
      ))}
    </ol>
  );
}
