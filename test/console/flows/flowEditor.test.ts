import { join } from 'node:path';
import { FlowEditor } from '../../../src/console/flows/flowEditor';
import { DirectoryService } from '../../../src/directory/directoryService';
import { runtimeCheckOptions } from '../../../src/engine/runtimeCheck';
import { readFlowFolder } from '../../../src/flowStore/flowFolderFiles';
import { RedisFlowRevisionStore } from '../../../src/flowStore/redisFlowRevisionStore';
import { createLogger } from '../../../src/log/logger';
import { suiteRedis } from '../../support/redisTestKit';

const FLOWS = join(__dirname, '..', '..', '..', 'flows');
const { redis, prefix } = suiteRedis('floweditor');
const seedFiles = readFlowFolder(FLOWS);
let directory: DirectoryService;

beforeAll(async () => {
  directory = await DirectoryService.start({
    sources: [],
    refreshMinutes: 0,
    log: createLogger('silent'),
    bundledDir: join(FLOWS, '..', 'directory'),
  });
});
afterAll(() => directory.stop());

describe('FlowEditor publish gate', () => {
  // A corpus that relies on a phrase only the flow's own crisis words catch.
  const check = {
    ...runtimeCheckOptions,
    crisisCorpora: {
      crisis: [{ lang: 'en', text: 'i see no way out', kinds: ['suicide' as const] }],
      noAlarm: [],
    },
  };
  const editor = () =>
    new FlowEditor(new RedisFlowRevisionStore(redis, prefix), { directory: () => directory.current(), check });

  it('lets the shipped flows through', async () => {
    const gate = await editor().gate(seedFiles, false);
    expect(gate.reasons).toEqual([]);
    expect(gate.ok).toBe(true);
  });

  it('refuses a draft whose crisis words no longer catch a phrasing of the safety corpus', async () => {
    const files = {
      ...seedFiles,
      'recovery.yaml': seedFiles['recovery.yaml'].replace(
        '[tired of being alive, see no way out,',
        '[fed up with life,',
      ),
    };
    const gate = await editor().gate(files, false);
    expect(gate.ok).toBe(false);
    expect(gate.reasons.join(' ')).toMatch(/1 crisis phrasing\(s\) from flows\/safety would no longer be caught/);
    expect(gate.findings.find((f) => f.rule === 'crisis-corpus')).toMatchObject({
      file: 'recovery.yaml',
      severity: 'error',
    });
  });

  it('rolls back and publishes only through the store, numbering on', async () => {
    const e = editor();
    await e.store.seed(seedFiles, { errors: 0, warnings: 0, summary: [] });
    const outcome = await e.rollback('st_x', 1, '');
    expect(outcome).toMatchObject({
      ok: true,
      revision: { number: 2, note: 'Rollback to revision 1', author: 'st_x' },
    });
    expect(await e.rollback('st_x', 7, '')).toBeUndefined();
  });
});
