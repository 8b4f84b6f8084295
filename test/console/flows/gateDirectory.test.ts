import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createFlowsSection } from '../../../src/console/flows/flowsSection';
import { DirectoryService } from '../../../src/directory/directoryService';
import { readFlowFolder } from '../../../src/flowStore/flowFolderFiles';
import { RedisFlowRevisionStore } from '../../../src/flowStore/redisFlowRevisionStore';
import { createLogger } from '../../../src/log/logger';
import { appWithSection, fakeConsoleHost } from '../../support/fakeConsoleHost';
import { suiteRedis } from '../../support/redisTestKit';

/**
 * The report's problem 2: a local meeting added in the console made every flow test that searched near it fail, and
 * the page called the failures "wording you changed". The saved tests run against the bundled meeting files (what
 * `npm run flows:test` reads), and only a draft that changed wording is said to have.
 */
const ROOT = join(__dirname, '..', '..', '..');
const FLOWS = join(ROOT, 'flows');
const { redis, prefix } = suiteRedis('gatedirectory');
const log = createLogger('silent');
const store = new RedisFlowRevisionStore(redis, prefix);
const seedFiles = readFlowFolder(FLOWS);
/** A full run of the saved flow tests, given room on a busy machine (it is not a timing test). */
const FULL_CORPUS_MS = 180_000;

// The meetings staff added on the Meetings page, as the live line serves them (report: "Canyon Hope Group").
const CANYON = `
  - program: smart
    slug: canyon-hope-group
    name: Canyon Hope Group
    day: [2, 4]
    time: "19:00"
    address: 1500 4th Ave
    city: Canyon
    state: TX
    postal_code: "79015"
    attendance_option: in_person
`;
let folder: string;
let live: DirectoryService;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gate-directory-'));
  cpSync(join(ROOT, 'directory'), folder, { recursive: true });
  writeFileSync(join(folder, 'local.yaml'), readFileSync(join(folder, 'local.yaml'), 'utf8') + CANYON);
  live = await DirectoryService.start({ sources: [], refreshMinutes: 0, log, bundledDir: folder });
  await store.seed(seedFiles, { errors: 0, warnings: 0, summary: [] });
});
afterAll(() => {
  live.stop();
  rmSync(folder, { recursive: true, force: true });
});

interface Report {
  passed: number;
  failed: Array<{ case: string; wordingOnly: boolean }>;
}

describe('the flow tests of the publish gate', () => {
  it(
    'run against the bundled meeting files, so a local meeting added in the console fails none of them',
    async () => {
      const run = async (directory: DirectoryService, who: string): Promise<Report> => {
        const section = createFlowsSection(fakeConsoleHost().host, {
          store,
          log,
          directory: () => directory.current(),
        });
        return (await request(appWithSection(section)).post('/console/flows/test').set('x-test-staff', who).expect(200))
          .body;
      };
      const bundled = await DirectoryService.start({
        sources: [],
        refreshMinutes: 0,
        log,
        bundledDir: join(ROOT, 'directory'),
      });
      try {
        // The same flows, with and without the meeting staff added: the same outcome, case for case. (Compared
        // rather than expected empty: the shipped flows may be mid-edit in the working folder.)
        const withCanyon = await run(live, 'st_a:publisher');
        const without = await run(bundled, 'st_c:publisher');
        expect(withCanyon.failed.map((f) => f.case)).toEqual(without.failed.map((f) => f.case));
        expect(withCanyon.passed).toBe(without.passed);
        expect(withCanyon.passed).toBeGreaterThan(100);
      } finally {
        bundled.stop();
      }
    },
    FULL_CORPUS_MS,
  );

  it(
    'never calls a failure "wording you changed" when the draft changed no wording',
    async () => {
      // Tests run against the changed meetings on purpose: failures that no wording of the draft explains.
      const app = appWithSection(
        createFlowsSection(fakeConsoleHost().host, {
          store,
          log,
          directory: () => live.current(),
          testDirectory: async () => live.current(),
        }),
      );
      const report: Report = (
        await request(app).post('/console/flows/test').set('x-test-staff', 'st_b:publisher').expect(200)
      ).body;
      expect(report.failed.length).toBeGreaterThan(0);
      expect(report.failed.filter((f) => f.wordingOnly).map((f) => f.case)).toEqual([]);
      // And "accept the new wording" rewrites nothing.
      const accepted = await request(app)
        .post('/console/flows/accept-wording')
        .set('x-test-staff', 'st_b:publisher')
        .expect(200);
      expect(accepted.body.changed).toBe(0);
      expect(await store.draft('st_b')).toBeUndefined();
    },
    FULL_CORPUS_MS,
  );
});
