import { describe, expect, it } from 'vitest';
import { HEADCOUNT_HEADER, expectProblem, lines, parseCsv } from './helpers';

const headcount = (...rows: string[]) => parseCsv(lines(HEADCOUNT_HEADER, ...rows), 'headcount');

describe('implausible values are refused in the preview, not at commit (issue 16 item 7)', () => {
  it.each(['9999999999', '99999999999', '100001'])('a headcount of %s', async (count) => {
    const result = await headcount(`2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;${count}`);
    expectProblem(result, { message: /är orimligt stort: högst 100.000 är tillåtet/, column: 'Antal' });
  });

  it('the largest plausible count passes', async () => {
    const result = await headcount('2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;100000');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a bidi override', '\u202e'],
    ['a bidi isolate', '\u2067'],
  ])('%s in a department name', async (_, character) => {
    const result = await headcount(`2025;Äldre${character}omsorg;Undersköterska;Tillsvidare;Kvinna;30-39;12`);
    expectProblem(result, { message: /osynligt styrtecken/, column: 'Avdelning' });
  });
});
