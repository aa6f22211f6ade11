/**
 * The embedded database's page cache is set from PGLITE_SHARED_BUFFERS (issue 10: PGlite's default of 128 MB was
 * most of the server's resident memory), and a wrong value is refused with a Swedish message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

process.env.DATABASE_URL = 'pglite:memory'; // before env() is first read: never the data folder
const { openDatabaseAdapter } = await import('@/lib/db/adapter');
const adapter = await openDatabaseAdapter();
afterAll(() => adapter.close());

describe('embedded database memory', () => {
  it('opens PGlite with the configured shared_buffers (32 MB unless set)', async () => {
    const connection = await adapter.factory.connect();
    const result = await connection.queryRaw({ sql: 'SHOW shared_buffers', args: [], argTypes: [] });
    expect(result.rows[0]).toEqual(['32MB']);
  });

  it('accepts a size in MB and refuses anything else', () => {
    expect(parseEnv({ PGLITE_SHARED_BUFFERS: '64MB' }).PGLITE_SHARED_BUFFERS).toBe('64MB');
    expect(parseEnv({}).PGLITE_SHARED_BUFFERS).toBe('32MB');
    expect(() => parseEnv({ PGLITE_SHARED_BUFFERS: '1GB; DROP' })).toThrow(/PGLITE_SHARED_BUFFERS anges i MB/);
  });
});
