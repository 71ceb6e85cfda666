import { serve } from '@hono/node-server';
import { generateDemoRecords } from '../seed/generate-records.ts';
import { createApp } from './app.ts';
import { banner } from './banner.ts';
import type { HostConfig } from './config.ts';
import { claimDataDir } from './data-dir-lock.ts';
import { seedDemo } from './demo-seed.ts';
import type { Deps } from './deps.ts';
import type { Logger } from './logger.ts';
import { describeDatabase, openConfiguredDatabase } from './open-configured.ts';

const DEMO_RECORDS = { count: 300, seed: 20_260_101 };

/** Opens the database, seeds the demo when asked, serves on loopback and closes cleanly on SIGINT/SIGTERM. */
export async function startServer(config: HostConfig, log: Logger): Promise<void> {
  const release = config.databaseUrl ? () => {} : claimDataDir(config.dataDir);
  const database = await openConfiguredDatabase(config).catch((error: unknown) => {
    release();
    throw error;
  });
  const deps: Deps = { db: database.db, config, log, now: () => new Date() };
  const shutdown = async (code: number) => {
    await database.close().catch(() => {});
    release();
    process.exit(code);
  };
  try {
    // Seed before listening: once the port answers, the demo agent can log in.
    const origins = [`http://127.0.0.1:${config.port}`, `http://localhost:${config.port}`];
    const demo = config.demo
      ? await seedDemo(deps, {
          origins,
          password: config.demoAgentPassword,
          records: () => generateDemoRecords(DEMO_RECORDS),
        })
      : null;
    const server = serve({ fetch: createApp(deps).fetch, port: config.port, hostname: config.hostname });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    log.info(banner(config, origins[0] ?? '', describeDatabase(config), demo));
    const stop = () => {
      server.close();
      void shutdown(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    log.error('The host could not start', error);
    await shutdown(1);
  }
}
