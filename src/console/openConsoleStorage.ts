import type { Cluster, Redis } from 'ioredis';
import type { Config } from '../config';
import type { ConsoleStorage } from './consoleStorage';
import { FolderConsoleStorage } from './folderConsoleStorage';
import { RedisConsoleStorage } from './redisConsoleStorage';

/** The console's storage: Redis when the line has one, else the local folder CONSOLE_DATA_DIR (trying only). */
export function openConsoleStorage(config: Config, redis: Redis | Cluster | undefined): ConsoleStorage {
  return redis
    ? new RedisConsoleStorage(redis, config.redisKeyPrefix)
    : new FolderConsoleStorage(config.consoleDataDir);
}
