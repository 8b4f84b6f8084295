import { serverEnvironment } from '../toolSettings';
import { loadConfig } from '../../src/config';
import { createRedis } from '../../src/store/redisClient';
import { createStackFloorApp } from './stackFloor';

/**
 * The stack floor (tools/bench/stackFloor.ts) as a process for `BENCH_STAGES=1 npm run bench`,
 * configured from the environment like dist/server.js, with the same Redis client settings.
 */
function main(): void {
  const config = loadConfig(serverEnvironment());
  const redis = createRedis(config);
  if (!redis) {
    process.stderr.write('stackFloorChild: REDIS_URL (or Sentinel or Cluster) is required\n');
    process.exit(2);
  }
  const server = createStackFloorApp({ config, redis }).listen(config.port);
  process.on('SIGTERM', () => {
    server.close(() => {
      void redis.quit().finally(() => process.exit(0));
    });
    // The load generator's keep-alive connections would otherwise hold close() open.
    server.closeAllConnections();
  });
}

main();
