import { join } from 'node:path';
import request from 'supertest';
import type { ConsoleHost } from '../../../src/console/consoleHost';
import { createFlowsSection } from '../../../src/console/flows/flowsSection';
import { DirectoryService } from '../../../src/directory/directoryService';
import { readFlowFolder } from '../../../src/flowStore/flowFolderFiles';
import type { FlowRevisionStore } from '../../../src/flowStore/flowRevisionStore';
import { createLogger } from '../../../src/log/logger';
import { appWithSection } from '../../support/fakeConsoleHost';

/** The shipped flows folder the fixture seeds its store from. */
export const FLOWS = join(__dirname, '..', '..', '..', 'flows');

/** The shipped flow files (and their tests), read once: revision 1 of every fixture's store. */
export const seedFiles = readFlowFolder(FLOWS);

/**
 * The flows section as the flows tests drive it, set up once per test file (it registers its own beforeAll and
 * afterAll): `store` seeded with the shipped flows as revision 1, the bundled meeting directory started (and
 * stopped after), the section mounted on `host`. `as('st_id:role')` sends requests as that member; `app()` is the
 * Express app, for requests the helpers do not cover.
 */
export function flowsSectionFixture(store: FlowRevisionStore, host: ConsoleHost) {
  const log = createLogger('silent');
  let directory: DirectoryService | undefined;
  let app: ReturnType<typeof appWithSection>;
  beforeAll(async () => {
    directory = await DirectoryService.start({
      sources: [],
      refreshMinutes: 0,
      log,
      bundledDir: join(FLOWS, '..', 'directory'),
    });
    await store.seed(seedFiles, { errors: 0, warnings: 0, summary: [] });
    app = appWithSection(createFlowsSection(host, { store, log, directory: () => directory!.current() }));
  });
  afterAll(() => directory?.stop());
  const url = (path: string) => `/console/flows${path}`;
  const as = (who: string) => ({
    get: (path: string) => request(app).get(url(path)).set('x-test-staff', who),
    put: (path: string, body: object) => request(app).put(url(path)).set('x-test-staff', who).send(body),
    post: (path: string, body: object = {}) => request(app).post(url(path)).set('x-test-staff', who).send(body),
    delete: (path: string, body?: object) => request(app).delete(url(path)).set('x-test-staff', who).send(body),
  });
  return { as, app: () => app };
}
