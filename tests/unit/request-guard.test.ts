import { describe, expect, it } from 'vitest';
import { REQUEST_BODY_LIMIT, REQUEST_MESSAGES, refuseUnsafeRequest } from '@/lib/http/request-guard';

const APP = 'http://192.168.1.20:3000';
const post = (init: { headers?: Record<string, string>; body?: BodyInit } = {}) =>
  new Request(`${APP}/org/plan`, {
    method: 'POST',
    headers: { host: '192.168.1.20:3000', origin: APP, ...init.headers },
    body: init.body ?? 'x',
  });

async function answer(request: Request, env: { NEXTAUTH_URL?: string } = {}) {
  const response = await refuseUnsafeRequest(request, env);
  return response && { status: response.status, text: await response.text() };
}

describe('requests that change data, before Next handles them', () => {
  it('lets a same-origin post through, on the address the browser used when no URL is configured', async () => {
    expect(await answer(post())).toBeNull();
    expect(await answer(new Request(`${APP}/org`, { headers: { origin: 'https://evil.example' } }))).toBeNull();
  });

  it.each(['null', 'https://evil.example', 'http://192.168.1.20:3001', 'garbage'])(
    'refuses Origin %j with 403 and a Swedish message',
    async (origin) => {
      expect(await answer(post({ headers: { origin } }))).toEqual({ status: 403, text: REQUEST_MESSAGES.crossOrigin });
    },
  );

  it('holds posts to NEXTAUTH_URL when it is configured', async () => {
    expect(await answer(post(), { NEXTAUTH_URL: 'https://kp.example.se' })).toMatchObject({ status: 403 });
    expect(
      await answer(post({ headers: { origin: 'https://kp.example.se' } }), { NEXTAUTH_URL: 'https://kp.example.se' }),
    ).toBeNull();
  });

  it('answers a body over the limit with 413, declared or not', async () => {
    const big = 'x'.repeat(REQUEST_BODY_LIMIT + 1);
    expect(await answer(post({ body: big }))).toEqual({ status: 413, text: REQUEST_MESSAGES.tooLarge });
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(REQUEST_BODY_LIMIT / 2)));
        controller.close();
      },
    });
    const streamed = new Request(`${APP}/org`, {
      method: 'POST',
      headers: { origin: APP, host: '192.168.1.20:3000' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(await answer(streamed)).toMatchObject({ status: 413 });
    expect(REQUEST_MESSAGES.tooLarge).toBe('Förfrågan är för stor (högst 1 MB). Korta texten och försök igen.');
  });

  it('answers a server-action body cut off on the way with 400', async () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('title', 'Inledning');
    const whole = new Response(form);
    const type = whole.headers.get('content-type')!;
    const bytes = new Uint8Array(await whole.arrayBuffer());
    expect(await answer(post({ headers: { 'content-type': type }, body: bytes }))).toBeNull();
    const cut = bytes.slice(0, bytes.length - 20);
    expect(await answer(post({ headers: { 'content-type': type }, body: cut }))).toEqual({
      status: 400,
      text: REQUEST_MESSAGES.unreadable,
    });
    const action = { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' };
    expect(await answer(post({ headers: action, body: '[{"org":"x","body":"{\\"type\\":' }))).toMatchObject({
      status: 400,
    });
    expect(await answer(post({ headers: action, body: '[{"org":"x"}]' }))).toBeNull();
  });
});
