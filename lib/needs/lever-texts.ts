/** A scenario's levers in plain Swedish, each with the SKR strategy it serves. Pure. */
import { formatDecimal } from '../format';
import { LEVERS, type ScenarioLevers } from './scenarios';

export function describeLevers(levers: ScenarioLevers): string[] {
  const out: string[] = [];
  const strategy = (key: keyof ScenarioLevers) => {
    const s = LEVERS[key].strategy;
    return s ? ` (SKR: ${s})` : '';
  };
  const n = (v: number) => formatDecimal(v);
  const f = levers.fullTime;
  if (f)
    out.push(
      `${LEVERS.fullTime.label}: ${
        f.mode === 'hours'
          ? `deltidsanställda arbetar ${n(f.hoursPerWeek)} timmar mer i veckan`
          : `${n(f.targetShare)} % arbetar heltid`
      }${strategy('fullTime')}`,
    );
  const r = levers.laterRetirement;
  if (r)
    out.push(
      `${LEVERS.laterRetirement.label}: ${
        r.mode === 'shift' ? `${r.years} år senare` : `ingen går i pension före ${r.age} år`
      }${strategy('laterRetirement')}`,
    );
  const t = levers.lowerTurnover;
  if (t)
    out.push(
      `${LEVERS.lowerTurnover.label}: −${n(t.percentagePoints)} procentenheter ${
        t.occupation ? `för ${t.occupation}` : 'för alla befattningar'
      }${strategy('lowerTurnover')}`,
    );
  if (levers.efficiency)
    out.push(`${LEVERS.efficiency.label}: −${n(levers.efficiency.percent)} % av behovet${strategy('efficiency')}`);
  if (levers.staffingRatio)
    out.push(`${LEVERS.staffingRatio.label}: volymförändringen × ${n(levers.staffingRatio.multiplier)}`);
  return out;
}
