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

export function buildDashboard(input: DashboardInput, survey: SurveyRoundView | null): DashboardSection[] {
  return [
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
    { id: 'enkat', heading: 'Medarbetarenkäten', charts: [amiChart(survey), policyAreaChart(survey), questionChart(survey)] },
  ];
}

export type { DashboardInput } from './rows';
export type { SurveyRoundView } from './survey';
