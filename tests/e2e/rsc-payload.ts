import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * What a browser receives of a page beyond its HTML: the React Server Components payload, inlined into the HTML
 * (`self.__next_f.push`) and fetched on its own by a client navigation (`RSC: 1`, or the `?_rsc=` address a
 * router uses). A leak check reads both, since chart props travel in the payload and never show as text.
 */

export type Chart = {
  title: string;
  categories: string[];
  series: { label: string; values: (number | null)[]; displays: string[] }[];
};

/** The payload inlined into an HTML page. */
export function inlinedPayload(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)];
  return chunks.map((m) => JSON.parse(m[1]!) as string).join('');
}

/** The page as HTML and as the two ways of fetching its payload, each with the caller's session. */
export async function pageAndPayloads(page: Page, path: string): Promise<{ html: string; payloads: string[] }> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const html = await response!.text();
  const rsc = await page.request.get(path, { headers: { RSC: '1' } });
  const rscQuery = await page.request.get(`${path}${path.includes('?') ? '&' : '?'}_rsc=e2e`, {
    headers: { RSC: '1' },
  });
  const payloads = [inlinedPayload(html), await rsc.text(), await rscQuery.text()];
  for (const payload of payloads) expect(payload, `${path}: a payload`).toContain('"categories"');
  return { html, payloads };
}

/** Every chart's data in a payload: each row (`id:JSON`) parsed and searched for chart objects. */
export function chartsIn(payload: string): Chart[] {
  const charts: Chart[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.categories) && Array.isArray(record.series) && typeof record.title === 'string')
        charts.push(record as unknown as Chart);
      else Object.values(record).forEach(visit);
    }
  };
  for (const line of payload.split('\n')) {
    const json = line.match(/^[0-9a-f]+:(\[.*|\{.*)$/)?.[1];
    if (!json) continue;
    try {
      visit(JSON.parse(json));
    } catch {
      // A row that is not JSON (a module reference, text): no chart in it.
    }
  }
  return charts;
}

/** A number as it may appear in a page or a payload: as JSON and as Swedish text ("2 963", no-break space). */
export function numberPattern(value: number): RegExp {
  const swedish = value.toLocaleString('sv-SE').replace(/\s/g, '(?:[\\s\\u00a0\\u202f]|&nbsp;)');
  return new RegExp(`(?<![\\w.+/=-])(?:${value}|${swedish})(?![\\w+/=]|[.,]\\d)`);
}
