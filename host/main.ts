import { runCli } from './cli.ts';
import { loadConfig } from './lib/config.ts';
import { consoleLogger } from './lib/logger.ts';
import { startServer } from './lib/server.ts';

// `tsx host/main.ts` serves; `tsx host/main.ts token create ...` runs an admin command and exits.
const args = process.argv.slice(2);

try {
  const config = loadConfig(process.env);
  if (args.length > 0) {
    process.exitCode = await runCli(args, config, (line) => console.log(line));
  } else {
    await startServer(config, consoleLogger);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
