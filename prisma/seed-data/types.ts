/**
 * Shape of the demo data taken from the seed documents (../shared/seeds). Plain data, no Prisma:
 * the demo seed and the test factories map it to rows the same way.
 */
import type { StatisticFigure } from '../../lib/statistics/import/types';
import type { Measure, SurveyResultKind } from '../../lib/statistics/measures';

export type UbaraKey = 'UTVECKLA' | 'BEHALLA' | 'ATTRAHERA' | 'REKRYTERA' | 'INTRODUCERA' | 'AVSLUTA';

/** One aggregate figure. Omitted dimensions mean "all". `category`/`subcategory` per measure:
 * departures: reason / destination; recruitments: route; retirements: year of turning 65 as "2025" or "over65";
 * sickLeave: total|short|long; incidents: threatViolence|fall|other. */
export type SeedStatistic = StatisticFigure & {
  /** true when the figure is quoted in the seed document; false when generated to fill detail. */
  stated: boolean;
};

export type SeedGoal = { measure: Measure; category?: string; year: number; value: number; decimals?: number };

export type SeedSurvey = {
  year: number;
  department?: string;
  invited?: number;
  responded?: number;
  results: {
    kind: SurveyResultKind;
    key: string; // stable key, e.g. "ami", "motivation", "policy:ledarskap", "q:insatt-i-mal"
    label: string; // Swedish text as in the seed
    value: number; // index 0–100
    previousValue?: number; // last year
    cityValue?: number; // ORG, city-wide comparison
  }[];
};

export type SeedSection = { title: string; body: string /* paragraphs separated by blank lines; "• " bullets */ };

export type SeedActivity = {
  goal: string; // "Vad ska vi uppnå?"
  title: string; // "Aktivitet"
  phases: UbaraKey[]; // first one is the primary phase
  strategies: string[]; // SKR strategy names (2024 set) it serves
  department?: string;
  dueDate?: string; // ISO yyyy-mm-dd
  owner: string; // "Ansvarig" as written
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
  followUps: { year: number; period: 'T1' | 'T2' | 'ANNUAL'; status: SeedActivity['status']; comment: string }[];
};

export type SeedRegisterStatus = 'OPEN' | 'IN_PROGRESS' | 'CLOSED';

export type SeedGap = {
  area: string;
  description: string;
  department?: string;
  /** More departments concerned (with `department`; none = the whole förvaltning). */
  departments?: string[];
  occupations?: string[];
  priority?: 'HIGH' | 'MEDIUM' | 'LOW';
  status?: SeedRegisterStatus;
  /** Titles of the plan's activities that close the gap. */
  activities?: string[];
  comments?: { date: string; author: string; text: string }[];
};

export type SeedRisk = {
  title: string;
  description: string;
  likelihood: 1 | 2 | 3 | 4;
  consequence: 1 | 2 | 3 | 4;
  mitigation?: string;
  owner?: string;
  status?: SeedRegisterStatus;
  gapDescriptions?: string[]; // links to SeedGap.description
  /** Titles of the plan's activities that mitigate the risk. */
  activities?: string[];
};

export type SeedReviewQuestion = {
  union: string; // union organisation name as in the reference data
  section?: string; // SeedSection.title it is anchored to
  question: string;
  answer?: string;
};

export type SeedPlan = {
  startYear: number; // plan covers startYear..startYear+2
  title: string;
  status: 'DRAFT' | 'IN_REVIEW' | 'ADOPTED';
  focusStrategies: string[]; // SKR 2024 strategy names chosen as focus
  sections: SeedSection[];
  activities: SeedActivity[];
  gaps: SeedGap[];
  risks: SeedRisk[];
  reviewMeeting?: {
    date: string;
    forum: string;
    /** The item on the agenda, e.g. "5.2.1", and its heading. */
    itemNumber: string;
    title: string;
    type: 'INFORMATION' | 'MBL_11';
    /** Union organisations invited (by name as in the reference data). */
    unions: string[];
    /** Justerare, "Name (organisation)". */
    adjusters: string[];
    questions: SeedReviewQuestion[];
  };
};

export type SeedDepartment = { name: string; kind: 'department' | 'support'; units?: string[] };

export type SeedOrganization = {
  slug: string;
  /** The seed document the figures come from, e.g. "003" (shown as their source); absent in test data. */
  seedDocument?: string;
  name: string;
  boardName: string;
  turnoverDefinition: string;
  departments: SeedDepartment[];
  occupations: string[];
  boardGoals: { code: string; title: string }[];
  goals: SeedGoal[];
  statistics: SeedStatistic[];
  surveys: SeedSurvey[];
  plans: SeedPlan[];
};
