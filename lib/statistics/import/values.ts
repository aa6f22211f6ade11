/**
 * The Swedish values accepted in enumerated columns and the English codes of measures.ts they map to.
 * The first label is the one shown in templates and documentation; aliases cover common exports.
 */
import type {
  AGE_BANDS,
  DEPARTURE_DESTINATIONS,
  DEPARTURE_REASONS,
  EMPLOYMENT_FORMS,
  GENDERS,
  INCIDENT_KINDS,
  RECRUITMENT_ROUTES,
  SICK_LEAVE_KINDS,
} from '../measures';

export type AllowedValue<C extends string = string> = {
  label: string;
  code: C;
  aliases?: readonly string[];
};

type ValuesOf<T extends readonly string[]> = readonly AllowedValue<T[number]>[];

/** In columns that may be totalled, an empty cell or one of these means "all values". */
export const TOTAL_LABEL = 'Totalt';
export const TOTAL_ALIASES = ['Totalt', 'Total', 'Summa', 'Alla', 'Samtliga'] as const;

export const EMPLOYMENT_FORM_VALUES: ValuesOf<typeof EMPLOYMENT_FORMS> = [
  { label: 'Tillsvidare', code: 'permanent', aliases: ['Tillsvidareanställd', 'Tillsvidareanställning'] },
  {
    label: 'Visstid',
    code: 'fixedTerm',
    aliases: ['Visstidsanställd', 'Tidsbegränsad', 'Tidsbegränsad månadsavlönad', 'Visstid månadsavlönad'],
  },
  { label: 'Timavlönad', code: 'hourly', aliases: ['Timanställd', 'Timavlönade', 'Timanställning'] },
];

export const GENDER_VALUES: ValuesOf<typeof GENDERS> = [
  { label: 'Kvinna', code: 'woman', aliases: ['Kvinnor', 'K'] },
  { label: 'Man', code: 'man', aliases: ['Män', 'M'] },
];

export const AGE_BAND_VALUES: ValuesOf<typeof AGE_BANDS> = [
  // "'-29" is how escapeCsvCell writes the band, so exported files import again.
  { label: '-29', code: '-29', aliases: ['20-29', '0-29', '<30', 'Under 30', "'-29"] },
  { label: '30-39', code: '30-39' },
  { label: '40-49', code: '40-49' },
  { label: '50-59', code: '50-59' },
  { label: '60-64', code: '60-64' },
  { label: '65+', code: '65+', aliases: ['65-', '65 och äldre', 'Över 65'] },
];

export const DEPARTURE_REASON_VALUES: ValuesOf<typeof DEPARTURE_REASONS> = [
  { label: 'Egen begäran', code: 'ownRequest' },
  { label: 'Pension', code: 'retirement', aliases: ['Pensionering', 'Ålderspension'] },
  {
    label: 'Visstid upphör',
    code: 'fixedTermEnded',
    aliases: ['Tidsbegränsad anställning upphör', 'Visstidsanställning upphör', 'Anställningen upphör'],
  },
  { label: 'Övrigt', code: 'other', aliases: ['Övrig', 'Annat', 'Annan orsak'] },
];

export const DESTINATION_VALUES: ValuesOf<typeof DEPARTURE_DESTINATIONS> = [
  { label: 'Inom förvaltningen', code: 'withinOrganization', aliases: ['Internt', 'Intern'] },
  { label: 'Annan förvaltning', code: 'otherOrganization', aliases: ['Annan förvaltning i staden', 'Inom staden'] },
  { label: 'Extern arbetsgivare', code: 'externalEmployer', aliases: ['Extern', 'Externt', 'Annan arbetsgivare'] },
];

export const RECRUITMENT_ROUTE_VALUES: ValuesOf<typeof RECRUITMENT_ROUTES> = [
  { label: 'Inom förvaltningen', code: 'withinOrganization', aliases: ['Internt', 'Intern'] },
  { label: 'Annan förvaltning', code: 'otherOrganization', aliases: ['Annan förvaltning i staden', 'Inom staden'] },
  { label: 'Extern arbetsgivare', code: 'externalEmployer', aliases: ['Extern', 'Externt', 'Annan arbetsgivare'] },
  { label: 'Återanställning', code: 'rehire', aliases: ['Återanställd'] },
  { label: 'Övrigt', code: 'other', aliases: ['Övrig', 'Annat'] },
];

export const SICK_LEAVE_KIND_VALUES: ValuesOf<typeof SICK_LEAVE_KINDS> = [
  { label: 'Total', code: 'total', aliases: ['Totalt', 'Total sjukfrånvaro', 'Sjukfrånvaro totalt'] },
  { label: 'Korttid (dag 1-14)', code: 'short', aliases: ['Korttid', 'Dag 1-14', 'Korttidssjukfrånvaro'] },
  { label: 'Långtid (60+ dagar)', code: 'long', aliases: ['Långtid', '60+ dagar', 'Långtidssjukfrånvaro'] },
];

export const INCIDENT_KIND_VALUES: ValuesOf<typeof INCIDENT_KINDS> = [
  { label: 'Hot och våld', code: 'threatViolence', aliases: ['Hot/våld', 'Hot & våld', 'Hot och våldshändelse'] },
  { label: 'Fall', code: 'fall', aliases: ['Fallolycka', 'Fallolyckor'] },
  { label: 'Övrigt', code: 'other', aliases: ['Övrig', 'Annat', 'Övriga'] },
];

/** `round` is not a result kind: it carries the response count of the survey round. */
export const SURVEY_KIND_VALUES: readonly AllowedValue<'ami' | 'subIndex' | 'policyArea' | 'question' | 'round'>[] = [
  { label: 'AMI', code: 'ami', aliases: ['AMI totalindex', 'AMI-Totalt', 'Totalindex'] },
  { label: 'Delindex', code: 'subIndex', aliases: ['AMI delindex'] },
  { label: 'Frågeområde', code: 'policyArea', aliases: ['Område', 'Policyområde'] },
  { label: 'Fråga', code: 'question' },
  { label: 'Svarsfrekvens', code: 'round', aliases: ['Svarande', 'Svar'] },
];

export const SUB_INDEX_VALUES: readonly AllowedValue<'motivation' | 'ledarskap' | 'styrning'>[] = [
  { label: 'Motivation', code: 'motivation', aliases: ['AMI-Motivation', 'Delindex Motivation'] },
  { label: 'Ledarskap', code: 'ledarskap', aliases: ['AMI-Ledarskap', 'Delindex Ledarskap'] },
  { label: 'Styrning', code: 'styrning', aliases: ['AMI-Styrning', 'Delindex Styrning'] },
];

export const SCALE_VALUES: readonly AllowedValue<'index' | 'mean'>[] = [
  { label: 'Index', code: 'index', aliases: ['Index (0-100)', '0-100'] },
  { label: 'Medelvärde', code: 'mean', aliases: ['Medelvärde (1-5)', 'Medel', '1-5'] },
];

/** Retirement rows: a year of turning 65, or these for staff who already are 65 or older. */
export const OVER_65_LABEL = 'Redan 65+';
export const OVER_65_ALIASES = ['Redan 65+', 'Redan 65', '65+', 'Över 65', 'Redan över 65'] as const;
export const OVER_65_CODE = 'over65';
