import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runStaff } from '../../src/cli/staff';
import { AuditLog } from '../../src/console/auditLog';
import { setFlowText } from '../../src/console/flows/flowTexts';
import { RedisConsoleStorage } from '../../src/console/redisConsoleStorage';
import { StaffAccounts } from '../../src/console/staffAccounts';
import { colleagueLabel } from '../../src/console/staffNames';
import { RedisFlowRevisionStore } from '../../src/flowStore/redisFlowRevisionStore';
import { startServer, type RunningServer } from '../../src/server';
import { launchChromium, seriousA11yViolations, TEST_OUTPUT } from '../support/browserKit';
import { browserServerConfig, suiteRedis } from '../support/redisTestKit';

const { buildConsoleAssets } = require('../../tools/buildConsoleAssets.js') as {
  buildConsoleAssets: () => Promise<string>;
};

/**
 * The Revisions page in Debian's chromium against the real server: who published each revision, named as the
 * viewer may see them (README, Security: only admins see e-mails), and what each revision changed, text by text.
 */
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});
const { redis, prefix } = suiteRedis('revisions-browser');
const config = browserServerConfig(prefix);
const PASSWORD = 'four words of my own';
const WELCOME = ['nodes', 'welcome', 'say'];
const NEW_EN = 'Recovery Textline, run by the county. Reply STOP to opt out. Crisis? Call or text 988.';
const NEW_ES = 'Recovery Textline, del condado. Responde STOP para no recibir mas. ¿Crisis? Llama al 988.';
const SCREENSHOT_TIMEOUT_MS = 30_000;
const storage = () => new RedisConsoleStorage(redis, prefix);
jest.setTimeout(120_000);

/** A member added with `npm run staff`, signed in with their one-time link in a browser context of their own. */
async function signedIn(email: string, role: string): Promise<{ page: Page; id: string }> {
  const lines: string[] = [];
  const accounts = new StaffAccounts(storage());
  const deps = { accounts, audit: new AuditLog(storage()), config, local: false };
  expect(await runStaff(['add', email, '--role', role], deps, (l) => lines.push(l))).toBe(0);
  const link = /http:\/\/line\.test(\/console\/set-password\?token=\S+)/.exec(lines.join('\n'))![1];
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  contexts.push(context);
  const page = await context.newPage();
  // What went wrong in the page, so a list that never appears says why (a script that failed to load, say).
  page.on('pageerror', (err) => pageProblems.push(`${email}: ${err.message}`));
  page.on('requestfailed', (req) => pageProblems.push(`${email}: ${req.url()} ${req.failure()?.errorText}`));
  page.on(
    'response',
    (res) => void (res.status() >= 400 && pageProblems.push(`${email}: ${res.status()} ${res.url()}`)),
  );
  await page.goto(server.url + link);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('The same password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await page.waitForURL(`${server.url}/console/`);
  return { page, id: (await accounts.findByEmail(email))!.id };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${TEST_OUTPUT}/${name}.png`, fullPage: true, timeout: SCREENSHOT_TIMEOUT_MS });
}

const pageProblems: string[] = [];

/** Each row's revision and "By" cell, as the page shows them. */
async function whoPublished(page: Page): Promise<Array<[string, string]>> {
  await page.goto(`${server.url}/console/revisions`);
  try {
    await page.locator('#revisions tr td[data-label="By"]').first().waitFor();
  } catch (err) {
    throw new Error(`No revisions listed. The page said: ${pageProblems.join('; ') || 'nothing'}. ${err}`);
  }
  return page
    .locator('#revisions tr')
    .evaluateAll((rows) =>
      rows.map((r) => [
        (r.querySelector('[data-label="Revision"]')?.textContent ?? '').replace(' (live)', ''),
        r.querySelector('[data-label="By"]')?.textContent ?? '',
      ]),
    );
}

let pat: { page: Page; id: string };
let ada: { page: Page; id: string };

beforeAll(async () => {
  await buildConsoleAssets();
  server = await startServer(config);
  browser = await launchChromium();
  pat = await signedIn('pat@example.org', 'publisher');
  ada = await signedIn('ada@example.org', 'admin');
  // #2 by Ada: the welcome in both languages and the HELP words; #3 by Pat: one more text.
  const store = new RedisFlowRevisionStore(redis, prefix);
  const seed = (await store.published())!;
  let files = setFlowText(seed.files, { file: 'recovery.yaml', path: WELCOME, lang: 'en', text: NEW_EN });
  files = setFlowText(files, { file: 'recovery.yaml', path: WELCOME, lang: 'es', text: NEW_ES });
  files = { ...files, 'recovery.yaml': files['recovery.yaml'].replace('en: [HELP, INFO,', 'en: [HELP, WHAT IS THIS,') };
  const check = { errors: 0, warnings: 0, summary: [] };
  await store.publish({ files, author: ada.id, note: 'Welcome names the county', check });
  files = setFlowText(files, {
    file: 'recovery.yaml',
    path: ['keywords', 'rate_limited', 'say'],
    lang: 'en',
    text: 'Slow down a little; try again in a minute. Crisis? Call or text 988.',
  });
  await store.publish({ files, author: pat.id, note: 'calmer', check });
}, 120_000);

describe('the Revisions page in chromium', () => {
  it('shows a publisher "you" for their own revisions and a stable label, never an e-mail, for others', async () => {
    expect(await whoPublished(pat.page)).toEqual([
      ['#3', 'you'],
      ['#2', colleagueLabel(ada.id)],
      ['#1', 'the line (from the flow files)'],
    ]);
    expect(await pat.page.locator('main').innerText()).not.toContain('@');
    // The account ids the audit log uses are not shown either: they mean nothing to staff.
    expect(await pat.page.locator('#revisions').innerText()).not.toContain('st_');
    await shot(pat.page, 'revisions-as-publisher');
  });

  it('shows an admin the e-mail of whoever published', async () => {
    expect(await whoPublished(ada.page)).toEqual([
      ['#3', 'pat@example.org'],
      ['#2', 'you'],
      ['#1', 'the line (from the flow files)'],
    ]);
  });

  it('shows what a revision changed, text by text in English and Spanish, and the words of a word list', async () => {
    const page = pat.page;
    await page.goto(`${server.url}/console/revisions`);
    await page.getByRole('link', { name: 'What changed in #2' }).click();
    await page.waitForURL(/\?changes=2/);
    const heading = page.getByRole('heading', { name: 'What changed in #2 since #1' });
    await heading.waitFor();
    expect(await page.locator('#changes [role="status"]').textContent()).toBe(
      '1 text and 1 word list changed. The note: “Welcome names the county”.',
    );
    const welcome = page.locator('#changes section.change[data-id="recovery.yaml#nodes.welcome.say"]');
    // In plain words: staff read what the text is, not its place in the YAML ("welcome · say").
    expect(await welcome.locator('h3').textContent()).toBe('What step “welcome” says');
    expect(await welcome.locator('h4').allTextContents()).toEqual(['English', 'Spanish']);
    expect(await welcome.locator('pre.new').allTextContents()).toEqual([NEW_EN, NEW_ES]);
    expect(await welcome.locator('pre.old').first().textContent()).toMatch(/^Recovery Textline: free, confidential/);
    expect(await welcome.locator('pre.new[lang="es"]').count()).toBe(1);
    const words = page.locator('#changes section.change[data-id="recovery.yaml#keywords.help.words"]');
    expect(await words.locator('h3').textContent()).toBe('Words that bring the “help” reply');
    expect(await words.locator('dl').innerText()).toMatch(/Added\s+WHAT IS THIS\s+Taken out\s+INFO/);
    // Only what #2 changed: #3's text is not listed here.
    expect(await page.locator('#changes section.change').count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'revision-changes');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, 'phone-revision-changes');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('says the first revision has nothing before it', async () => {
    await pat.page.goto(`${server.url}/console/revisions?changes=1#changes`);
    await pat.page.getByRole('heading', { name: 'What changed in #1' }).waitFor();
    expect(await pat.page.locator('#changes [role="status"]').textContent()).toBe(
      'This is the first revision: there is nothing before it to compare with.',
    );
  });
});
