/** Validated cells of one file row → normalized figures, with the rules that span several cells. */
import { AGE_BANDS, EMPLOYMENT_FORMS, GENDERS, MEASURE_UNITS, type Measure } from '../measures';
import { num, str, type Cells, type CellValue, type RowProblem } from './cells';
import type { GoalRow, ImportRow, MeasureGroup, StatisticRow, Tertial } from './types';
import { MAX_DECIMALS } from './limits';
import { parseSwedishNumber } from './text';
import { OVER_65_CODE } from './values';
import { mapSurveyRow } from './map-survey-row';

/** `identityExtra` joins the row's dimensions in the duplicate key (the survey's derived key). */
export type MappedRow = { rows: ImportRow[]; problems: RowProblem[]; identityExtra?: string };
const oneOf = <T extends string>(list: readonly T[], v: CellValue): T | undefined => list.find((x) => x === v);

const MEASURE_BY_GROUP: Record<Exclude<MeasureGroup, 'fullTime' | 'survey'>, Measure> = {
  headcount: 'headcount',
  departures: 'departures',
  recruitments: 'recruitments',
  turnover: 'turnover',
  retirements: 'retirements',
  sickLeave: 'sickLeave',
  incidents: 'incidents',
  spanOfControl: 'spanOfControl',
};

const TERTIAL_END = ['04-30', '08-31', '12-31'] as const;

/** A tertial has ended once the month after it has begun (T1 = Jan–Apr ends before 1 May). */
export function tertialEnded(year: number, tertial: Tertial, today: Date): boolean {
  return year < today.getFullYear() || (year === today.getFullYear() && today.getMonth() >= tertial * 4);
}

/** Sets only defined properties, so previews compare and serialize cleanly. */
function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  const out: Partial<T> = target;
  for (const key in values) {
    const value = values[key];
    if (value !== undefined) out[key] = value;
  }
  return target;
}

/** The raw cells of the row, for what parsing drops (the decimals as written). */
type RawCells = Readonly<Record<string, string>>;

function decimalsOf(raw: string | undefined): number | undefined {
  const parsed = parseSwedishNumber(raw ?? '', true);
  return parsed.ok ? Math.min(parsed.decimals, MAX_DECIMALS) : undefined;
}

function statistic(measure: Measure, cells: Cells, raw: RawCells, sourceRow: number, extra: Partial<StatisticRow>) {
  const tertial = num(cells.tertial);
  const value = num(cells.value) ?? 0;
  const row: StatisticRow = { type: 'statistic', sourceRow, measure, year: num(cells.year) ?? 0, value };
  return assignDefined(row, {
    decimals: MEASURE_UNITS[measure] === 'count' ? undefined : decimalsOf(raw.value),
    tertial: tertial === 1 || tertial === 2 || tertial === 3 ? tertial : undefined,
    department: str(cells.department),
    occupation: str(cells.occupation),
    employmentForm: oneOf(EMPLOYMENT_FORMS, cells.employmentForm),
    gender: oneOf(GENDERS, cells.gender),
    ageBand: oneOf(AGE_BANDS, cells.ageBand),
    ...extra,
  });
}

export function mapRow(group: MeasureGroup, cells: Cells, raw: RawCells, sourceRow: number, today: Date): MappedRow {
  if (group === 'survey') return mapSurveyRow(cells, sourceRow);
  const problems: RowProblem[] = [];
  const year = num(cells.year) ?? 0;
  if (group === 'fullTime') {
    const rows: ImportRow[] = [
      statistic('fullTimeShare', cells, raw, sourceRow, { population: num(cells.population) }),
    ];
    const partTime = num(cells.partTimeCount);
    if (partTime !== undefined) rows.push(statistic('partTimeCount', cells, raw, sourceRow, { value: partTime }));
    return { rows, problems };
  }
  const measure = MEASURE_BY_GROUP[group];
  const extra: Partial<StatisticRow> = {};
  const rows: ImportRow[] = [];
  switch (group) {
    case 'departures':
      extra.category = str(cells.reason);
      extra.subcategory = str(cells.destination);
      break;
    case 'recruitments':
      extra.category = str(cells.route);
      break;
    case 'turnover':
    case 'spanOfControl':
      extra.population = num(cells.population);
      break;
    case 'retirements': {
      const turning = str(cells.turningYear);
      extra.category = turning;
      const turningYear = Number(turning);
      if (turning !== OVER_65_CODE && (turningYear < year || turningYear > year + 50)) {
        problems.push({
          column: 'turningYear',
          message: `Året då medarbetarna fyller 65 (${turning}) måste ligga mellan ${year} och ${year + 50}. Använd "Redan 65+" för dem som redan har fyllt 65.`,
        });
      }
      break;
    }
    case 'sickLeave': {
      extra.category = str(cells.sickLeaveKind);
      extra.population = num(cells.population);
      const goal = num(cells.goal);
      if (goal !== undefined && (cells.department !== undefined || cells.gender !== undefined)) {
        problems.push({
          column: 'goal',
          message: 'Mål kan bara anges på rader för hela förvaltningen (tom Avdelning och tomt Kön).',
        });
      } else if (goal !== undefined) {
        const goalRow: GoalRow = { type: 'goal', sourceRow, measure, year, value: goal };
        rows.push(assignDefined(goalRow, { category: extra.category, decimals: decimalsOf(raw.goal) }));
      }
      break;
    }
    case 'incidents': {
      extra.category = str(cells.incidentKind);
      const tertial = num(cells.tertial);
      if ((tertial === 1 || tertial === 2 || tertial === 3) && !tertialEnded(year, tertial, today)) {
        problems.push({
          column: 'tertial',
          message: `Tertial ${tertial} ${year} är inte avslutat ännu (slutar ${year}-${TERTIAL_END[tertial - 1]}). Importera bara avslutade tertial.`,
        });
      }
      break;
    }
    default:
      break;
  }
  rows.unshift(statistic(measure, cells, raw, sourceRow, extra));
  return { rows, problems };
}
