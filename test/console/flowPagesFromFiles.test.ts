import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { wireConsole } from '../../src/console/wireConsole';
import { capturingLogger } from '../support/appKit';
import { staffMember } from '../support/consoleKit';
import { testConfig } from '../support/redisTestKit';

/**
 * A line that serves its flows from files (FLOWS_SOURCE=files) has no flows API: the flow pages say where the
 * texts are changed, instead of loading scripts that would only say "Not found".
 */
const dir = mkdtempSync(join(tmpdir(), 'console-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the flow pages when flows are served from files', () => {
  it('say the texts are changed in flows/recovery.yaml, and load no script', async () => {
    const { log } = capturingLogger('silent');
    const staff = wireConsole(testConfig({ CONSOLE_DATA_DIR: dir }), log, undefined);
    const app = express();
    app.use('/console', staff.router);
    const editor = await staffMember(app, staff, 'files@example.org', 'editor');
    for (const path of ['texts', 'flow', 'diagram', 'simulator', 'publish', 'revisions']) {
      const page = await request(app).get(`/console/${path}`).set('Cookie', editor.cookie);
      expect([path, page.status]).toEqual([path, 200]);
      expect(page.text).toContain('FLOWS_SOURCE=files');
      expect(page.text).toContain('flows/recovery.yaml');
      expect(page.text).not.toContain('<script');
    }
  });
});
