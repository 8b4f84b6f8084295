import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runStaff } from '../../src/cli/staff';
import { AuditLog } from '../../src/console/auditLog';
import { RedisConsoleStorage } from '../../src/console/redisConsoleStorage';
import { StaffAccounts } from '../../src/console/staffAccounts';
import { startServer, type RunningServer } from '../../src/server';
import { launchChromium, seriousA11yViolations, TEST_OUTPUT, type AxeViolation } from '../support/browserKit';
import { suiteRedis, testConfig } from '../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

// The build step is plain node (tools/buildConsoleAssets.js), so a production install can run it.
// Both bundles: the console's own pages and the sections' scripts (the Search preview's is one), which a fresh
// clone has not built yet.
const { buildConsoleAssets, buildSectionAssets } = require('../../tools/buildConsoleAssets.js') as {
  buildConsoleAssets: () => Promise<string>;
  buildSectionAssets: () => Promise<string>;
};

/**
 * The console in a real browser (Debian's chromium through playwright-core), against the real server: the steps
 * of issue 16's "done when", as a new staff member takes them. Screenshots land in test-output/console.
 */
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
// Registered before suiteRedis's clean-up, so it runs first: closing flushes the day's counts to
// Redis, and they would outlive a clean-up that ran before.
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});
const { redis, prefix } = suiteRedis('console-browser');
const PUBLIC_URL = 'http://line.test';
const config = testConfig({
  REDIS_KEY_PREFIX: prefix,
  PUBLIC_URL,
  PORT: '0',
  DIRECTORY_REFRESH_MINUTES: '0',
});
const PASSWORD = 'four words of my own';
const OLD_WELCOME =
  'Recovery Textline: free, confidential help finding support groups. This line is automated. Reply STOP to opt out. In danger? Call 911. Crisis? Call or text 988.';
const NEW_WELCOME =
  'Recovery Textline, run by the county: free, confidential help finding support groups. This line is automated. Reply STOP to opt out. In danger? Call 911. Crisis? Call or text 988.';
let phones = 0;

/** The first reply a new phone gets to a signed "hi", asked again until it contains `expected` or `ms` have passed. */
async function welcomeWithin(expected: string, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  let first = '';
  do {
    const params = smsParams(`+1555010${String(++phones).padStart(4, '0')}`, 'hi');
    const res = await signedPost(server.url, '/sms', params, { signedUrl: `${PUBLIC_URL}/sms` });
    first = messagesOf(res.text)[0] ?? '';
    if (first.includes(expected)) return first;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  return first;
}

const cspErrors: string[] = [];
const a11y: Record<string, AxeViolation[]> = {};

async function staffCommand(...args: string[]): Promise<string> {
  const storage = new RedisConsoleStorage(redis, prefix);
  const lines: string[] = [];
  const deps = { accounts: new StaffAccounts(storage), audit: new AuditLog(storage), config, local: false };
  expect(await runStaff(args, deps, (l) => lines.push(l))).toBe(0);
  return lines.join('\n');
}

/** A full-page screenshot waits on the shared machine's load (CI runs beside other work), not on the console. */
const SCREENSHOT_TIMEOUT_MS = 30_000;

async function look(name: string): Promise<void> {
  await page.screenshot({ path: `${TEST_OUTPUT}/${name}.png`, fullPage: true, timeout: SCREENSHOT_TIMEOUT_MS });
  a11y[name] = await seriousA11yViolations(page);
}

beforeAll(async () => {
  await Promise.all([buildConsoleAssets(), buildSectionAssets()]);
  server = await startServer(config);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  // Playwright's own default: a page waits on the shared machine's load as a screenshot does.
  page.setDefaultTimeout(30_000);
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) cspErrors.push(msg.text());
  });
}, 120_000);

// The waits inside allow 150 s for the flow tests the console runs (they grow with the flow's test files, and a
// shared machine can be slow): the test around them must allow more than that.
jest.setTimeout(240_000);

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
    // Every page staff edit is reachable from the menu, the meetings directory and the numbers too.
    const menu = page.getByRole('navigation', { name: 'Console' });
    for (const label of ['Texts', 'Flow', 'Meetings', 'Numbers', 'Accounts', 'Audit']) {
      expect(await menu.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    }
  });

  it('signs out, is refused a wrong password, then signs in with the right one', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/console/sign-in`);
    await page.getByLabel('E-mail').fill('me@example.org');
    await page.getByLabel('Password').fill('not my password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const refused = await page.getByRole('alert').textContent();
    expect(refused).toContain('do not match');
    // The lockout rule, said before it bites.
    expect(refused).toMatch(/After \d+ wrong passwords in a row, sign-in is locked for \d+ minutes?\./);
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
    // In plain words too, beside the logged code.
    expect(log).toContain('Wrong password');
    expect(log).toContain('Added an account');
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

  it('edits the welcome text and sees its SMS parts change, with a warning naming a costly character', async () => {
    await page.getByRole('link', { name: 'Texts' }).first().click();
    const card = page.locator('section.text[data-id$="nodes.welcome.say"]');
    const english = card.locator('textarea[lang="en"]');
    await english.waitFor();
    const meter = card.locator('.lang').first().locator('.meter');
    expect(await meter.getAttribute('data-parts')).toBe('1');
    // Named in plain words, with where it is on the Flow page ("welcome · say" in code type was all it said).
    expect(await card.locator('h2').textContent()).toBe('What step “welcome” says');
    expect(await card.locator('.where').textContent()).toMatch(/^On the Flow page: recovery\.yaml, line \d+/);
    // An emptied box is refused under that box, not only in the status far above it.
    await english.fill('');
    const problem = card.locator('.lang').first().locator('.field-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('A text cannot be empty');
    expect(await english.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#save-status').textContent()).toContain('(What step “welcome” says)');
    await english.fill(`${OLD_WELCOME.replace("You're", 'You’re')} You’re welcome here.`);
    expect(await card.locator('.warning').first().textContent()).toContain('“’”');
    await english.fill(NEW_WELCOME);
    expect(await meter.getAttribute('data-parts')).toBe('2');
    await problem.waitFor({ state: 'hidden' });
    expect(await english.getAttribute('aria-invalid')).toBeNull();
    expect(await meter.textContent()).toContain('2 SMS parts');
    // The box shows the whole text, none of it hidden below its edge.
    expect(await english.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(0);
    await page.locator('#save-status', { hasText: 'Saved' }).waitFor();
    await look('texts');
    // The README's picture: the filter narrowed to the welcome, as a staff member would look for it.
    await page.getByLabel('Show texts containing').fill('confidential');
    await page.screenshot({ path: `${TEST_OUTPUT}/console.png`, timeout: SCREENSHOT_TIMEOUT_MS });
  });

  it('tries the draft in the simulator: the reply, its parts and what was understood', async () => {
    await page.getByRole('link', { name: 'Simulator' }).first().click();
    await page.getByLabel('Text to send').fill('hi');
    await page.getByRole('button', { name: 'Send' }).click();
    const reply = page.locator('.bubble.line', { hasText: 'run by the county' });
    await reply.waitFor();
    expect(await reply.locator('.parts').textContent()).toMatch(/\d SMS parts?/);
    await page.getByLabel('Text to send').fill('my husband drinks');
    await page.getByRole('button', { name: 'Send' }).click();
    // In plain words, as a description list (it was the engine's JSON: "audience: family; concern: alcohol").
    const understood = page.locator('.understood dl').last();
    await understood.waitFor();
    // The words heard beside each value are the understanding step's (others tune it): only their shape is pinned.
    expect((await understood.locator('dt').allTextContents()).slice(0, 2)).toEqual(['For', 'Trouble']);
    const [forWhom, trouble] = await understood.locator('dd').allTextContents();
    expect(forWhom).toMatch(/^a family member from “[^”]*husband[^”]*”$/);
    expect(trouble).toMatch(/^alcohol( from “[^”]+”)?$/);
    expect(await page.locator('#sim-log').innerText()).not.toMatch(/audience|concern|[{}]/);
    await look('simulator');
    // A Spanish texter: the page still says it in its own words, beside what they wrote.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page.getByLabel('Text to send').fill('mi esposo toma, en persona esta noche');
    await page.getByRole('button', { name: 'Send' }).click();
    const spanish = page.locator('.understood dl').last();
    await spanish.waitFor();
    const said = await spanish.innerText();
    expect(said).toContain('a family member');
    expect(said).toContain('“esposo”');
    expect(said).toContain('in person');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // The narrower phone moved the conversation's scroll: show its end, as a texter's last reply would be read.
    await page.locator('#sim-log').evaluate((log) => (log.scrollTop = log.scrollHeight));
    await look('phone-simulator');
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByLabel('Language').selectOption('en');
  });

  it('shows the flow YAML in the code editor with the checker findings, and draws the diagram', async () => {
    await page.getByRole('link', { name: 'Flow' }).first().click();
    await page.locator('.cm-editor .cm-content').waitFor();
    await page.locator('#findings li', { hasNotText: 'Checking' }).first().waitFor();
    await look('flow');
    await page.getByRole('link', { name: 'Diagram' }).first().click();
    await page.locator('#diagram svg').waitFor({ timeout: 20_000 });
    await look('diagram');
  });

  it('refuses to publish a broken edit, naming it in plain words with a link that opens the Flow page at its line', async () => {
    await page.getByRole('link', { name: 'Flow' }).first().click();
    await page.locator('#findings li', { hasNotText: 'Checking' }).first().waitFor();
    // A step's name misspelt, as staff would: found with the editor's search, then typed over.
    const retype = async (find: string, typed: string) => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type(find);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.type(typed);
      await page.locator('#save-status', { hasText: 'Saved' }).waitFor();
    };
    await retype('goto: who', 'goto: whoo');
    await page.getByRole('link', { name: 'Test & publish' }).first().click();
    await page.getByLabel('What changed').fill('A misspelt step');
    await page.getByRole('button', { name: 'Publish' }).click();
    const result = page.locator('#publish-result');
    await result.locator('.problems').waitFor({ timeout: 60_000 });
    expect(await result.locator('.alert').textContent()).toBe(
      'Not published: your draft has something to fix first (below).',
    );
    const link = result.getByRole('link', { name: /^Line \d+ of recovery\.yaml$/ });
    expect(await link.count()).toBe(1);
    expect(await result.locator('.problems li').textContent()).toContain('`whoo`');
    // Said once: the reason above the list does not repeat the problem it links to.
    expect((await result.innerText()).split('`whoo`').length - 1).toBe(1);
    await look('publish-refused');
    const line = Number(/\d+/.exec((await link.textContent())!)![0]);
    await link.click();
    await page.waitForURL(/\/console\/flow#recovery\.yaml:\d+$/);
    const active = page.locator('.cm-lineNumbers .cm-activeLineGutter');
    await page.locator('.cm-activeLine', { hasText: 'whoo' }).waitFor();
    expect(Number(await active.textContent())).toBe(line);
    // Put right the same way, so the draft holds only the new welcome again.
    await page.locator('#findings li.error').first().waitFor();
    await retype('goto: whoo', 'goto: who');
    await page.locator('#findings-summary', { hasText: /^0 errors/ }).waitFor();
  });

  it('runs the tests, accepts the new wording, publishes, and a signed POST /sms "hi" gets the new welcome', async () => {
    await page.getByRole('link', { name: 'Test & publish' }).first().click();
    await page.getByRole('button', { name: 'Run the tests' }).click();
    const accept = page.getByRole('button', { name: 'Accept the new wording' });
    await accept.waitFor({ timeout: 150_000 });
    expect(await page.locator('#test-results pre.new').first().textContent()).toContain('run by the county');
    await look('publish-diff');
    await accept.click();
    await page.locator('#test-results p.ok', { hasText: '0 failed' }).waitFor({ timeout: 150_000 });
    await look('publish');
    await page.getByLabel('What changed').fill('Welcome names the county');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('#publish-result', { hasText: 'Published as revision' }).waitFor({ timeout: 150_000 });
    expect(await welcomeWithin('run by the county', 10_000)).toContain('run by the county');
  });

  it('rolls back from Revisions, and POST /sms "hi" gets the old welcome again', async () => {
    await page.getByRole('link', { name: 'Revisions' }).first().click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Roll back to #1' }).click();
    await page.locator('#rollback-result', { hasText: 'Rolled back' }).waitFor({ timeout: 150_000 });
    await look('revisions');
    expect(await welcomeWithin(OLD_WELCOME, 10_000)).toContain(OLD_WELCOME);
  });

  it('opens Meetings and Numbers from the menu, inside the console page with its styles', async () => {
    for (const [label, heading, shot] of [
      ['Meetings', 'Meetings directory', 'meetings-in-console'],
      ['Numbers', 'Numbers', 'numbers-in-console'],
    ]) {
      await page.getByRole('link', { name: label, exact: true }).first().click();
      await expectHeading(heading);
      // The console's stylesheet applied: the header is the shell's, not a bare page.
      expect(await page.locator('header.top').count()).toBe(1);
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font).not.toMatch(/^"?Times/);
      await look(shot);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, shot] of [
      ['directory/', 'phone-meetings'],
      ['numbers/', 'phone-numbers'],
    ]) {
      await page.goto(`${server.url}/console/${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      // Named, so a failure says which page scrolls sideways.
      expect({ page: path, overflow: Math.max(0, overflow) }).toEqual({ page: path, overflow: 0 });
      if (path === 'directory/') {
        // A table's caption spans its cards, not one squeezed column ("Sources, / in load / order").
        const caption = page.locator('table.sources caption');
        expect(await caption.evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(300);
      }
      await look(shot);
    }
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('previews a texter about video games on a phone: replies wrap inside the page, a refusal reads as one', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/console/directory/preview`);
    await page.getByLabel('What it is about').selectOption('gambling');
    await page.getByLabel('Which behavior').selectOption('gaming');
    await page.getByLabel('How they want to meet').selectOption('online');
    await page.getByRole('button', { name: 'Show the replies' }).click();
    // The answer or a refusal, whichever comes: a failure then says what the page showed.
    const region = page.locator('#preview-result');
    await page.locator('#preview-result .reply, #preview-result.error').first().waitFor({ timeout: 30_000 });
    expect(await region.innerText()).toContain('SMART Recovery');
    // The replies' long links wrap instead of pushing the page sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(Math.max(0, overflow)).toBe(0);
    await look('phone-search-preview');
    await page.getByLabel('How they want to meet').selectOption('in_person');
    await page.getByRole('button', { name: 'Show the replies' }).click();
    const refused = page.locator('#preview-result.error', { hasText: 'Give a ZIP code' });
    await refused.waitFor({ timeout: 30_000 });
    // The console's --bad red, as every other refusal.
    expect(await refused.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(164, 22, 26)');
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
