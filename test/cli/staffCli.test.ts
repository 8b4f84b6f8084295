import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { runStaff } from '../../src/cli/staff';
import { AuditLog } from '../../src/console/auditLog';
import { FolderConsoleStorage } from '../../src/console/folderConsoleStorage';
import { StaffAccounts } from '../../src/console/staffAccounts';
import { createLogger } from '../../src/log/logger';
import { consoleApp, VIA_HTTPS } from '../support/consoleKit';
import { testConfig } from '../support/redisTestKit';

const dir = mkdtempSync(join(tmpdir(), 'staff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = testConfig({ CONSOLE_DATA_DIR: dir, PUBLIC_URL: 'https://line.example.org' });

async function staff(...args: string[]): Promise<{ code: number; out: string }> {
  // A fresh storage each time, as a new `npm run staff` process would open the folder.
  const storage = new FolderConsoleStorage(dir);
  const lines: string[] = [];
  const deps = { accounts: new StaffAccounts(storage), audit: new AuditLog(storage), config, local: true };
  const code = await runStaff(args, deps, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('npm run staff', () => {
  it('adds an admin and prints a one-time link the server (sharing the folder) accepts', async () => {
    const added = await staff('add', 'Me@Example.org', '--role', 'admin');
    expect(added.code).toBe(0);
    const link = /https:\/\/line\.example\.org(\/console\/set-password\?token=\S+)/.exec(added.out);
    expect(link).not.toBeNull();
    const { app } = consoleApp(config, createLogger('silent'), new FolderConsoleStorage(dir));
    const page = await request(app).get(link![1]).set(VIA_HTTPS);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Choose your password');
  });

  it('lists, changes a role, gives a new link, signs out and removes', async () => {
    await staff('add', 'second@example.org');
    expect((await staff('list')).out).toMatch(/st_\w+ +editor +second@example\.org +\(no password yet\)/);
    expect((await staff('role', 'second@example.org', 'publisher')).out).toContain('is now publisher');
    expect((await staff('link', 'second@example.org')).out).toContain('/console/set-password?token=');
    expect((await staff('signout', 'second@example.org')).code).toBe(0);
    expect((await staff('remove', 'second@example.org')).code).toBe(0);
    expect((await staff('list')).out).not.toContain('second@example.org');
  });

  it('says what is wrong instead of failing: a taken e-mail, an unknown role, an unknown account, no command', async () => {
    expect(await staff('add', 'me@example.org')).toEqual({
      code: 1,
      out: 'An account with that e-mail already exists.',
    });
    expect((await staff('add', 'x@example.org', '--role', 'boss')).out).toContain('editor, publisher, admin');
    expect((await staff('link', 'nobody@example.org')).code).toBe(1);
    expect((await staff()).code).toBe(2);
  });
});
