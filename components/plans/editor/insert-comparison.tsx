'use client';

import { useId, useState } from 'react';
import type { DocNode } from '@/lib/plans/document';
import { type ComparisonChoice, comparisonContent } from '@/lib/kolada/plan-figure';

/**
 * "Infoga jämförelse": a sentence comparing the own figure with Stockholms stad, riket and the comparison group
 * from Kolada, as live figures that freeze with the plan's snapshot.
 */
export function InsertComparison({
  choices,
  onInsert,
}: {
  choices: ComparisonChoice[];
  onInsert: (content: DocNode[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const [kpi, setKpi] = useState(choices[0]?.kpi ?? '');
  const choice = choices.find((c) => c.kpi === kpi) ?? choices[0];
  const [year, setYear] = useState(String(choice?.years[0] ?? ''));
  const id = useId();
  if (!choice) return null;
  const years = choice.years;
  const chosenYear = years.includes(Number(year)) ? Number(year) : years[0]!;
  return (
    <div className="insert-figure">
      <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        Infoga jämförelse
      </button>
      {open && (
        <fieldset className="insert-figure__panel">
          <legend>Jämförelse från Kolada</legend>
          <label htmlFor={`${id}-k`}>Nyckeltal</label>
          <select id={`${id}-k`} value={choice.kpi} onChange={(e) => setKpi(e.target.value)}>
            {choices.map((c) => (
              <option key={c.kpi} value={c.kpi}>
                {c.title} ({c.kpi})
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-y`}>År</label>
          <select id={`${id}-y`} value={chosenYear} onChange={(e) => setYear(e.target.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <p className="muted">
            Infogas som text med levande siffror: egen siffra (där den finns), Stockholms stad
            {choice.group ? `, ${choice.group.title}` : ''} och riket. Källa: Kolada.
          </p>
          <button
            type="button"
            className="button insert-figure__insert"
            onClick={() => {
              onInsert(comparisonContent(choice, chosenYear));
              setOpen(false);
            }}
          >
            Infoga
          </button>
        </fieldset>
      )}
    </div>
  );
}
