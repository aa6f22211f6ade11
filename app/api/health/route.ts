import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

/** Liveness and database readiness (opening the embedded database also migrates and seeds it). */
export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe('SELECT 1');
    return Response.json({ status: 'ok', database: 'ok' });
  } catch (error) {
    console.error('[health] database unavailable', error);
    return Response.json({ status: 'error', database: 'unavailable' }, { status: 503 });
  }
}
