import type { ReactNode } from 'react';

/** A headline figure with its label, and the definition or comparison beneath it. */
export function KeyFigure({ label, value, note }: { label: string; value: ReactNode; note?: ReactNode }) {
  return (
    <div className="card">
      <p className="figure__label">{label}</p>
      <p className="figure__value">{value}</p>
      {note && <p className="figure__note">{note}</p>}
    </div>
  );
}
