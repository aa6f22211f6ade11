/** Survey rows: results (stored as index 0–100) and the response round of a year and department. */
import { num, str, type Cells, type RowProblem } from './cells';
import { formatNumber, normalizeKey, slugify } from './text';
import type { SurveyResultRow, SurveyRoundRow } from './types';
import { SUB_INDEX_VALUES } from './values';

type Mapped = { rows: (SurveyResultRow | SurveyRoundRow)[]; problems: RowProblem[]; identityExtra?: string };

const round2 = (v: number) => Math.round(v * 100) / 100;

/** AMI's conversion of a 1–5 mean to the 0–100 index. */
export const meanToIndex = (mean: number): number => round2((mean - 1) * 25);

const SUB_INDEX = new Map(
  SUB_INDEX_VALUES.flatMap((v) => [v.label, ...(v.aliases ?? [])].map((name) => [normalizeKey(name), v] as const)),
);
const KEY_PATTERN = /^[a-z0-9][a-z0-9:_-]{0,79}$/;
const PREFIX = { policyArea: 'policy:', question: 'q:' } as const;
const VALUE_COLUMNS = [
  ['value', 'Värdet'],
  ['previousValue', 'Föregående års värde'],
  ['cityValue', 'ORG-värdet'],
] as const;

export function mapSurveyRow(cells: Cells, sourceRow: number): Mapped {
  const year = num(cells.year) ?? 0;
  const department = str(cells.department);
  const kind = str(cells.surveyKind);
  const problems: RowProblem[] = [];
  if (kind === 'round') return mapRound(cells, sourceRow, year, department);
  if (num(cells.responded) !== undefined || num(cells.invited) !== undefined) {
    problems.push({
      column: num(cells.responded) !== undefined ? 'responded' : 'invited',
      message: 'Antal svarande och Antal inbjudna anges bara på raden med Typ "Svarsfrekvens".',
    });
  }
  const ownKey = str(cells.key);
  let key: string;
  let label = str(cells.label);
  if (kind === 'ami' || kind === 'subIndex') {
    if (ownKey !== undefined)
      problems.push({ column: 'key', message: 'Nyckel används bara för Frågeområde och Fråga.' });
  }
  if (kind === 'ami') {
    key = 'ami';
    label ??= 'AMI totalindex';
  } else if (kind === 'subIndex') {
    const found = SUB_INDEX.get(normalizeKey(label ?? ''));
    if (!found) {
      problems.push({
        column: 'label',
        message: 'Delindex måste ha Benämning "Motivation", "Ledarskap" eller "Styrning".',
      });
    }
    key = found?.code ?? '';
    label = found?.label ?? label ?? '';
  } else {
    const prefix = kind === 'policyArea' ? PREFIX.policyArea : PREFIX.question;
    if (label === undefined)
      problems.push({ column: 'label', message: 'Benämning saknas: skriv frågans eller områdets text.' });
    const base = ownKey?.toLowerCase() ?? slugify(label ?? '');
    if (ownKey !== undefined && !KEY_PATTERN.test(base.startsWith(prefix) ? base.slice(prefix.length) : base)) {
      problems.push({
        column: 'key',
        message: 'Nyckeln får bara innehålla a–z, 0–9, bindestreck och kolon (högst 80 tecken).',
      });
    }
    key = base.startsWith(prefix) ? base : `${prefix}${base}`;
    label ??= '';
  }
  const scale = str(cells.scale) === 'mean' ? 'mean' : 'index';
  const converted: Partial<Record<(typeof VALUE_COLUMNS)[number][0], number>> = {};
  for (const [column, what] of VALUE_COLUMNS) {
    const raw = num(cells[column]);
    if (raw === undefined) continue;
    if (scale === 'mean' && (raw < 1 || raw > 5)) {
      problems.push({ column, message: `${what} ${formatNumber(raw)} ligger utanför medelvärdesskalan 1–5.` });
    } else if (scale === 'index' && (raw < 0 || raw > 100)) {
      const name = kind === 'ami' ? 'AMI-index' : 'Index';
      problems.push({
        column,
        message: `${what} ${formatNumber(raw)} ligger utanför 0–100: ${name} kan inte vara över 100 eller negativt.`,
      });
    } else {
      converted[column] = scale === 'mean' ? meanToIndex(raw) : raw;
    }
  }
  if (num(cells.value) === undefined) problems.push({ column: 'value', message: 'Värde saknas.' });
  const row: SurveyResultRow = {
    type: 'surveyResult',
    sourceRow,
    year,
    kind: kind === 'ami' || kind === 'subIndex' || kind === 'policyArea' ? kind : 'question',
    key,
    label,
    value: converted.value ?? 0,
  };
  if (department !== undefined) row.department = department;
  if (converted.previousValue !== undefined) row.previousValue = converted.previousValue;
  if (converted.cityValue !== undefined) row.cityValue = converted.cityValue;
  return { rows: [row], problems, identityExtra: key };
}

function mapRound(cells: Cells, sourceRow: number, year: number, department: string | undefined): Mapped {
  const problems: RowProblem[] = [];
  const responded = num(cells.responded);
  let invited = num(cells.invited);
  const rate = num(cells.value);
  if (num(cells.previousValue) !== undefined || num(cells.cityValue) !== undefined) {
    problems.push({
      column: num(cells.previousValue) !== undefined ? 'previousValue' : 'cityValue',
      message: 'Föregående år och ORG används inte på raden Svarsfrekvens.',
    });
  }
  if (responded === undefined && invited === undefined) {
    problems.push({
      column: 'responded',
      message: 'Ange Antal svarande och Antal inbjudna (eller svarsfrekvens i Värde).',
    });
  }
  if (rate !== undefined && (rate < 0 || rate > 100)) {
    problems.push({
      column: 'value',
      message: `Svarsfrekvensen ${formatNumber(rate)} % måste ligga mellan 0 och 100 %.`,
    });
  } else if (rate !== undefined && responded !== undefined) {
    if (invited === undefined && rate > 0) invited = Math.round((responded * 100) / rate);
    else if (invited !== undefined && invited > 0 && Math.abs((responded / invited) * 100 - rate) > 1) {
      problems.push({
        column: 'value',
        message: `Svarsfrekvensen ${formatNumber(rate)} % stämmer inte med ${formatNumber(responded)} svarande av ${formatNumber(invited)} inbjudna.`,
      });
    }
  }
  if (responded !== undefined && invited !== undefined && responded > invited) {
    problems.push({
      column: 'responded',
      message: `Antal svarande (${formatNumber(responded)}) kan inte vara fler än antal inbjudna (${formatNumber(invited)}).`,
    });
  }
  const row: SurveyRoundRow = { type: 'surveyRound', sourceRow, year };
  if (department !== undefined) row.department = department;
  if (invited !== undefined) row.invited = invited;
  if (responded !== undefined) row.responded = responded;
  return { rows: [row], problems, identityExtra: 'round' };
}
