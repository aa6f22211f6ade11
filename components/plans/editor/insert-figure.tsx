'use client';

import { useId, useState } from 'react';
import type { FigureBinding } from '@/lib/plans/document';
import { type FigureAvailability, hasFigureData } from '@/lib/plans/figure-availability';
import type { ComparisonChoice } from '@/lib/kolada/plan-figure';

export type FigureChoices = {
  measures: { value: string; label: string }[];
  departments: string[];
  occupations: string[];
  years: number[];
  /** What the statistics hold: a choice without data is warned about before it is inserted. */
  availability: FigureAvailability;
  /** "Infoga jämförelse": Kolada's KPIs with stored values (insert-comparison.tsx). */
  comparisons: ComparisonChoice[];
};

/** The measures the statistics break down by occupation and by gender (DOMAIN.md). */
const BY_OCCUPATION = new Set(['headcount', 'departures', 'recruitments', 'turnover', 'retirements']);
const BY_GENDER = new Set(['headcount', 'fullTimeShare']);
const GENDERS = [
  { value: '', label: 'Alla' },
  { value: 'woman', label: 'Kvinnor' },
  { value: 'man', label: 'Män' },
];

const EMPLOYMENT_FORMS = [
  { value: '', label: 'Alla anställningsformer' },
  { value: 'permanent', label: 'Tillsvidareanställda' },
  { value: 'fixedTerm', label: 'Visstidsanställda' },
];

/**
 * "Infoga siffra": pick a measure, optionally a department, occupation, employment form and gender, and a year.
 * A choice the statistics hold nothing for is said so before it is inserted (it would read "uppgift saknas").
 */
export function InsertFigure({ choices, onInsert }: { choices: FigureChoices; onInsert: (b: FigureBinding) => void }) {
  const [open, setOpen] = useState(false);
  const [measure, setMeasure] = useState(choices.measures[0]?.value ?? '');
  const [department, setDepartment] = useState('');
  const [employmentForm, setEmploymentForm] = useState('');
  const [occupation, setOccupation] = useState('');
  const [gender, setGender] = useState('');
  const [year, setYear] = useState(String(choices.years[0] ?? ''));
  const id = useId();
  const dimensions: Record<string, string> = {};
  if (department) dimensions.department = department;
  if (measure === 'headcount' && employmentForm) dimensions.employmentForm = employmentForm;
  if (BY_OCCUPATION.has(measure) && occupation) dimensions.occupation = occupation;
  if (BY_GENDER.has(measure) && gender) dimensions.gender = gender;
  const binding: FigureBinding = { measure, year: Number(year), dimensions };
  const missing = !hasFigureData(choices.availability, binding);
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
          {BY_OCCUPATION.has(measure) && choices.occupations.length > 0 && (
            <>
              <label htmlFor={`${id}-o`}>Yrke</label>
              <select id={`${id}-o`} value={occupation} onChange={(e) => setOccupation(e.target.value)}>
                <option value="">Alla yrken</option>
                {choices.occupations.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </>
          )}
          {BY_GENDER.has(measure) && (
            <>
              <label htmlFor={`${id}-g`}>Kön</label>
              <select id={`${id}-g`} value={gender} onChange={(e) => setGender(e.target.value)}>
                {GENDERS.map((g) => (
                  <option key={g.value} value={g.value}>
                    {g.label}
                  </option>
                ))}
              </select>
            </>
          )}
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
          <div aria-live="polite" className="insert-figure__notice">
            {missing && (
              <p id={`${id}-missing`} className="alert alert--warning">
                Statistiken har ingen uppgift för det här valet. Siffran visas som ”uppgift saknas” tills statistiken
                finns. Välj ett annat år, en annan avdelning eller ett annat yrke, eller infoga den ändå.
              </p>
            )}
          </div>
          <button
            type="button"
            className={`button insert-figure__insert${missing ? ' button--secondary' : ''}`}
            aria-describedby={missing ? `${id}-missing` : undefined}
            onClick={() => {
              onInsert(binding);
              setOpen(false);
            }}
          >
            {missing ? 'Infoga ändå' : 'Infoga'}
          </button>
        </fieldset>
      )}
    </div>
  );
}
