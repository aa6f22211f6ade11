/**
 * The upload route at the HTTP level (issue 6, items 5 and 17): requests as a browser or an attacker sends
 * them, answered by the route handler on a real database. The session is the only thing stubbed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/session';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

import { POST } from '@/app/(app)/[org]/statistik/import/fil/route';
import { GET as template } from '@/app/(app)/[org]/statistik/import/mall/[group]/route';
import { MAX_FILE_BYTES } from '@/lib/statistics/import';
import { uploadSlots } from '@/lib/statistics/import/upload';
import { createOrganization, createUser } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ORIGIN = 'http://127.0.0.1:3203';
let t: TestDatabase;
let org: { id: string; slug: string };
let hr: Viewer;
let manager: Viewer;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createOrganization(t.db);
  const viewer = async (email: string, role: 'HR' | 'MANAGER'): Promise<Viewer> => {
    const user = await createUser(t.db, { email, name: email, memberships: [{ org: org.slug, role }] });
    return {
      id: user.id,
      email,
      isSystemAdmin: false,
      name: email,
      organizations: [
        {
          id: org.id,
          slug: org.slug,
          name: 'Test',
          unreadNotifications: 0,
          access: { organizationId: org.id, roles: [role], managedDepartmentIds: [], unionOrganizationId: null },
        },
      ],
    };
  };
  hr = await viewer('hr.upload@test.se', 'HR');
  manager = await viewer('chef.upload@test.se', 'MANAGER');
});
afterAll(async () => {
  await t.close();
});
beforeEach(() => {
  session.viewer = hr;
});

const HEADER = 'År;Avdelning;Befattning;Anställningsform;Kön;Åldersgrupp;Antal';

function form(content: string | Uint8Array<ArrayBuffer>, fileName = 'antal.csv'): FormData {
  const data = new FormData();
  data.set('org', org.slug);
  data.set('intent', 'preview');
  data.set('group', 'headcount');
  data.set('file', new File([content], fileName, { type: 'text/csv' }));
  return data;
}

function upload(body: BodyInit, headers: Record<string, string> = {}, slug = org.slug) {
  const request = new Request(`${ORIGIN}/${slug}/statistik/import/fil`, {
    method: 'POST',
    // As a browser sends it: the Host it connected to (the app's origin without NEXTAUTH_URL) and its Origin.
    headers: { host: new URL(ORIGIN).host, origin: ORIGIN, ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ org: slug }) });
}

/** The NDJSON answer's outcome. */
async function outcome(response: Response) {
  const lines = (await response.text()).trim().split('\n');
  return JSON.parse(lines.at(-1)!).state as { status: string; error?: string };
}

/** A body that counts what the server pulled from it. */
function countingStream(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x41);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

const denials = () => t.db.auditLog.count({ where: { action: 'access.denied' } });

describe('the statistics upload over HTTP', () => {
  it('answers Origin: null and a foreign origin with 403, whatever X-Forwarded-Host says', async () => {
    for (const headers of <Record<string, string>[]>[
      { origin: 'null' },
      { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
      { origin: 'not a url' },
    ]) {
      const response = await upload(
        form(`${HEADER}\n2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;4`),
        headers,
      );
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('Förfrågan kommer inte från Kompetensplan.');
    }
  });

  it('authorizes from the URL and the session before reading the body, and audits the refusal', async () => {
    for (const [viewer, status] of [
      [null, 401],
      [manager, 403],
    ] as const) {
      session.viewer = viewer;
      const before = await denials();
      const { stream, counter } = countingStream(20 * 1024 * 1024);
      const response = await upload(stream, { 'content-type': 'multipart/form-data; boundary=x' });
      expect(response.status).toBe(status);
      expect(counter.pulled).toBeLessThanOrEqual(2 * 64 * 1024); // at most what the stream primed
      expect(await denials()).toBe(before + 1);
    }
  });

  it('takes a file of exactly the documented 10 MB', async () => {
    const row = '2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;4\r\n';
    const head = new TextEncoder().encode(`${HEADER}\r\n${row}`);
    const bytes = new Uint8Array(MAX_FILE_BYTES).fill(0x20); // trailing blanks
    bytes.set(head);
    bytes.set(new TextEncoder().encode('\r\n'), MAX_FILE_BYTES - 2);
    const response = await upload(form(bytes));
    expect(response.status).toBe(200);
    expect((await outcome(response)).status).not.toBe('idle');
    expect(JSON.stringify(await outcome(await upload(form(bytes))))).not.toContain('oväntat fel');
  });

  it('refuses a chunked 50 MB body (no content-length) once it passes the limit, in Swedish', async () => {
    const { stream, counter } = countingStream(50 * 1024 * 1024);
    const response = await upload(stream, { 'content-type': 'multipart/form-data; boundary=x' });
    expect(response.status).toBe(413);
    expect(await response.text()).toBe('Filen är för stor. Största tillåtna storlek är 10 MB.');
    expect(counter.pulled).toBeLessThan(MAX_FILE_BYTES + 1024 * 1024);
  });

  it('refuses a declared body over the limit without reading it', async () => {
    const { stream, counter } = countingStream(50 * 1024 * 1024);
    const response = await upload(stream, {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(50 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('caps the file name at 255 characters with a Swedish message, and stores nothing', async () => {
    const response = await upload(
      form(`${HEADER}\n2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;4`, `${'a'.repeat(100_000)}.csv`),
    );
    expect(await outcome(response)).toMatchObject({
      status: 'error',
      error: 'Filnamnet är för långt: högst 255 tecken. Byt namn på filen och försök igen.',
    });
    expect(await t.db.importBatch.count()).toBe(0);
  });

  it('answers a third concurrent upload "Servern är upptagen" when both places stay taken', async () => {
    const held = [await uploadSlots.acquire(), await uploadSlots.acquire()];
    try {
      const response = await upload(form(`${HEADER}\n2025;Äldreomsorg;Undersköterska;Tillsvidare;Kvinna;30-39;4`));
      expect(response.status).toBe(503);
      expect(await response.text()).toBe('Servern är upptagen, försök igen om en stund.');
    } finally {
      held.forEach((release) => release?.());
    }
    expect(uploadSlots.active).toBe(0);
  }, 15_000);

  it('audits refusals on the template download', async () => {
    session.viewer = manager;
    const before = await denials();
    const response = await template(new Request(`${ORIGIN}/${org.slug}/statistik/import/mall/headcount`), {
      params: Promise.resolve({ org: org.slug, group: 'headcount' }),
    });
    expect(response.status).toBe(403);
    expect(await denials()).toBe(before + 1);
    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { action: 'access.denied' },
      orderBy: { createdAt: 'desc' },
    });
    expect(entry).toMatchObject({
      userId: manager.id,
      details: { what: 'import:statistics', via: 'statistics.import.template' },
    });
  });
});
