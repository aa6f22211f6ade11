/**
 * What an import file covers compared with what the organisation reported the year before, per measure:
 * departments, figures and (for counts) the total. A file with a handful of rows for a new year becomes the
 * organisation's newest year, and so its headline figure on the start page: the preview says so before the
 * user confirms. Pure.
 */
import { formatInteger } from '../../format';
import { MEASURE_LABELS } from '../dashboard/labels';
import { type StatRow, total } from '../dashboard/rows';
import { MEASURE_UNITS, type Measure } from '../measures';

/** One side of the comparison: the file's figures for a year, or the stored ones of the year before. */
export type CoverageSide = {
  year: number;
  departments: string[];
  figures: number;
  /** The sum of a count measure (stated totals not double counted); null for shares and ratios. */
  total: number | null;
};

export type MeasureCoverage = {
  measure: string;
  label: string;
  file: CoverageSide;
  /** The organisation's latest stored year before the file's, or null when there is none. */
  previous: CoverageSide | null;
  /** The file's year would become the measure's newest year (what the start page's key figures show). */
  becomesNewest: boolean;
};

export type ImportCoverage = { measures: MeasureCoverage[]; warnings: string[] };

/** Below this share of last year's figures or total, a file is taken to cover only part of the organisation. */
export const SMALL_PART = 0.5;
const NAMED_DEPARTMENTS = 8;

export function coverageSide(rows: readonly StatRow[], measure: string, year: number): CoverageSide {
  const own = rows.filter((r) => r.measure === measure && r.year === year);
  const departments = [...new Set(own.flatMap((r) => (r.department ? [r.department] : [])))];
  const isCount = MEASURE_UNITS[measure as Measure] === 'count';
  return {
    year,
    departments: departments.sort((a, b) => a.localeCompare(b, 'sv')),
    figures: own.length,
    total: isCount ? total(own as StatRow[], { measure, year }) : null,
  };
}

/** The file's newest year per measure: the year it would make the organisation's latest. */
export function fileYears(rows: readonly StatRow[]): Map<string, number> {
  const years = new Map<string, number>();
  for (const row of rows) years.set(row.measure, Math.max(years.get(row.measure) ?? row.year, row.year));
  return years;
}

function plural(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/** The warnings a user must read before confirming: each way the file covers markedly less than last year. */
export function coverageWarnings(measures: readonly MeasureCoverage[]): string[] {
  const warnings: string[] = [];
  for (const { label, file, previous, becomesNewest } of measures) {
    if (!previous) continue;
    const parts: string[] = [];
    const missing = previous.departments.filter((d) => !file.departments.includes(d));
    if (file.departments.length < previous.departments.length && missing.length > 0) {
      const named = missing.slice(0, NAMED_DEPARTMENTS).join(', ');
      const more = missing.length > NAMED_DEPARTMENTS ? ` och ${missing.length - NAMED_DEPARTMENTS} till` : '';
      parts.push(
        `${plural(file.departments.length, 'avdelning', 'avdelningar')} mot ${formatInteger(previous.departments.length)} år ${previous.year} (saknas: ${named}${more})`,
      );
    }
    if (file.figures < previous.figures * SMALL_PART) {
      parts.push(
        `${plural(file.figures, 'siffra', 'siffror')} mot ${formatInteger(previous.figures)} år ${previous.year}`,
      );
    }
    if (file.total !== null && previous.total !== null && file.total < previous.total * SMALL_PART) {
      parts.push(`totalt ${formatInteger(file.total)} mot ${formatInteger(previous.total)} år ${previous.year}`);
    }
    if (parts.length === 0) continue;
    const headline = becomesNewest
      ? ` Om du importerar filen blir ${file.year} det senaste året för ${label.toLowerCase()}, och förvaltningens nyckeltal visar då filens siffror.`
      : '';
    warnings.push(
      `${label} ${file.year}: filen täcker mindre än förra året – ${parts.join('; ')}.${headline} Kontrollera att filen är komplett innan du bekräftar.`,
    );
  }
  return warnings;
}

/** Compares the file's statistic rows with the stored rows of each measure's previous year. */
export function compareCoverage(
  fileRows: readonly StatRow[],
  stored: {
    /** The stored rows of the previous years (any years; only each measure's `previousYear` is read). */
    rows: readonly StatRow[];
    /** Per measure: the latest stored year before the file's, and the newest stored year of all. */
    years: Map<string, { previousYear: number | null; newestYear: number | null }>;
  },
): ImportCoverage {
  const measures = [...fileYears(fileRows)].map(([measure, year]): MeasureCoverage => {
    const years = stored.years.get(measure);
    const previousYear = years?.previousYear ?? null;
    return {
      measure,
      label: MEASURE_LABELS[measure as Measure] ?? measure,
      file: coverageSide(fileRows, measure, year),
      previous: previousYear === null ? null : coverageSide(stored.rows, measure, previousYear),
      becomesNewest: years?.newestYear == null || year >= years.newestYear,
    };
  });
  return { measures, warnings: coverageWarnings(measures) };
}
