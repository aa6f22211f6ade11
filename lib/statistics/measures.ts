/**
 * The vocabulary of aggregate staff statistics. Pure: shared by the schema mapping, the seed,
 * the importer and the dashboards. Every stored figure is an aggregate (never an individual).
 */

/**
 * The dimensions a statistic is broken down by, as the read paths name them (StatRow): the one list. Keys are
 * built in this order (dashboard/protection.ts, suppression/rates.ts, plans/figures.ts) and frozen plan snapshots
 * store such keys, so the order must never change.
 */
export const STATISTIC_DIMENSIONS = [
  'department',
  'occupation',
  'employmentForm',
  'gender',
  'ageBand',
  'category',
] as const;
export type StatisticDimension = (typeof STATISTIC_DIMENSIONS)[number];

/** The same as stored (departments and occupations by id), with the survey's sub-question. */
export const STORED_DIMENSIONS = [
  'departmentId',
  'occupationId',
  'employmentForm',
  'gender',
  'ageBand',
  'category',
  'subcategory',
] as const;

export const AGE_BANDS = ['-29', '30-39', '40-49', '50-59', '60-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['woman', 'man'] as const;
export type Gender = (typeof GENDERS)[number];

export const EMPLOYMENT_FORMS = ['permanent', 'fixedTerm', 'hourly'] as const;
export type EmploymentForm = (typeof EMPLOYMENT_FORMS)[number];

/** Departure reasons as the city's statistics tool groups them. */
export const DEPARTURE_REASONS = ['ownRequest', 'retirement', 'fixedTermEnded', 'other'] as const;
/** Where a leaver went; turnover counts the external ones (definition configurable per organisation). */
export const DEPARTURE_DESTINATIONS = ['withinOrganization', 'otherOrganization', 'externalEmployer'] as const;
export const RECRUITMENT_ROUTES = [
  'withinOrganization',
  'otherOrganization',
  'externalEmployer',
  'rehire',
  'other',
] as const;
export const SICK_LEAVE_KINDS = ['total', 'short', 'long'] as const;
export const INCIDENT_KINDS = ['threatViolence', 'fall', 'other'] as const;

export const MEASURES = [
  'headcount',
  'fullTimeShare',
  'partTimeCount',
  'departures',
  'recruitments',
  'turnover',
  'retirements',
  'sickLeave',
  'incidents',
  'spanOfControl',
] as const;
export type Measure = (typeof MEASURES)[number];

export type MeasureUnit = 'count' | 'percent' | 'ratio';

export const MEASURE_UNITS: Record<Measure, MeasureUnit> = {
  headcount: 'count',
  fullTimeShare: 'percent',
  partTimeCount: 'count',
  departures: 'count',
  recruitments: 'count',
  turnover: 'percent',
  retirements: 'count',
  sickLeave: 'percent',
  incidents: 'count',
  spanOfControl: 'ratio',
};

export const SURVEY_RESULT_KINDS = ['ami', 'subIndex', 'policyArea', 'question'] as const;
export type SurveyResultKind = (typeof SURVEY_RESULT_KINDS)[number];
