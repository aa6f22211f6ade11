/** `npm run db:seed`: migrate, then fill an EMPTY database (DATABASE_URL or the embedded one) with the demo data. */
import { PrismaClient } from '../../lib/generated/prisma/client';
import { openDatabaseAdapter } from '../../lib/db/adapter';
import { applyMigrations } from '../../lib/db/migrate';
import { seedDemoData } from './demo';

const adapter = await openDatabaseAdapter();
try {
  await applyMigrations(adapter.factory);
  const db = new PrismaClient({ adapter: adapter.factory });
  if ((await db.organization.count()) > 0) {
    console.log(`${adapter.description}: databasen har redan data; inget läses in.`);
  } else {
    await seedDemoData(db);
    console.log(`${adapter.description}: demodata inläst.`);
  }
  await db.$disconnect();
  await adapter.close();
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
