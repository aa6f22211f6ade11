/**
 * A client for Kolada's API v3 (v2 answers 410 Gone since 2025). Collects every page of an answer before it
 * returns, so a failure part-way leaves the caller nothing to store. Retries 429 and 5xx (and an unreachable
 * server) with exponential backoff; the base delay is configurable so tests run in milliseconds.
 */
import {
  type KoladaGroupMeta,
  type KoladaKpiMeta,
  type KoladaRow,
  type Parsed,
  dedupeRows,
  parseDataPage,
  parseGroupPage,
  parseKpiPage,
} from './format';

export const MAX_PER_PAGE = 5000;
export const MAX_MUNICIPALITIES_PER_CALL = 25;
const MAX_PAGES = 1000;

export type KoladaClientOptions = {
  baseUrl: string;
  timeoutMs?: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  backoffBaseMs?: number;
  fetch?: typeof fetch;
};

/** A failure with the Swedish message the administrator reads. */
export class KoladaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KoladaError';
  }
}

const UNREACHABLE =
  'Kolada kan inte nås från servern. Många stadsnät stänger utgående trafik: hämta uppgifterna på kolada.se och använd ”Importera Kolada-fil”.';

export function createKoladaClient(options: KoladaClientOptions) {
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const attempts = options.attempts ?? 3;
  const backoffBaseMs = options.backoffBaseMs ?? 500;
  const doFetch = options.fetch ?? fetch;

  async function getText(url: URL): Promise<{ status: number; text: string }> {
    let last = '';
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await sleep(backoffBaseMs * 2 ** (attempt - 1));
      let response: Response;
      try {
        response = await doFetch(url, {
          signal: AbortSignal.timeout(timeoutMs),
          headers: { accept: 'application/json' },
        });
      } catch {
        last = UNREACHABLE;
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        last =
          response.status === 429
            ? 'Kolada tar inte emot fler anrop just nu (HTTP 429). Försök igen om en stund.'
            : `Kolada svarar med ett fel (HTTP ${response.status}). Försök igen senare eller använd ”Importera Kolada-fil”.`;
        continue;
      }
      return { status: response.status, text: await response.text() };
    }
    throw new KoladaError(`${last} Inget har sparats.`);
  }

  function unwrap<T>(parsed: Parsed<T>): T {
    if (!parsed.ok) throw new KoladaError(`${parsed.error} Inget har sparats.`);
    return parsed.value;
  }

  /** next_url is followed only on Kolada's own host: an answer must not send the server elsewhere. */
  function follow(next: string): URL {
    const url = new URL(next, base);
    if (url.origin !== base.origin) throw new KoladaError('Kolada hänvisar till en annan adress. Inget har sparats.');
    return url;
  }

  async function allPages<T>(first: URL, read: (text: string) => { items: T[]; nextUrl: string | null }) {
    const items: T[] = [];
    let url: URL | null = first;
    for (let page = 0; url; page++) {
      if (page >= MAX_PAGES) throw new KoladaError('Kolada svarar med för många sidor. Inget har sparats.');
      const { status, text } = await getText(url);
      if (status !== 200) throw new KoladaError(`Kolada svarar ${status} på ${url.pathname}. Inget har sparats.`);
      const page_ = read(text);
      items.push(...page_.items);
      url = page_.nextUrl ? follow(page_.nextUrl) : null;
    }
    return items;
  }

  return {
    /** Every value of the KPIs for the municipalities (≤ 25 a call) and years. */
    async fetchValues(request: { kpis: string[]; municipalities: string[]; years: number[] }): Promise<KoladaRow[]> {
      if (request.years.length === 0) throw new KoladaError('Välj minst ett år.');
      const rows: KoladaRow[] = [];
      for (const kpi of request.kpis) {
        for (let i = 0; i < request.municipalities.length; i += MAX_MUNICIPALITIES_PER_CALL) {
          const ids = request.municipalities.slice(i, i + MAX_MUNICIPALITIES_PER_CALL);
          const url = new URL(
            `v3/data/kpi/${encodeURIComponent(kpi)}/municipality/${ids.join(',')}/year/${request.years.join(',')}`,
            base,
          );
          url.searchParams.set('per_page', String(MAX_PER_PAGE));
          rows.push(
            ...(await allPages(url, (text) => {
              const page = unwrap(parseDataPage(text));
              return { items: page.rows, nextUrl: page.nextUrl };
            })),
          );
        }
      }
      return dedupeRows(rows);
    },

    /** A KPI's title, description and unit; null when Kolada does not know the id. */
    async fetchKpi(id: string): Promise<KoladaKpiMeta | null> {
      const { status, text } = await getText(new URL(`v3/kpi/${encodeURIComponent(id)}`, base));
      if (status === 404) return null;
      if (status !== 200) throw new KoladaError(`Kolada svarar ${status} på nyckeltalet ${id}.`);
      return unwrap(parseKpiPage(text, id));
    },

    async fetchMunicipalityGroups(): Promise<KoladaGroupMeta[]> {
      const url = new URL('v3/municipality_groups', base);
      url.searchParams.set('per_page', String(MAX_PER_PAGE));
      return allPages(url, (text) => {
        const page = unwrap(parseGroupPage(text));
        return { items: page.groups, nextUrl: page.nextUrl };
      });
    },
  };
}

export type KoladaClient = ReturnType<typeof createKoladaClient>;

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
