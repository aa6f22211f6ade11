import { describe, expect, it } from 'vitest';
import { formatLogLine, levelOf } from '@/lib/log/format';

describe('JSON log lines', () => {
  it('writes one line of JSON with the request, the user id and the duration', () => {
    const line = formatLogLine(
      'info',
      'action finished',
      { requestId: 'r-1', userId: 'cu1', entry: 'plan.section.save', kind: 'action', outcome: 'ok', durationMs: 12 },
      new Date('2026-12-08T03:00:00Z'),
    );
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      time: '2026-12-08T03:00:00.000Z',
      level: 'info',
      msg: 'action finished',
      requestId: 'r-1',
      userId: 'cu1',
      entry: 'plan.section.save',
      kind: 'action',
      outcome: 'ok',
      durationMs: 12,
    });
  });

  it('drops every field it does not know, so names, e-mails and typed text never reach the log', () => {
    const fields = { userId: 'cu1', email: 'anna@stad.se', name: 'Anna Berg', text: 'fritext', input: { a: 1 } };
    const line = formatLogLine('info', 'm', fields as never);
    expect(Object.keys(JSON.parse(line)).sort()).toEqual(['level', 'msg', 'time', 'userId']);
    expect(line).not.toMatch(/anna|Berg|fritext/i);
  });

  it('keeps an error’s class, code and stack frames but not its message, which may quote the data', () => {
    const error = Object.assign(new Error('Unique constraint failed on email anna@stad.se'), { code: 'P2002' });
    const parsed = JSON.parse(formatLogLine('error', 'action finished', { error }));
    expect(parsed.error.type).toBe('Error');
    expect(parsed.error.code).toBe('P2002');
    expect(parsed.error.stack[0]).toMatch(/^at /);
    expect(JSON.stringify(parsed)).not.toContain('anna@stad.se');
  });

  it('logs bugs at error, an unavailable service and slow requests at warn', () => {
    expect(levelOf('ok', 20)).toBe('info');
    expect(levelOf('denied', 20)).toBe('info');
    expect(levelOf('ok', 1500)).toBe('warn');
    expect(levelOf('unavailable', 5)).toBe('warn');
    expect(levelOf('failed', 5)).toBe('error');
  });
});
