/** All dashboards, grouped the way the plan asks its questions. Pure: the query layer hands in the rows. */
import type { ChartData } from './chart-data';
import { suppressedDisplay } from '../suppression/rule';
import { agePyramid, employmentForms, fullTime, topOccupations } from './demographics';
import { incidents, sickLeave, spanOfControl } from './health';
import {
  departuresByReason,
  recruitmentsByRoute,
  retirementByDepartment,
  retirementRange,
  turnoverByAge,
  turnoverByOccupation,
} from './movement';
import type { DashboardInput } from './rows';
import { type SurveyRoundView, amiChart, policyAreaChart, questionChart } from './survey';

export type DashboardSection = { id: string; heading: string; charts: ChartData[] };

const HIDDEN_DISPLAYS = new Set([suppressedDisplay('small'), suppressedDisplay('complementary')]);

/**
 * Series with no data at all stay out of the legend; a series whose cells are all suppressed has data and stays,
 * so its table column reads "<5" / "–" instead of vanishing. A department view says why a chart may be empty.
 */
function tidy(chart: ChartData, input: DashboardInput): ChartData {
  const withData = chart.series.filter(
    (s) => s.values.some((v) => v !== null) || s.displays.some((d) => HIDDEN_DISPLAYS.has(d)),
  );
  const emptyMessage =
    chart.emptyMessage && input.departmentView
      ? `${chart.emptyMessage} Uppgiften kan finnas för hela förvaltningen men redovisas inte per avdelning.`
      : chart.emptyMessage;
  return { ...chart, series: withData.length ? withData : chart.series, emptyMessage };
}

/** The measure behind each chart: it decides the chart's year (default-year.ts) and its source. */
export const CHART_MEASURES: Record<string, string> = {
  'alder-kon': 'headcount',
  anstallningsformer: 'headcount',
  befattningar: 'headcount',
  heltid: 'fullTimeShare',
  'personalomsattning-befattning': 'turnover',
  'personalomsattning-alder': 'turnover',
  avgangar: 'departures',
  rekryteringar: 'recruitments',
  'pension-avdelning': 'retirements',
  'pension-intervall': 'retirements',
  sjukfranvaro: 'sickLeave',
  tillbud: 'incidents',
  'medarbetare-per-chef': 'spanOfControl',
};

export function buildDashboard(input: DashboardInput, survey: SurveyRoundView | null): DashboardSection[] {
  // Each chart is built for its measure's year (the same year for all when the user chose one).
  const at = (measure: string, build: (i: DashboardInput) => ChartData) =>
    build({ ...input, year: input.yearFor?.(measure) ?? input.year });
  const sections: DashboardSection[] = [
    {
      id: 'kompetens',
      heading: 'Vilken kompetens har vi?',
      charts: [
        at('headcount', agePyramid),
        at('headcount', employmentForms),
        at('headcount', topOccupations),
        at('fullTimeShare', fullTime),
      ],
    },
    {
      id: 'rorlighet',
      heading: 'Rörlighet och rekrytering',
      charts: [
        at('turnover', turnoverByOccupation),
        at('turnover', turnoverByAge),
        at('departures', departuresByReason),
        at('recruitments', recruitmentsByRoute),
      ],
    },
    {
      id: 'pension',
      heading: 'Pensionsavgångar',
      charts: [at('retirements', retirementByDepartment), at('retirements', retirementRange)],
    },
    {
      id: 'arbetsmiljo',
      heading: 'Arbetsmiljö och hälsa',
      charts: [at('sickLeave', sickLeave), at('incidents', incidents), at('spanOfControl', spanOfControl)],
    },
    {
      id: 'enkat',
      heading: 'Medarbetarenkäten',
      charts: [amiChart(survey), policyAreaChart(survey), questionChart(survey)],
    },
  ];
  return sections.map((section) => ({ ...section, charts: section.charts.map((chart) => tidy(chart, input)) }));
}

export type { DashboardInput } from './rows';
export type { SurveyRoundView } from './survey';
