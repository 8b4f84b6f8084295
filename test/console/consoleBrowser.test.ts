import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildConsoleAssets } from '../../tools/buildConsoleAssets';
import { runStaff } from '../../src/cli/staff';
import { AuditLog } from '../../src/console/auditLog';
import { RedisConsoleStorage } from '../../src/console/redisConsoleStorage';
import { StaffAccounts } from '../../src/console/staffAccounts';
import { startServer, type RunningServer } from '../../src/server';
import { launchChromium, seriousA11yViolations, TEST_OUTPUT, type AxeViolation } from '../support/browserKit';
import { suiteRedis, testConfig } from '../support/redisTestKit';

/**
 * The console in a real browser (Debian's chromium through playwright-core), against the real server: the steps
 * of issue 16's "done when", as a new staff member takes them. Screenshots land in test-output/console.
 */
const { redis, prefix } = suiteRedis('console-browser');
const PUBLIC_URL = 'http://line.test';
const config = testConfig({ REDIS_KEY_PREFIX: prefix, PUBLIC_URL, PORT: '0', DIRECTORY_REFRESH_MINUTES: '0' });
const PASSWORD = 'four words of my own';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const cspErrors: string[] = [];
const a11y: Record<string, AxeViolation[]> = {};

async function staffCommand(...args: string[]): Promise<string> {
  const storage = new RedisConsoleStorage(redis, prefix);
  const lines: string[] = [];
  const deps = { accounts: new StaffAccounts(storage), audit: new AuditLog(storage), config, local: false };
  expect(await runStaff(args, deps, (l) => lines.push(l))).toBe(0);
  return lines.join('\n');
}

async function look(name: string): Promise<void> {
  await page.screenshot({ path: `${TEST_OUTPUT}/${name}.png`, fullPage: true });
  a11y[name] = await seriousA11yViolations(page);
}

beforeAll(async () => {
  await buildConsoleAssets();
  server = await startServer(config);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) cspErrors.push(msg.text());
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the console in chromium', () => {
  it('a new member opens their one-time link from npm run staff, chooses a password and lands in the console', async () => {
    const out = await staffCommand('add', 'me@example.org', '--role', 'admin');
    const link = /http:\/\/line\.test(\/console\/set-password\?token=\S+)/.exec(out)![1];
    await page.goto(server.url + link);
    await look('set-password');
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('The same password again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.waitForURL(`${server.url}/console/`);
    await expectHeading('Console');
    await look('home');
  });

  it('signs out, is refused a wrong password, then signs in with the right one', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/console/sign-in`);
    await page.getByLabel('E-mail').fill('me@example.org');
    await page.getByLabel('Password').fill('not my password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('do not match');
    await look('sign-in-refused');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/console/`);
    await expectHeading('Console');
  });

  it('an admin adds an editor and gets their link; the audit log shows who did what', async () => {
    await page.getByRole('link', { name: 'Accounts' }).first().click();
    await page.getByLabel('E-mail').fill('helper@example.org');
    await page.getByRole('button', { name: 'Add and get a sign-in link' }).click();
    expect(await page.locator('#new-link').textContent()).toContain('/console/set-password?token=');
    await look('accounts');
    await page.getByRole('link', { name: 'Audit' }).first().click();
    const log = await page.locator('table').textContent();
    expect(log).toContain('signin.failed');
    expect(log).toContain('account.add');
    await look('audit');
  });

  it('works on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/console/accounts`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await look('phone-accounts');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('has no serious or critical accessibility problems on any page, and breaks no CSP rule', () => {
    expect(Object.keys(a11y).length).toBeGreaterThanOrEqual(5);
    expect(Object.entries(a11y).filter(([, v]) => v.length > 0)).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});

async function expectHeading(name: string): Promise<void> {
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
}
