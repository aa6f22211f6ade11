'use client';

import { useId, useState } from 'react';
import type { FigureBinding } from '@/lib/plans/document';

export type FigureChoices = {
  measures: { value: string; label: string }[];
  departments: string[];
  years: number[];
};

const EMPLOYMENT_FORMS = [
  { value: '', label: 'Alla anställningsformer' },
  { value: 'permanent', label: 'Tillsvidareanställda' },
  { value: 'fixedTerm', label: 'Visstidsanställda' },
];

/** "Infoga siffra": pick a measure, optionally a department and employment form, and a year. */
export function InsertFigure({ choices, onInsert }: { choices: FigureChoices; onInsert: (b: FigureBinding) => void }) {
  const [open, setOpen] = useState(false);
  const [measure, setMeasure] = useState(choices.measures[0]?.value ?? '');
  const [department, setDepartment] = useState('');
  const [employmentForm, setEmploymentForm] = useState('');
  const [year, setYear] = useState(String(choices.years[0] ?? ''));
  const id = useId();
  if (choices.measures.length === 0 || choices.years.length === 0) {
    return <p className="muted">Det finns ingen statistik att infoga ännu.</p>;
  }
  return (
    <div className="insert-figure">
      <button type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        Infoga siffra
      </button>
      {open && (
        <fieldset className="insert-figure__panel">
          <legend>Siffra ur statistiken</legend>
          <label htmlFor={`${id}-m`}>Mått</label>
          <select id={`${id}-m`} value={measure} onChange={(e) => setMeasure(e.target.value)}>
            {choices.measures.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-d`}>Avdelning</label>
          <select id={`${id}-d`} value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">Hela förvaltningen</option>
            {choices.departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          {measure === 'headcount' && (
            <>
              <label htmlFor={`${id}-e`}>Anställningsform</label>
              <select id={`${id}-e`} value={employmentForm} onChange={(e) => setEmploymentForm(e.target.value)}>
                {EMPLOYMENT_FORMS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={`${id}-y`}>År</label>
          <select id={`${id}-y`} value={year} onChange={(e) => setYear(e.target.value)}>
            {choices.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            onClick={() => {
              const dimensions: Record<string, string> = {};
              if (department) dimensions.department = department;
              if (measure === 'headcount' && employmentForm) dimensions.employmentForm = employmentForm;
              onInsert({ measure, year: Number(year), dimensions });
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
