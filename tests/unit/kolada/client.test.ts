import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KoladaError, createKoladaClient } from '@/lib/kolada/client';

/**
 * The client against a local HTTP server that replays recorded Kolada v3 pages (format as in STACK.md: rows
 * {kpi, municipality, period, values: [{gender, value, status, count}]}, paging by next_url).
 */
type Reply = { status: number; body: string };
let server: Server;
let base = '';
let replies: Map<string, Reply[]>;
let requests: string[];

const row = (municipality: string, period: number, value: number | null, status = '') => ({
  kpi: 'N00090',
  municipality,
  period,
  values: [
    { gender: 'T', value, status, count: 1 },
    { gender: 'K', value: value === null ? null : value + 1, status, count: 1 },
  ],
});
const page = (values: unknown[], next: string | null) =>
  JSON.stringify({ count: values.length, values, next_url: next });

function reply(path: string, ...answers: Reply[]) {
  replies.set(path, answers);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!);
    const queue = replies.get(req.url!) ?? [];
    const answer = queue.length > 1 ? queue.shift()! : (queue[0] ?? { status: 404, body: '{"detail":"Not found"}' });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  replies = new Map();
  requests = [];
});

const client = () => createKoladaClient({ baseUrl: base, backoffBaseMs: 1, attempts: 3, timeoutMs: 2000 });
const first = '/v3/data/kpi/N00090/municipality/0180,0000/year/2023,2024?per_page=5000';

describe('Kolada client', () => {
  it('follows next_url across three pages and returns every value', async () => {
    reply(first, { status: 200, body: page([row('0180', 2023, 7.1)], `${base}/v3/data/page2`) });
    reply('/v3/data/page2', { status: 200, body: page([row('0180', 2024, 7.3)], `${base}/v3/data/page3`) });
    reply('/v3/data/page3', { status: 200, body: page([row('0000', 2024, 6.9)], null) });
    const rows = await client().fetchValues({
      kpis: ['N00090'],
      municipalities: ['0180', '0000'],
      years: [2023, 2024],
    });
    expect(requests).toEqual([first, '/v3/data/page2', '/v3/data/page3']);
    expect(rows).toHaveLength(6);
    expect(rows).toContainEqual({
      kpi: 'N00090',
      municipality: '0000',
      period: 2024,
      gender: 'T',
      value: 6.9,
      status: '',
      count: 1,
    });
  });

  it('waits and retries after 429, then succeeds', async () => {
    reply(first, { status: 429, body: '' }, { status: 200, body: page([row('0180', 2024, 7.3)], null) });
    const rows = await client().fetchValues({
      kpis: ['N00090'],
      municipalities: ['0180', '0000'],
      years: [2023, 2024],
    });
    expect(requests).toEqual([first, first]);
    expect(rows.filter((r) => r.gender === 'T').map((r) => r.value)).toEqual([7.3]);
  });

  it('gives up after three 500s with a clear Swedish error', async () => {
    reply(first, { status: 500, body: 'boom' });
    const call = client().fetchValues({ kpis: ['N00090'], municipalities: ['0180', '0000'], years: [2023, 2024] });
    await expect(call).rejects.toThrow(KoladaError);
    await expect(call).rejects.toThrow(/Kolada svarar med ett fel \(HTTP 500\).*Inget har sparats/);
    expect(requests).toEqual([first, first, first]);
  });

  it('refuses malformed JSON, and a page in another shape, without returning part of the answer', async () => {
    reply(first, { status: 200, body: page([row('0180', 2023, 7.1)], `${base}/v3/data/bad`) });
    reply('/v3/data/bad', { status: 200, body: '{"values": [' });
    await expect(
      client().fetchValues({ kpis: ['N00090'], municipalities: ['0180', '0000'], years: [2023, 2024] }),
    ).rejects.toThrow(/inte giltig JSON/);
    reply(first, { status: 200, body: JSON.stringify({ values: [{ kpi: 'N00090', municipality: 'Stockholm' }] }) });
    await expect(
      client().fetchValues({ kpis: ['N00090'], municipalities: ['0180', '0000'], years: [2023, 2024] }),
    ).rejects.toThrow(/inte det format som väntades/);
  });

  it('says when Kolada does not know a KPI', async () => {
    reply('/v3/kpi/N00090', {
      status: 200,
      body: JSON.stringify({ count: 1, values: [{ id: 'N00090', title: 'Sjukfrånvaro totalt, kommun, (%)' }] }),
    });
    reply('/v3/kpi/N99999', { status: 200, body: JSON.stringify({ count: 0, values: [] }) });
    expect(await client().fetchKpi('N00090')).toMatchObject({ title: 'Sjukfrånvaro totalt, kommun, (%)' });
    expect(await client().fetchKpi('N99999')).toBeNull();
    expect(await client().fetchKpi('N99998')).toBeNull(); // 404 from the server
  });

  it('keeps a value Kolada marks missing as no value, with its status', async () => {
    reply(first, { status: 200, body: page([row('0180', 2024, null, 'Missing')], null) });
    const rows = await client().fetchValues({
      kpis: ['N00090'],
      municipalities: ['0180', '0000'],
      years: [2023, 2024],
    });
    expect(rows[0]).toMatchObject({ municipality: '0180', value: null, status: 'Missing' });
  });

  it('asks for at most 25 municipalities a call, always with years and per_page', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => String(i + 100).padStart(4, '0'));
    await expect(client().fetchValues({ kpis: ['N00090'], municipalities: ids, years: [2024] })).rejects.toThrow();
    const firstCall = requests[0]!;
    expect(firstCall).toBe(`/v3/data/kpi/N00090/municipality/${ids.slice(0, 25).join(',')}/year/2024?per_page=5000`);
  });

  it('never follows next_url to another host', async () => {
    reply(first, { status: 200, body: page([row('0180', 2023, 7.1)], 'http://example.invalid/v3/data/page2') });
    await expect(
      client().fetchValues({ kpis: ['N00090'], municipalities: ['0180', '0000'], years: [2023, 2024] }),
    ).rejects.toThrow(/annan adress/);
  });

  it('says in Swedish when Kolada cannot be reached', async () => {
    const closed = createKoladaClient({ baseUrl: 'http://127.0.0.1:1', backoffBaseMs: 1, attempts: 2 });
    await expect(closed.fetchMunicipalityGroups()).rejects.toThrow(/Kolada kan inte nås från servern/);
  });
});
