import { startServer, type RunningServer } from '../../src/server';
import { createStaffSections } from '../../src/console/sections/staffSections';
import { fakeConsoleHost, mountConsoleStylesheet } from './fakeConsoleHost';
import { testConfig } from './redisTestKit';
import type { AuditEvent } from '../../src/console/consoleHost';

/**
 * The real server (real flows, directory, Redis) with the directory and numbers sections mounted under the
 * fake console host, as the console will mount them. Tests close it.
 */
export async function serverWithStaffSections(
  prefix: string,
  env: Record<string, string> = {},
): Promise<{ server: RunningServer; audited: Array<AuditEvent & { actor: string }> }> {
  const { host, audited } = fakeConsoleHost();
  const server = await startServer(
    testConfig({
      REDIS_KEY_PREFIX: prefix,
      PORT: '0',
      DIRECTORY_REFRESH_MINUTES: '0',
      ANALYTICS_FLUSH_SECONDS: '1',
      ...env,
    }),
    {
      mount: (app, parts) => {
        mountConsoleStylesheet(app);
        for (const section of createStaffSections(host, parts)) app.use(`/console/${section.path}`, section.router);
      },
    },
  );
  return { server, audited };
}
