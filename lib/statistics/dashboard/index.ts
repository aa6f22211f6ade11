/** All dashboards, grouped the way the plan asks its questions. Pure: the query layer hands in the rows. */
import type { ChartData } from '../chart-data';
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

/** Series with no data at all stay out of the legend; a department view says why a chart may be empty. */
function tidy(chart: ChartData, input: DashboardInput): ChartData {
  const withData = chart.series.filter((s) => s.values.some((v) => v !== null));
  const emptyMessage =
    chart.emptyMessage && input.departmentView
      ? `${chart.emptyMessage} Uppgiften kan finnas för hela förvaltningen men redovisas inte per avdelning.`
      : chart.emptyMessage;
  return { ...chart, series: withData.length ? withData : chart.series, emptyMessage };
}

export function buildDashboard(input: DashboardInput, survey: SurveyRoundView | null): DashboardSection[] {
  const sections: DashboardSection[] = [
    {
      id: 'kompetens',
      heading: 'Vilken kompetens har vi?',
      charts: [agePyramid(input), employmentForms(input), topOccupations(input), fullTime(input)],
    },
    {
      id: 'rorlighet',
      heading: 'Rörlighet och rekrytering',
      charts: [
        turnoverByOccupation(input),
        turnoverByAge(input),
        departuresByReason(input),
        recruitmentsByRoute(input),
      ],
    },
    {
      id: 'pension',
      heading: 'Pensionsavgångar',
      charts: [retirementByDepartment(input), retirementRange(input)],
    },
    {
      id: 'arbetsmiljo',
      heading: 'Arbetsmiljö och hälsa',
      charts: [sickLeave(input), incidents(input), spanOfControl(input)],
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
