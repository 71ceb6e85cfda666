import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate --config host/db/drizzle.config.ts` writes the next SQL migration. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './host/db/schema.ts',
  out: './host/db/migrations',
});
