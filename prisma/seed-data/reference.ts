/** Reference data shared by every organisation: SKR strategy sets, UBARA phases, union organisations. */
import type { UbaraKey } from './types';

export type SeedStrategy = { name: string; description: string; verified: boolean };

/** SKR's 2024 revision. Eight names are checked against SKR's own pages (DOMAIN.md); the ninth is not yet known
 * and stays flagged unverified, so an administrator can correct it. */
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
    // SKR writes "chefens"; the seed documents write "chefers".
    name: 'Stärk chefens förutsättningar att leda',
    description: 'Rimliga chefsuppdrag, stöd och ledarutveckling.',
    verified: true,
  },
  {
    name: 'Synliggör lön, villkor och förmåner',
    description: 'Lönepolitiken som verktyg, synliggör hela lönen, villkor och förmåner, lokala lösningar.',
    verified: true,
  },
  {
    // The seed documents write "kompetensen på rätt sätt".
    name: 'Använd kompetensen rätt',
    description: 'Rätt person gör rätt saker: arbetsdifferentiering och nya yrkesroller.',
    verified: true,
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
  chefer: 'Stärk chefens förutsättningar att leda',
  kompetens: 'Använd kompetensen rätt',
  digitalisering: 'Ta tillvara digitaliseringens och teknikens möjligheter',
} as const;

/** The 2019 set, kept for plans written against it. */
export const SKR_2019: SeedStrategy[] = [
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

/**
 * How the 2019 strategies carry into the 2024 set at rollover: a starting point an administrator can change.
 * "Skapa engagemang" has no clear successor and is left unmapped: a carried activity loses it (HR picks a new one).
 */
export const SKR_2019_TO_2024: [from: string, to: string][] = [
  ['Använd kompetensen rätt', 'Använd kompetensen rätt'],
  ['Bredda rekryteringen', 'Rekrytera och attrahera bredare'],
  ['Marknadsför jobben', 'Rekrytera och attrahera bredare'],
  ['Fler jobbar mer', 'Underlätta för fler att arbeta mer och längre'],
  ['Förläng arbetslivet', 'Underlätta för fler att arbeta mer och längre'],
  ['Visa karriärmöjligheterna', 'Främja medarbetarnas utveckling och möjlighet till omställning'],
  ['Underlätta lönekarriär', 'Synliggör lön, villkor och förmåner'],
  ['Utnyttja tekniken', 'Ta tillvara digitaliseringens och teknikens möjligheter'],
];
