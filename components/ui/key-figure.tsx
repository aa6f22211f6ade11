import type { ReactNode } from 'react';

/** A headline figure with its label, the definition or comparison beneath it, and where it comes from. */
export function KeyFigure({
  label,
  value,
  note,
  source,
}: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  source?: { text: string; generated: boolean };
}) {
  return (
    <div className="card">
      <p className="figure__label">{label}</p>
      <p className="figure__value">{value}</p>
      {note && <p className="figure__note">{note}</p>}
      {source && (
        <p className="figure__note">
          Källa: {source.text}
          {source.generated && (
            <>
              {' '}
              <span className="badge badge--warn">Genererad</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
