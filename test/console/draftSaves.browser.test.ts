import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runStaff } from '../../src/cli/staff';
import { listFlowTexts, setFlowText } from '../../src/console/flows/flowTexts';
import { AuditLog } from '../../src/console/auditLog';
import { RedisConsoleStorage } from '../../src/console/redisConsoleStorage';
import { StaffAccounts } from '../../src/console/staffAccounts';
import { RedisFlowRevisionStore } from '../../src/flowStore/redisFlowRevisionStore';
import { startServer, type RunningServer } from '../../src/server';
import { launchChromium, TEST_OUTPUT } from '../support/browserKit';
import { browserServerConfig, suiteRedis } from '../support/redisTestKit';

const { buildConsoleAssets } = require('../../tools/buildConsoleAssets.js') as {
  buildConsoleAssets: () => Promise<string>;
};

/**
 * Saves and publishes that used to say "Saved" or "Published" and lose work (the staff report's problems 1 and 3),
 * in Debian's chromium against the real server: English and Spanish pasted within a moment, a Flow tab saving over
 * a Texts tab, and a publish over a revision published since the draft began. Screenshots land in test-output.
 */
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});
const { redis, prefix } = suiteRedis('draft-saves-browser');
const config = browserServerConfig(prefix);
const PASSWORD = 'four words of my own';
const WELCOME = 'recovery.yaml#nodes.welcome.say';
const SCREENSHOT_TIMEOUT_MS = 30_000;
jest.setTimeout(120_000);

beforeAll(async () => {
  await buildConsoleAssets();
  server = await startServer(config);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const storage = new RedisConsoleStorage(redis, prefix);
  const lines: string[] = [];
  const deps = { accounts: new StaffAccounts(storage), audit: new AuditLog(storage), config, local: false };
  expect(await runStaff(['add', 'pat@example.org', '--role', 'publisher'], deps, (l) => lines.push(l))).toBe(0);
  const link = /http:\/\/line\.test(\/console\/set-password\?token=\S+)/.exec(lines.join('\n'))![1];
  await page.goto(server.url + link);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('The same password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await page.waitForURL(`${server.url}/console/`);
  await page.close();
}, 120_000);

/** The member's working copy as the server holds it. */
async function draftOf(page: Page): Promise<{ files: Record<string, string>; baseRevision: number }> {
  return page.evaluate(async () =>
    (await fetch('/console/flows/draft', { headers: { accept: 'application/json' } })).json(),
  );
}

const wording = (files: Record<string, string>, id: string, lang: string) =>
  listFlowTexts(files).find((t) => t.id === id)?.versions[lang]?.text;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${TEST_OUTPUT}/${name}.png`, fullPage: false, timeout: SCREENSHOT_TIMEOUT_MS });
}

describe('saving drafts in chromium', () => {
  it('keeps both the English and the Spanish text when they are pasted within a moment', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/console/texts`);
    // A slow network (0.3 s before each save reaches the server), counting the saves in flight at once.
    let inFlight = 0;
    let most = 0;
    await page.route('**/console/flows/texts', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    const done = (r: { method(): string; url(): string }) => {
      if (r.method() === 'PUT' && r.url().endsWith('/console/flows/texts')) inFlight--;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    const card = page.locator(`section.text[data-id="${WELCOME}"]`);
    await card.locator('textarea[lang="en"]').waitFor();
    // Each fill is a paste, one straight after the other: the two saves fall due together.
    await card.locator('textarea[lang="en"]').fill('Recovery Textline, English pasted. Reply STOP to opt out.');
    await card.locator('textarea[lang="es"]').fill('Recovery Textline, pegado en espanol. Responde STOP.');
    // Both saves done: the draft holds the Spanish text (a busy machine runs the debounce and the slow saves late,
    // so this waits for it, up to 15 s, instead of a fixed pause; a lost save still fails below).
    let files: Record<string, string> = {};
    for (const until = Date.now() + 15_000; Date.now() < until; await page.waitForTimeout(250)) {
      files = (await draftOf(page)).files;
      if (wording(files, WELCOME, 'es') === 'Recovery Textline, pegado en espanol. Responde STOP.') break;
    }
    await page.locator('#save-status', { hasText: 'Saved' }).waitFor();
    await shot(page, 'texts-two-boxes-saved');
    // One after another: the page's own boxes never race each other.
    expect(most).toBe(1);
    expect(wording(files, WELCOME, 'en')).toBe('Recovery Textline, English pasted. Reply STOP to opt out.');
    expect(wording(files, WELCOME, 'es')).toBe('Recovery Textline, pegado en espanol. Responde STOP.');
    await page.close();
  });

  it('refuses a Flow tab save made on an older draft, says so plainly, and keeps what each tab shows', async () => {
    const flowTab = await context.newPage();
    await flowTab.goto(`${server.url}/console/flow`);
    await flowTab.locator('.cm-editor .cm-content').waitFor();
    const textsTab = await context.newPage();
    await textsTab.goto(`${server.url}/console/texts`);
    const english = textsTab.locator(`section.text[data-id="${WELCOME}"] textarea[lang="en"]`);
    await english.fill('Recovery Textline, typed in the Texts tab. Reply STOP to opt out.');
    await textsTab.locator('#save-status', { hasText: 'Saved' }).waitFor();

    await flowTab.bringToFront();
    await flowTab.locator('.cm-content').click();
    await flowTab.keyboard.press('Control+End');
    await flowTab.keyboard.type('\n# typed in the Flow tab\n');
    const status = flowTab.locator('#save-status', { hasText: 'Not saved' });
    await status.waitFor();
    expect(await status.textContent()).toBe(
      'Not saved: this draft was changed in another tab or by someone else. Reload to see it.',
    );
    expect(await flowTab.locator('.cm-content').innerText()).toContain('# typed in the Flow tab');
    await shot(flowTab, 'flow-tab-changed-elsewhere');
    const { files } = await draftOf(flowTab);
    expect(wording(files, WELCOME, 'en')).toBe('Recovery Textline, typed in the Texts tab. Reply STOP to opt out.');
    expect(files['recovery.yaml']).not.toContain('# typed in the Flow tab');
    await flowTab.close();
    await textsTab.close();
  });

  it('refuses to publish over a revision published since, and brings the draft up to date on request', async () => {
    const store = new RedisFlowRevisionStore(redis, prefix);
    const live = (await store.published())!;
    const theirs = setFlowText(live.files, {
      file: 'recovery.yaml',
      path: ['keywords', 'rate_limited', 'say'],
      lang: 'en',
      text: 'Slow down a little; try again in a minute. Crisis? Call or text 988.',
    });
    await store.publish({
      files: theirs,
      author: 'st_other',
      note: 'calmer',
      check: { errors: 0, warnings: 0, summary: [] },
    });

    const page = await context.newPage();
    await page.goto(`${server.url}/console/publish`);
    await page.getByLabel('What changed').fill('Pasted welcome');
    await page.getByRole('button', { name: 'Publish' }).click();
    const refused = page.locator('#publish-result .alert');
    await refused.waitFor();
    expect(await refused.textContent()).toBe(
      `Not published: Revision #${live.number + 1} was published after you started this draft (from ` +
        `#${live.number}); publishing it now would undo that change. Bring your draft up to date with ` +
        `#${live.number + 1} first, or throw it away and start a fresh draft from the live version.`,
    );
    await shot(page, 'publish-refused-newer-revision');
    await page.getByRole('button', { name: `Bring my draft up to date with #${live.number + 1}` }).click();
    await page.locator('#publish-result p.ok', { hasText: 'Your draft now includes' }).waitFor();
    await shot(page, 'publish-draft-brought-up-to-date');
    const { files, baseRevision } = await draftOf(page);
    expect(baseRevision).toBe(live.number + 1);
    expect(wording(files, 'recovery.yaml#keywords.rate_limited.say', 'en')).toMatch(/^Slow down a little/);
    expect(wording(files, WELCOME, 'en')).toBe('Recovery Textline, typed in the Texts tab. Reply STOP to opt out.');
    expect(await store.publishedNumber()).toBe(live.number + 1);
    await page.close();
  });

  it('throws the draft away only on the version it was refused on: a change made since in another tab is kept', async () => {
    const store = new RedisFlowRevisionStore(redis, prefix);
    const live = (await store.published())!;
    await store.publish({
      files: setFlowText(live.files, {
        file: 'recovery.yaml',
        path: ['keywords', 'rate_limited', 'say'],
        lang: 'en',
        text: 'Wait one minute, please. Crisis? Call or text 988.',
      }),
      author: 'st_other',
      note: 'again',
      check: { errors: 0, warnings: 0, summary: [] },
    });
    const newer = live.number + 1;
    const page = await context.newPage();
    const refusedPublish = async () => {
      await page.goto(`${server.url}/console/publish`);
      await page.getByLabel('What changed').fill('Pasted welcome');
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.locator('#publish-result .alert').waitFor();
    };
    await refusedPublish();
    // Meanwhile the member's other tab saves a text.
    const otherTab = 'Recovery Textline, saved in the other tab. Reply STOP to opt out.';
    await page.evaluate(
      async ({ text }) => {
        const headers = { accept: 'application/json', 'content-type': 'application/json' };
        const { draftVersion } = await (await fetch('/console/flows/texts', { headers })).json();
        const token = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')!.content;
        const body = { file: 'recovery.yaml', path: ['nodes', 'welcome', 'say'], lang: 'en', text, draftVersion };
        await fetch('/console/flows/texts', {
          method: 'PUT',
          headers: { ...headers, 'x-csrf-token': token },
          body: JSON.stringify(body),
        });
      },
      { text: otherTab },
    );
    page.on('dialog', (dialog) => void dialog.accept());
    const throwAway = page.getByRole('button', { name: `Throw my draft away and start from #${newer}` });
    await throwAway.click();
    const kept = page.locator('#publish-result .choices .alert');
    await kept.waitFor();
    expect(await kept.textContent()).toBe(
      'Not thrown away: your draft was changed in another tab or by someone else since you chose. It is kept: ' +
        'look at it on Texts or Flow, then choose again.',
    );
    expect(wording((await draftOf(page)).files, WELCOME, 'en')).toBe(otherTab);
    await shot(page, 'publish-not-thrown-away');

    // Chosen again, on the draft as it is now: thrown away, the live revision is the working copy.
    await refusedPublish();
    await throwAway.click();
    await page.locator('#publish-result .choices .ok', { hasText: 'Your draft is gone' }).waitFor();
    const copy = await draftOf(page);
    expect(copy.baseRevision).toBe(newer);
    expect(wording(copy.files, WELCOME, 'en')).toBe(wording(live.files, WELCOME, 'en'));
    await page.close();
  });

  it('keeps the typing when the session ends, signs in again in a new tab back on Texts, then saves it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/console/texts`);
    const english = page.locator(`section.text[data-id="${WELCOME}"] textarea[lang="en"]`);
    await english.waitFor();
    // Signed out elsewhere (or idle too long): the session is gone, the page still open.
    const other = await context.newPage();
    await other.goto(`${server.url}/console/`);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.waitForURL(`${server.url}/console/sign-in`);
    await other.close();

    const typed = 'Recovery Textline, typed after the session ended. Reply STOP to opt out.';
    await english.fill(typed);
    const notice = page.locator('#session-ended');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Your session ended. Sign in again; your text is kept below.');
    // Said once: the save status used to repeat it above the notice.
    const shown = await page.locator('body').innerText();
    expect(shown.split('Your session ended').length - 1).toBe(1);
    expect(await page.locator('#save-status').isVisible()).toBe(false);
    expect(page.url()).toBe(`${server.url}/console/texts`);
    expect(await english.inputValue()).toBe(typed);
    await shot(page, 'texts-session-ended');
    // Far down the page the notice and its link are still in sight, beside the box being typed in.
    await page.locator('section.text').last().scrollIntoViewIfNeeded();
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(860);
    await shot(page, 'texts-session-ended-scrolled');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'phone-texts-session-ended');
    await page.setViewportSize({ width: 1280, height: 860 });

    const [signIn] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Sign in again' }).click(),
    ]);
    await signIn.getByLabel('E-mail').fill('pat@example.org');
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    // Back on the page whose session ended, not the home page.
    await signIn.waitForURL(`${server.url}/console/texts`);
    await signIn.close();

    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.locator('#save-status', { hasText: 'Saved' }).waitFor();
    expect(await page.locator('#session-ended').count()).toBe(0);
    const { files } = await draftOf(page);
    expect(wording(files, WELCOME, 'en')).toBe(typed);
    await page.close();
  });
});
