import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer, type ChildServer } from '../support/childServer';
import { suiteRedis, TEST_REDIS_URL } from '../support/redisTestKit';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL, messagesOf, signedPost, smsParams } from '../support/twilioPost';

const { prefix } = suiteRedis('sighup');

/**
 * `kill -HUP <pid>` on the real server process: without a handler Node would exit on SIGHUP, so
 * this proves the signal reaches the flow library, which reloads and keeps serving.
 */
describe('SIGHUP to the real server', () => {
  const flowsDir = mkdtempSync(join(tmpdir(), 'rtl-sighup-'));
  let server: ChildServer;

  beforeAll(async () => {
    cpSync(join(__dirname, '..', '..', 'flows'), flowsDir, { recursive: true });
    server = await startChildServer('src/server.ts', {
      NODE_ENV: 'test',
      PORT: '0',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      FLOWS_DIR: flowsDir,
      // Files, not the console's flow store: this pins the file reload.
      FLOWS_SOURCE: 'files',
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      PUBLIC_URL: TEST_PUBLIC_URL,
      PHONE_HASH_SECRET: 'sighup-test-secret-0123456789',
      LOG_LEVEL: 'info',
      DIRECTORY_REFRESH_MINUTES: '0',
    });
  });

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    rmSync(flowsDir, { recursive: true, force: true });
  });

  it('reloads the flows on a real SIGHUP and goes on answering', async () => {
    const file = join(flowsDir, 'recovery.yaml');
    const before = messagesOf((await signedPost(server.url, '/sms', smsParams('+15557770001', 'hi'))).text);
    expect(before[0]).toMatch(/^Recovery Textline/);

    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /Recovery Textline: free, confidential help/g,
        'Recovery Textline (HUP): free help',
      ),
    );
    const seen = server.stdout.length;
    server.child.kill('SIGHUP');
    const deadline = Date.now() + 10_000;
    while (!server.stdout.slice(seen).some((l) => l.includes('SIGHUP: reloading flows'))) {
      if (Date.now() > deadline) throw new Error('the server never logged the SIGHUP reload');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(server.child.exitCode).toBeNull();
    const after = messagesOf((await signedPost(server.url, '/sms', smsParams('+15557770002', 'hi'))).text);
    expect(after[0]).toMatch(/^Recovery Textline \(HUP\)/);
  });
});
