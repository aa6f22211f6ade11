/** The staff survey: AMI with sub-indexes, and the personnel policy's areas, against last year and ORG. Pure. */
import type { ChartData } from './chart-data';
import { formatInteger, formatPercent } from '../../format';
import { SMALL_CELL_THRESHOLD } from '../suppression/rule';
import { series } from './rows';

export type SurveyResultView = {
  kind: string;
  key: string;
  label: string;
  value: number;
  previousValue: number | null;
  cityValue: number | null;
};

export type SurveyRoundView = {
  year: number;
  department: string | null;
  invited: number | null;
  responded: number | null;
  results: SurveyResultView[];
};

const SUB_INDEX_ORDER = ['ami', 'motivation', 'ledarskap', 'styrning'];

/** The survey vendor's rule (seed 004): results from fewer than 5 respondents are not reported. */
export function tooFewResponses(round: SurveyRoundView): boolean {
  return round.responded !== null && round.responded < SMALL_CELL_THRESHOLD;
}

function responseText(round: SurveyRoundView): string {
  if (round.responded === null) return '';
  const rate = round.invited
    ? ` av ${formatInteger(round.invited)} (svarsfrekvens ${formatPercent((100 * round.responded) / round.invited, 0)})`
    : '';
  return ` ${formatInteger(round.responded)} svarade${rate}.`;
}

function surveyChart(
  round: SurveyRoundView | null,
  results: SurveyResultView[],
  text: {
    id: string;
    title: string;
    categoryLabel: string;
    definition: string;
    /** What this chart shows, for "the survey has no …". */
    what: string;
    summary: (r: SurveyRoundView) => string;
  },
): ChartData {
  const base = {
    id: text.id,
    title: text.title,
    definition: text.definition,
    unit: 'index' as const,
    layout: 'horizontalBar' as const,
    categoryLabel: text.categoryLabel,
  };
  if (!round) {
    return {
      ...base,
      summary: 'Ingen medarbetarenkät är inläst.',
      categories: [],
      series: [],
      emptyMessage: 'Ingen medarbetarenkät är inläst.',
    };
  }
  if (results.length === 0) {
    const message = `Medarbetarenkäten ${round.year} har inga ${text.what}.`;
    return { ...base, summary: message, categories: [], series: [], emptyMessage: message };
  }
  if (tooFewResponses(round)) {
    const message = `Färre än ${SMALL_CELL_THRESHOLD} svarande: resultatet redovisas inte.`;
    return { ...base, summary: message, categories: [], series: [], emptyMessage: message };
  }
  return {
    ...base,
    summary: text.summary(round) + responseText(round),
    categories: results.map((r) => r.label),
    series: [
      series(
        String(round.year),
        String(round.year),
        results.map((r) => r.value),
        'index',
      ),
      series(
        String(round.year - 1),
        String(round.year - 1),
        results.map((r) => r.previousValue),
        'index',
      ),
      series(
        'org',
        'Staden (ORG)',
        results.map((r) => r.cityValue),
        'index',
      ),
    ].filter((s) => s.values.some((v) => v !== null)),
  };
}

export function amiChart(round: SurveyRoundView | null): ChartData {
  const results = (round?.results ?? [])
    .filter((r) => r.kind === 'ami' || r.kind === 'subIndex')
    .sort((a, b) => SUB_INDEX_ORDER.indexOf(a.key) - SUB_INDEX_ORDER.indexOf(b.key));
  const ami = results.find((r) => r.kind === 'ami');
  return surveyChart(round, results, {
    id: 'ami',
    title: 'AMI – Aktivt medskapandeindex',
    categoryLabel: 'Index',
    definition:
      'Medarbetarenkätens index 0–100. Medelvärde 1–5 omräknas som (medelvärde − 1) × 25. Staden (ORG) är hela Stockholms stad.',
    what: 'AMI-resultat',
    summary: (r) =>
      ami
        ? `AMI ${r.year} är ${formatInteger(ami.value)}${ami.previousValue !== null ? ` (${r.year - 1}: ${formatInteger(ami.previousValue)})` : ''}${ami.cityValue !== null ? ` mot stadens ${formatInteger(ami.cityValue)}` : ''}.`
        : `Delindex ${r.year}.`,
  });
}

export function policyAreaChart(round: SurveyRoundView | null): ChartData {
  const results = (round?.results ?? []).filter((r) => r.kind === 'policyArea');
  const lowest = [...results].sort((a, b) => a.value - b.value)[0];
  return surveyChart(round, results, {
    id: 'policyomraden',
    title: 'Personalpolicyns områden',
    categoryLabel: 'Område',
    definition: 'Index 0–100 per område i stadens personalpolicy, jämfört med föregående år och hela staden (ORG).',
    what: 'resultat per område i personalpolicyn',
    summary: (r) => (lowest ? `Lägst ${r.year} är ${lowest.label} med index ${formatInteger(lowest.value)}.` : ''),
  });
}

export function questionChart(round: SurveyRoundView | null): ChartData {
  const results = (round?.results ?? []).filter((r) => r.kind === 'question').sort((a, b) => b.value - a.value);
  const [highest] = results;
  const lowest = results.at(-1);
  return surveyChart(round, results, {
    id: 'fragor',
    title: 'Enkätfrågor',
    categoryLabel: 'Fråga',
    definition: 'Index 0–100 per fråga, högst först. Medelvärde 1–5 omräknas som (medelvärde − 1) × 25.',
    what: 'resultat per fråga',
    summary: (r) =>
      highest && lowest
        ? `Högst ${r.year}: ”${highest.label}” (${formatInteger(highest.value)}); lägst: ”${lowest.label}” (${formatInteger(lowest.value)}).`
        : '',
  });
}
