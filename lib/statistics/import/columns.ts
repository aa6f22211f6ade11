/**
 * The import format: one template per measure group, with the columns the UI documents.
 * Headers match case- and whitespace-insensitively; enumerated values likewise (see values.ts).
 */
import { MAX_TEXT_LENGTH, MIN_YEAR } from './limits';
import type { MeasureGroup } from './types';
import * as V from './values';

export type ColumnType =
  'year' | 'tertial' | 'text' | 'enum' | 'count' | 'percent' | 'decimal' | 'surveyValue' | 'turningYear';

export type ColumnKey =
  | 'year'
  | 'tertial'
  | 'department'
  | 'occupation'
  | 'employmentForm'
  | 'gender'
  | 'ageBand'
  | 'reason'
  | 'destination'
  | 'route'
  | 'turningYear'
  | 'sickLeaveKind'
  | 'incidentKind'
  | 'value'
  | 'population'
  | 'partTimeCount'
  | 'goal'
  | 'surveyKind'
  | 'label'
  | 'key'
  | 'scale'
  | 'previousValue'
  | 'cityValue'
  | 'responded'
  | 'invited';

export type ColumnDefinition = {
  header: string;
  /** Other headers accepted for the same column. */
  aliases?: readonly string[];
  key: ColumnKey;
  type: ColumnType;
  /** The column must be in the file. */
  required: boolean;
  /** An empty cell is accepted (for totalable columns it means "Totalt"). */
  allowEmpty: boolean;
  /** Part of what identifies a row: two rows with the same dimensions are duplicates. */
  dimension: boolean;
  /** Empty or "Totalt" means all values; the parts must then add up to that total (see totals.ts). */
  totalable: boolean;
  allowedValues?: readonly V.AllowedValue[];
  description: string;
};

export type GroupDefinition = {
  group: MeasureGroup;
  label: string;
  description: string;
  columns: readonly ColumnDefinition[];
  /** Count columns whose parts must add up to their totals. */
  additive: readonly ColumnKey[];
};

const TOTAL_NOTE = `Tom cell eller "${V.TOTAL_LABEL}" betyder alla.`;

type Extra = Partial<
  Pick<ColumnDefinition, 'required' | 'allowEmpty' | 'description' | 'aliases' | 'dimension' | 'totalable'>
>;

const year = (): ColumnDefinition => ({
  header: 'År',
  key: 'year',
  type: 'year',
  required: true,
  allowEmpty: false,
  dimension: true,
  totalable: false,
  description: `Året siffran gäller, t.ex. 2025 (${MIN_YEAR} till innevarande år).`,
});

const tertial = (): ColumnDefinition => ({
  header: 'Tertial',
  key: 'tertial',
  type: 'tertial',
  required: true,
  allowEmpty: false,
  dimension: true,
  totalable: false,
  description: 'Tertial 1 (jan–apr), 2 (maj–aug) eller 3 (sep–dec). Tertialen måste vara avslutad.',
});

const text = (header: string, key: ColumnKey, description: string): ColumnDefinition => ({
  header,
  key,
  type: 'text',
  required: false,
  allowEmpty: true,
  dimension: true,
  totalable: true,
  description: `${description} ${TOTAL_NOTE} Högst ${MAX_TEXT_LENGTH} tecken; får inte börja med =, +, -, @.`,
});

const department = () => text('Avdelning', 'department', 'Avdelningens namn som i organisationen.');
const occupation = () => text('Befattning', 'occupation', 'Befattning, t.ex. Undersköterska.');

const dimension = (
  header: string,
  key: ColumnKey,
  allowedValues: readonly V.AllowedValue[],
  extra: Extra = {},
): ColumnDefinition => ({
  header,
  key,
  type: 'enum',
  required: false,
  allowEmpty: true,
  dimension: true,
  totalable: true,
  allowedValues,
  description: `${allowedValues.map((v) => v.label).join(', ')}. ${TOTAL_NOTE}`,
  ...extra,
});

const number = (header: string, key: ColumnKey, type: ColumnType, description: string, extra: Extra = {}) =>
  ({
    header,
    key,
    type,
    required: true,
    allowEmpty: false,
    dimension: false,
    totalable: false,
    description,
    ...extra,
  }) satisfies ColumnDefinition;

const OPTIONAL: Extra = { required: false, allowEmpty: true };

const count = (header: string, key: ColumnKey, description: string, extra: Extra = {}) =>
  number(header, key, 'count', `${description} Heltal, 0 eller större.`, extra);

const employmentForm = () => dimension('Anställningsform', 'employmentForm', V.EMPLOYMENT_FORM_VALUES);
const gender = () => dimension('Kön', 'gender', V.GENDER_VALUES);
const ageBand = () => dimension('Åldersgrupp', 'ageBand', V.AGE_BAND_VALUES);
const population = (description = 'Antal personer som andelen bygger på (valfri).') =>
  count('Underlag (antal)', 'population', description, OPTIONAL);
/** Without it a rate cannot be suppressed on the people behind it, and is hidden from suppressed readers. */
const RATE_POPULATION_NOTE = 'Utan underlag visas uppgiften inte för chefer och fackliga ombud.';

const TOTALS_RULE =
  'Rader där en kolumn är tom eller "Totalt" är totaler: finns alla delar (t.ex. både Kvinna och Man) ska de ' +
  'summera exakt till totalen, annars får delarna tillsammans inte vara fler än totalen.';

const SURVEY_COLUMNS: ColumnDefinition[] = [
  year(),
  department(),
  dimension('Typ', 'surveyKind', V.SURVEY_KIND_VALUES, {
    required: true,
    allowEmpty: false,
    totalable: false,
    description: 'AMI, Delindex, Frågeområde, Fråga eller Svarsfrekvens.',
  }),
  {
    header: 'Benämning',
    key: 'label',
    type: 'text',
    required: true,
    allowEmpty: true,
    dimension: false,
    totalable: false,
    aliases: ['Fråga/område', 'Text'],
    description:
      'Delindex: Motivation, Ledarskap eller Styrning. Frågeområde och Fråga: texten som i rapporten. ' +
      'Tom för AMI och Svarsfrekvens.',
  },
  {
    header: 'Nyckel',
    key: 'key',
    type: 'text',
    required: false,
    allowEmpty: true,
    dimension: false,
    totalable: false,
    description: 'Valfri fast nyckel för Frågeområde och Fråga (t.ex. insatt-i-mal); annars skapas den från Benämning.',
  },
  dimension('Skala', 'scale', V.SCALE_VALUES, {
    dimension: false,
    totalable: false,
    description:
      'Index (0–100, standard om tom) eller Medelvärde (1–5); medelvärden räknas om till index som (medel − 1) × 25.',
  }),
  number(
    'Värde',
    'value',
    'surveyValue',
    'Årets värde. För Svarsfrekvens: svarsfrekvens i procent (valfri om Antal inbjudna anges).',
    { allowEmpty: true },
  ),
  number('Föregående år', 'previousValue', 'surveyValue', 'Förra årets värde (valfri), samma skala.', OPTIONAL),
  number('ORG', 'cityValue', 'surveyValue', 'Stadens jämförelsevärde (valfri), samma skala.', {
    ...OPTIONAL,
    aliases: ['Staden'],
  }),
  count('Antal svarande', 'responded', 'Bara på raden Svarsfrekvens.', OPTIONAL),
  count('Antal inbjudna', 'invited', 'Bara på raden Svarsfrekvens.', { ...OPTIONAL, aliases: ['Antal mottagare'] }),
];

export const GROUPS: Record<MeasureGroup, GroupDefinition> = {
  headcount: {
    group: 'headcount',
    label: 'Antal anställda',
    description: `Antal anställda vid mättillfället. ${TOTALS_RULE}`,
    columns: [
      year(),
      department(),
      occupation(),
      employmentForm(),
      gender(),
      ageBand(),
      count('Antal', 'value', 'Antal anställda.'),
    ],
    additive: ['value'],
  },
  fullTime: {
    group: 'fullTime',
    label: 'Heltid och deltid',
    description: `Andel tillsvidareanställda med heltid och antal deltidsanställda. ${TOTALS_RULE} (gäller Underlag och Antal deltid)`,
    columns: [
      year(),
      department(),
      gender(),
      ageBand(),
      number('Andel heltid (%)', 'value', 'percent', 'Andel med heltid i procent, 0–100, t.ex. 98,4.', {
        aliases: ['Andel (%)', 'Heltid (%)'],
      }),
      population(),
      count('Antal deltid', 'partTimeCount', 'Antal deltidsanställda (valfri).', {
        ...OPTIONAL,
        aliases: ['Deltid (antal)'],
      }),
    ],
    additive: ['population', 'partTimeCount'],
  },
  departures: {
    group: 'departures',
    label: 'Avgångar',
    description: `Antal avgångar under året. ${TOTALS_RULE}`,
    columns: [
      year(),
      department(),
      occupation(),
      employmentForm(),
      dimension('Orsak', 'reason', V.DEPARTURE_REASON_VALUES, { aliases: ['Avgångsorsak'] }),
      dimension('Vart', 'destination', V.DESTINATION_VALUES, { aliases: ['Till', 'Destination'] }),
      count('Antal', 'value', 'Antal avgångar.'),
    ],
    additive: ['value'],
  },
  recruitments: {
    group: 'recruitments',
    label: 'Rekryteringar',
    description: `Antal rekryteringar under året. ${TOTALS_RULE}`,
    columns: [
      year(),
      department(),
      occupation(),
      employmentForm(),
      dimension('Rekryteringsväg', 'route', V.RECRUITMENT_ROUTE_VALUES),
      count('Antal', 'value', 'Antal rekryteringar.'),
    ],
    additive: ['value'],
  },
  turnover: {
    group: 'turnover',
    label: 'Personalomsättning',
    description: 'Personalomsättning i procent enligt förvaltningens definition.',
    columns: [
      year(),
      department(),
      occupation(),
      ageBand(),
      number('Andel (%)', 'value', 'percent', 'Personalomsättning i procent, 0–100, t.ex. 7,3.', {
        aliases: ['Personalomsättning (%)'],
      }),
      population(),
    ],
    additive: [],
  },
  retirements: {
    group: 'retirements',
    label: 'Pensionsavgångar',
    description: `Medarbetare per år då de fyller 65 (de kan arbeta till 69). ${TOTALS_RULE}`,
    columns: [
      year(),
      department(),
      occupation(),
      {
        header: 'Fyller 65 år',
        key: 'turningYear',
        type: 'turningYear',
        required: true,
        allowEmpty: false,
        dimension: true,
        totalable: false,
        aliases: ['Fyller 65', 'År då 65'],
        description: `Året då medarbetarna fyller 65 (från År och framåt), eller "${V.OVER_65_LABEL}" för dem som redan fyllt 65.`,
      },
      count('Antal', 'value', 'Antal medarbetare.'),
    ],
    additive: ['value'],
  },
  sickLeave: {
    group: 'sickLeave',
    label: 'Sjukfrånvaro',
    description: 'Sjukfrånvaro i procent av schemalagd arbetstid, med förvaltningens mål.',
    columns: [
      year(),
      department(),
      gender(),
      dimension('Mått', 'sickLeaveKind', V.SICK_LEAVE_KIND_VALUES, {
        required: true,
        allowEmpty: false,
        totalable: false,
        description: 'Total, Korttid (dag 1-14) eller Långtid (60+ dagar).',
      }),
      number('Andel (%)', 'value', 'percent', 'Sjukfrånvaro i procent, 0–100, t.ex. 6,2.', {
        aliases: ['Sjukfrånvaro (%)'],
      }),
      number(
        'Mål (%)',
        'goal',
        'percent',
        'Förvaltningens mål i procent (valfri). Anges bara på rader för hela förvaltningen (tom Avdelning och Kön).',
        OPTIONAL,
      ),
      population(`Antal anställda som sjukfrånvaron avser (valfri). ${RATE_POPULATION_NOTE}`),
    ],
    additive: [],
  },
  incidents: {
    group: 'incidents',
    label: 'Incidenter',
    description: `Rapporterade händelser (tillbud och olyckor) per tertial. ${TOTALS_RULE}`,
    columns: [
      year(),
      tertial(),
      department(),
      dimension('Händelsetyp', 'incidentKind', V.INCIDENT_KIND_VALUES, { aliases: ['Typ'] }),
      count('Antal', 'value', 'Antal händelser.'),
    ],
    additive: ['value'],
  },
  spanOfControl: {
    group: 'spanOfControl',
    label: 'Medarbetare per chef',
    description: 'Antal medarbetare per chef (stadens riktmärke 30).',
    columns: [
      year(),
      department(),
      number('Medarbetare per chef', 'value', 'decimal', 'Antal medarbetare per chef, t.ex. 24,5.', {
        aliases: ['Antal medarbetare per chef'],
      }),
      population(`Antal medarbetare som måttet avser (valfri). ${RATE_POPULATION_NOTE}`),
    ],
    additive: [],
  },
  survey: {
    group: 'survey',
    label: 'Medarbetarenkät',
    description: 'Resultat från medarbetarenkäten: AMI, delindex, frågeområden, frågor och svarsfrekvens.',
    columns: SURVEY_COLUMNS,
    additive: [],
  },
};

export const groupLabel = (g: MeasureGroup): string => GROUPS[g].label;
