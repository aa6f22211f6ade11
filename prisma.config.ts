import { defineConfig } from 'prisma/config';

// Migrations are applied by lib/db/migrate.ts (Prisma's WebAssembly schema engine) so that they run offline;
// the folder is the standard one, so `prisma migrate deploy` accepts it where Prisma's binaries exist.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
