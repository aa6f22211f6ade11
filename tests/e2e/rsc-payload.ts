import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * What a browser receives of a page beyond its HTML: the React Server Components payload, inlined into the HTML
 * (`self.__next_f.push`) and fetched on its own by a client navigation (`RSC: 1`, or the `?_rsc=` address a
 * router uses). A leak check reads both: what a client component gets travels there and never shows as text.
 */

/** A dashboard chart as its table gives it: the categories, and each series' cells as displayed ("4 817", "<5"). */
export type Chart = { title: string; categories: string[]; series: { label: string; displays: string[] }[] };

/**
 * Every chart on the page, read from the table each one carries (the chart itself is SVG drawn on the server:
 * no chart data travels to the browser). textContent, as the tables sit in closed disclosures.
 */
export async function chartTables(page: Page): Promise<Chart[]> {
  return page.locator('section.stat-chart').evaluateAll((sections) =>
    sections.flatMap((section) => {
      const title = section.querySelector('h3')?.textContent?.trim() ?? '';
      const table = section.querySelector('table');
      if (!table) return [];
      const text = (cell: Element) => (cell.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
      const labels = [...table.querySelectorAll('thead th')].slice(1).map(text);
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
      return [
        {
          title,
          categories: rows.map((cells) => cells[0]!),
          series: labels.map((label, i) => ({ label, displays: rows.map((cells) => cells[i + 1] ?? '') })),
        },
      ];
    }),
  );
}

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
  // The page's own payload, with the dashboard in it (not a redirect's or an error's).
  for (const payload of payloads) expect(payload, `${path}: a payload`).toContain('stat-chart__title');
  return { html, payloads };
}

/** A number as it may appear in a page or a payload: as JSON and as Swedish text ("2 963", no-break space). */
export function numberPattern(value: number): RegExp {
  const swedish = value.toLocaleString('sv-SE').replace(/\s/g, '(?:[\\s\\u00a0\\u202f]|&nbsp;)');
  return new RegExp(`(?<![\\w.+/=-])(?:${value}|${swedish})(?![\\w+/=]|[.,]\\d)`);
}
