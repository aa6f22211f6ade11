/** Public types of the statistics import. Plain data: the server maps them to database rows. */
import type { AgeBand, EmploymentForm, Gender, Measure, SurveyResultKind } from '../measures';

export const MEASURE_GROUPS = [
  'headcount',
  'fullTime',
  'departures',
  'recruitments',
  'turnover',
  'retirements',
  'sickLeave',
  'incidents',
  'spanOfControl',
  'survey',
] as const;
export type MeasureGroup = (typeof MEASURE_GROUPS)[number];

export type Tertial = 1 | 2 | 3;

/** One problem as the user sees it: `row` is 1-based as in Excel (header = row 1), `column` the header text. */
export type ImportProblem = { row?: number; column?: string; message: string };

/** An aggregate figure (also the shape of the demo data, SeedStatistic); names are as written in the file. */
export type StatisticFigure = {
  measure: Measure;
  year: number;
  tertial?: Tertial;
  department?: string;
  occupation?: string;
  employmentForm?: EmploymentForm;
  gender?: Gender;
  ageBand?: AgeBand;
  category?: string;
  subcategory?: string;
  value: number;
  /** Decimals as written for percentages and ratios ("2,00" → 2, at most 2); omitted for counts. */
  decimals?: number;
  population?: number;
};

/** `sourceRow` points back at the file row so the UI can show where a figure came from. */
export type StatisticRow = StatisticFigure & { type: 'statistic'; sourceRow: number };

/** The organisation's goal for a measure (shaped like SeedGoal), e.g. sick leave 6 %. */
export type GoalRow = {
  type: 'goal';
  sourceRow: number;
  measure: Measure;
  category?: string;
  year: number;
  value: number;
  decimals?: number;
};

/** A survey result, always stored as index 0–100 (means 1–5 are converted as (mean − 1) × 25). */
export type SurveyResultRow = {
  type: 'surveyResult';
  sourceRow: number;
  year: number;
  department?: string;
  kind: SurveyResultKind;
  key: string;
  label: string;
  value: number;
  previousValue?: number;
  cityValue?: number;
};

/** The survey round for a year and department (or the whole förvaltning). */
export type SurveyRoundRow = {
  type: 'surveyRound';
  sourceRow: number;
  year: number;
  department?: string;
  invited?: number;
  responded?: number;
};

export type ImportRow = StatisticRow | GoalRow | SurveyResultRow | SurveyRoundRow;

export type ImportPeriod = { year: number; tertial?: Tertial };

export type ImportPreview = {
  group: MeasureGroup;
  fileName: string;
  format: 'csv' | 'xlsx';
  /** Only for CSV. */
  encoding?: 'utf-8' | 'windows-1252';
  delimiter?: ';' | ',';
  rows: ImportRow[];
  /** Distinct periods, sorted; `tertial` only for tertial-based measures. */
  periods: ImportPeriod[];
  /** Distinct names as written (first spelling wins when names differ only in case), sorted. */
  departments: string[];
  occupations: string[];
  /** Data rows read from the file (one file row may give several figures, see `rows`). */
  rowCount: number;
  /** sha256 of the uploaded bytes, hex. */
  checksum: string;
};

export type ParseImportFileInput = {
  bytes: Uint8Array;
  fileName: string;
  group: MeasureGroup;
  today: Date;
};

export type ParseImportFileResult = { ok: true; preview: ImportPreview } | { ok: false; problems: ImportProblem[] };
