import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderFlowRevisionStore } from '../../src/flowStore/folderFlowRevisionStore';
import { startServer, type RunningServer } from '../../src/server';
import { testConfig } from '../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

/** Without Redis the server serves FLOWS_DIR, seeds the local folder store from it, and follows its publishes. */
describe('flows without Redis (local folder store)', () => {
  const consoleDir = mkdtempSync(join(tmpdir(), 'rtl-console-'));
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(
      testConfig({ REDIS_URL: undefined, PORT: '0', CONSOLE_DATA_DIR: consoleDir, DIRECTORY_REFRESH_MINUTES: '0' }),
    );
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  const welcome = async (n: number) =>
    messagesOf((await signedPost(server.url, '/sms', smsParams(`+1555666${n}000`, 'hi'))).text)[0];

  it('seeds revision 1 from FLOWS_DIR and serves a publish made by another process at its next poll', async () => {
    const store = new FolderFlowRevisionStore(join(consoleDir, 'flows'));
    const seed = (await store.published())!;
    expect(seed).toMatchObject({ number: 1, author: 'system' });
    expect(await welcome(1)).toMatch(/^Recovery Textline: free/);
    const changed = seed.files['recovery.yaml'].replace('Recovery Textline: free', 'Recovery Textline (local): free');
    await store.publish({
      files: { ...seed.files, 'recovery.yaml': changed },
      author: 'st_a',
      note: '',
      check: seed.check,
    });
    // The follower polls every second, so the revision is served within 2 s on a quiet machine; the test waits
    // up to 10 s so a CI machine busy with other suites cannot fail it (a change never served still fails it).
    const since = Date.now();
    let got = '';
    for (let i = 2; Date.now() - since < 10_000; i++) {
      got = await welcome(i);
      if (/^Recovery Textline \(local\)/.test(got)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(got).toMatch(/^Recovery Textline \(local\)/);
  }, 25_000);
});
