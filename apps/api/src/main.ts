import './runtime';
import 'reflect-metadata';
import { createApp } from '@corebook/server/app';
import { createLogger, loadConfig } from '@corebook/server/common';
import { runMigrations } from '@corebook/server/database';

/** Starts the API: migrations first, then GraphQL, health and the built portal on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (!config.databaseUrl) {
    logger.fatal('DATABASE_URL is not set; run `npm start` for an embedded PostgreSQL');
    process.exit(1);
  }
  const applied = await runMigrations(config.databaseUrl);
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied migrations');
  const app = await createApp(config, logger);
  // A stuck connection must not keep a stopping server alive forever.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), 10_000).unref());
  }
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    {
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
      node: process.version,
    },
    'Corebook is listening',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
