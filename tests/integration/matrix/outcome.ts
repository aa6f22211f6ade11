/** How an entry point answered, judged the same way for pages, route handlers and server actions. */
export type Verdict = { refused: boolean; how: string };

export async function judge(call: () => Promise<unknown>): Promise<Verdict> {
  try {
    const value = await call();
    if (value instanceof Response) {
      return { refused: [401, 403].includes(value.status), how: `HTTP ${value.status}` };
    }
    if (value && typeof value === 'object' && 'ok' in value && value.ok === false) {
      const code = (value as { code?: string }).code;
      return { refused: code === 'denied' || code === 'signed-out', how: `action ${code}` };
    }
    return { refused: false, how: 'answered' };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string') {
      if (digest === 'NEXT_HTTP_ERROR_FALLBACK;403') return { refused: true, how: '403 Behörighet saknas' };
      if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { refused: false, how: '404' };
      if (digest.startsWith('NEXT_REDIRECT')) {
        const target = digest.split(';')[2] ?? '';
        return { refused: target.startsWith('/logga-in'), how: `redirect ${target}` };
      }
    }
    throw error;
  }
}
