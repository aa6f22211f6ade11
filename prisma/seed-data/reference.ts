/** Reference data shared by every organisation: SKR strategy sets, UBARA phases, union organisations. */
import type { UbaraKey } from './types';

export type SeedStrategy = { name: string; description: string; verified: boolean };

/** SKR's 2024 revision. Five names are verified (DOMAIN.md); the rest are as the seeds and SKR's themes
 * word them and flagged unverified so an administrator can correct them. */
export const SKR_2024: SeedStrategy[] = [
  {
    name: 'Arbeta med friskfaktorer',
    description:
      'Skapa hälsosamma arbetsplatser genom att stärka de faktorer som gör att medarbetare mår bra och stannar.',
    verified: true,
  },
  {
    name: 'Underlätta för fler att arbeta mer och längre',
    description: 'Heltid som norm och ett hållbart arbetsliv som gör det möjligt att arbeta till och efter 65.',
    verified: true,
  },
  {
    name: 'Värna arbetstiden',
    description: 'Använda arbetstiden till kärnuppdraget och minska tidstjuvar.',
    verified: true,
  },
  {
    name: 'Främja medarbetarnas utveckling och möjlighet till omställning',
    description: 'Kompetensutveckling, karriärvägar och omställning när uppdrag förändras.',
    verified: true,
  },
  {
    name: 'Rekrytera och attrahera bredare',
    description: 'Nå nya målgrupper och bredda rekryteringsbasen.',
    verified: true,
  },
  {
    name: 'Stärk chefers förutsättningar att leda',
    description: 'Rimliga chefsuppdrag, stöd och ledarutveckling.',
    verified: false,
  },
  {
    name: 'Använd kompetensen på rätt sätt',
    description: 'Rätt person gör rätt saker: arbetsdifferentiering och nya yrkesroller.',
    verified: false,
  },
  {
    name: 'Skapa goda anställningsvillkor och lönebildning',
    description: 'Villkor och lönebildning som gör det möjligt att behålla och attrahera.',
    verified: false,
  },
  {
    name: 'Ta tillvara digitaliseringens och teknikens möjligheter',
    description: 'Digitala arbetssätt och välfärdsteknik som avlastar och utvecklar.',
    verified: false,
  },
];

/** Short names for the 2024 strategies, used by the seed files (the seed-data test checks each exists in SKR_2024). */
export const STRATEGY = {
  friskfaktorer: 'Arbeta med friskfaktorer',
  merOchLangre: 'Underlätta för fler att arbeta mer och längre',
  utveckling: 'Främja medarbetarnas utveckling och möjlighet till omställning',
  rekrytera: 'Rekrytera och attrahera bredare',
  chefer: 'Stärk chefers förutsättningar att leda',
  kompetens: 'Använd kompetensen på rätt sätt',
  digitalisering: 'Ta tillvara digitaliseringens och teknikens möjligheter',
} as const;

/** The older set (about 2014–2019), kept for plans written against it. */
export const SKR_2014: SeedStrategy[] = [
  'Använd kompetensen rätt',
  'Bredda rekryteringen',
  'Fler jobbar mer',
  'Förläng arbetslivet',
  'Visa karriärmöjligheterna',
  'Skapa engagemang',
  'Utnyttja tekniken',
  'Underlätta lönekarriär',
  'Marknadsför jobben',
].map((name) => ({ name, description: '', verified: true }));

export const UBARA_PHASES: { key: UbaraKey; name: string; description: string }[] = [
  {
    key: 'UTVECKLA',
    name: 'Utveckla',
    description:
      'Utveckla och motivera medarbetare: medarbetarsamtal, löneprocess, ledar- och medarbetarutveckling, karriärvägar.',
  },
  {
    key: 'BEHALLA',
    name: 'Behålla',
    description: 'Behålla genom engagemang: arbetsmiljöarbete, samverkan, förutsättningar för engagemang.',
  },
  {
    key: 'ATTRAHERA',
    name: 'Attrahera',
    description: 'Vara en förebild som arbetsgivare: arbetsgivarvarumärke, mässor, praktik och VFU.',
  },
  { key: 'REKRYTERA', name: 'Rekrytera', description: 'Rekrytera kompetensbaserat.' },
  { key: 'INTRODUCERA', name: 'Introducera', description: 'God introduktion och mentorskap för nyanställda.' },
  {
    key: 'AVSLUTA',
    name: 'Avsluta',
    description: 'Avsluta för ambassadörskap: överlämning, kompetensöverföring och avslutssamtal.',
  },
];

export const UNION_ORGANIZATIONS: { name: string; shortName: string }[] = [
  { name: 'Akademikerförbundet SSR', shortName: 'SSR' },
  { name: 'Kommunal', shortName: 'Kommunal' },
  { name: 'Vision', shortName: 'Vision' },
  { name: 'Sveriges Lärare', shortName: 'Sveriges Lärare' },
  { name: 'Sveriges Skolledare', shortName: 'Skolledarna' },
  { name: 'Akavia', shortName: 'Akavia' },
  { name: 'Vårdförbundet', shortName: 'Vårdförbundet' },
  { name: 'Ledarna', shortName: 'Ledarna' },
];
