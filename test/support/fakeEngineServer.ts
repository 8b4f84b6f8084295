/**
 * Runs the real server (startServer + installGracefulShutdown from src/server.ts) with the fake
 * engine, as a child process for the shutdown and chaos tests. Settings come from the
 * environment like the real entry; prints `LISTENING <url>` once ready.
 */
import { loadConfig } from '../../src/config';
import { installGracefulShutdown, startServer } from '../../src/server';
import { createFakeEngine } from './fakeEngine';

async function run(): Promise<void> {
  const config = loadConfig(process.env);
  const engine = createFakeEngine();
  const running = await startServer(config, {
    conversation: { engine: () => engine, close: async () => {} },
  });
  installGracefulShutdown(running);
  process.stdout.write(`LISTENING ${running.url}\n`);
}

run().catch((err) => {
  process.stderr.write(`failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
