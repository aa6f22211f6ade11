/**
 * Kolada values as live figures in the plan: measure `kolada`, dimensions {kpi, area} where area is a
 * municipality id (0180, 0000) or `group:<id>` (the comparison group's mean), and the year. "Infoga jämförelse"
 * inserts a sentence of such figures beside the own live figure; they freeze with the snapshot like every live
 * figure. Pure and client-safe.
 */
import type { DocNode, FigureBinding } from '../plans/document';
import { type OwnMeasureKey, OWN_MEASURES, RIKET, STOCKHOLM, singleBinding } from './own-measures';

export const KOLADA_MEASURE = 'kolada';
export const GROUP_AREA_PREFIX = 'group:';

export function koladaBinding(kpi: string, area: string, year: number): FigureBinding {
  return { measure: KOLADA_MEASURE, dimensions: { kpi, area }, year };
}

export function areaLabel(area: string, groupTitle?: string | null): string {
  if (area === STOCKHOLM) return 'Stockholms stad';
  if (area === RIKET) return 'riket';
  if (area.startsWith(GROUP_AREA_PREFIX)) return groupTitle ?? 'jämförelsegruppen';
  return `kommun ${area}`;
}

export function koladaFigureLabel(binding: FigureBinding): string {
  const { kpi = '?', area = '?' } = binding.dimensions;
  return `Kolada ${kpi}, ${areaLabel(area)}`;
}

export type ComparisonChoice = {
  kpi: string;
  title: string;
  ownMeasure: OwnMeasureKey | null;
  years: number[];
  group: { id: string; title: string } | null;
};

const text = (t: string): DocNode => ({ type: 'text', text: t });
const figure = (b: FigureBinding): DocNode => ({ type: 'liveFigure', attrs: { ...b } });

/**
 * "Sjukfrånvaro totalt [6,2 %] (2024) jämfört med Stockholms stad [X %] och riket [Y %], Källa: Kolada." — the own
 * figure only where it is one live figure (a share computed from several is left to the dashboard).
 */
export function comparisonContent(choice: ComparisonChoice, year: number): DocNode[] {
  const own = choice.ownMeasure ? singleBinding(choice.ownMeasure, year) : null;
  const head: DocNode[] = own
    ? [text(`${OWN_MEASURES[choice.ownMeasure!].label} `), figure(own), text(` (${year}) jämfört med Stockholms stad `)]
    : [text(`${choice.title} (${year}): Stockholms stad `)];
  const group = choice.group
    ? [
        text(`, ${choice.group.title} `),
        figure(koladaBinding(choice.kpi, `${GROUP_AREA_PREFIX}${choice.group.id}`, year)),
      ]
    : [];
  return [
    ...head,
    figure(koladaBinding(choice.kpi, STOCKHOLM, year)),
    ...group,
    text(' och riket '),
    figure(koladaBinding(choice.kpi, RIKET, year)),
    text(', Källa: Kolada.'),
  ];
}
