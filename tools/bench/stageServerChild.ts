import { serverEnvironment } from '../toolSettings';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log/logger';
import { installGracefulShutdown, startServer, type ServerOverrides } from '../../src/server';
import { fixedReplyEngine, NullSessionStore } from './stageDoubles';

/**
 * The real server with parts taken out, for `BENCH_STAGES=1 npm run bench`, started like
 * dist/server.js (settings from the environment) with the stage as its argument:
 * `no-conversation` keeps Redis and puts a fixed reply in place of the flows and the engine;
 * `no-store` also puts a store that keeps nothing in place of Redis. What is left is the real
 * webhook: form, signature, sender key, TextHandler, log line, TwiML.
 */
export type Stage = 'no-store' | 'no-conversation';

async function main(stage: string | undefined): Promise<void> {
  if (stage !== 'no-store' && stage !== 'no-conversation') {
    process.stderr.write('usage: stageServerChild no-store|no-conversation\n');
    process.exit(2);
  }
  const config = loadConfig(serverEnvironment());
  const engine = fixedReplyEngine();
  const overrides: ServerOverrides = {
    log: createLogger(config.logLevel),
    conversation: { engine: () => engine, close: async () => undefined },
    ...(stage === 'no-store' ? { store: new NullSessionStore() } : {}),
  };
  installGracefulShutdown(await startServer(config, overrides));
}

void main(process.argv[2]);
