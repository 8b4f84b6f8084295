import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
// The build step is plain node (tools/buildConsoleAssets.js), so a production install can run it.
const { buildSectionAssets: buildConsoleAssets } = require('../../../tools/buildConsoleAssets.js') as {
  buildSectionAssets: () => Promise<string>;
};
import type { RunningServer } from '../../../src/server';
import { feedServer } from '../../support/feedServer';
import { fakeHostPage, launchChromium, seriousA11yViolations } from '../../support/browserKit';
import { suiteRedis } from '../../support/redisTestKit';
import { serverWithStaffSections } from '../../support/staffSectionsServer';
import { messagesOf, signedPost, smsParams } from '../../support/twilioPost';
import { runScripts } from '../../support/scriptedConversations';

/**
 * The directory and numbers pages in Debian's Chromium (playwright-core, no browser download), mounted on the
 * real server under the fake console host: add a feed and read its rejections, add a local group therapy
 * meeting and find it in the search preview and by text, and read the numbers after 20 conversations.
 */
const SHOTS = join(__dirname, '..', '..', '..', 'test-output', 'console');
let browser: Browser;
let server: RunningServer;
let numbersServer: RunningServer;
let feed: { url: string; server: Server };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await buildConsoleAssets();
  feed = await feedServer();
  ({ server } = await serverWithStaffSections(prefix, { DIRECTORY_ALLOW_PRIVATE_URLS: 'true' }));
  ({ server: numbersServer } = await serverWithStaffSections(`${prefix}numbers:`));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await numbersServer?.close();
  await new Promise((resolve) => feed?.server.close(resolve));
});
// After the afterAll above, so the suite's keys are deleted once the server has closed (its last stats flush).
const { prefix } = suiteRedis('staffPagesBrowser');

const pageAs = (role: string): Promise<Page> => fakeHostPage(browser, 'st_browser', role);

/** axe-core in the page: no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  expect((await seriousA11yViolations(page)).map((v) => v.id)).toEqual([]);
}

describe('the directory and numbers pages in a browser', () => {
  it('adds a feed with bad records and shows each rejected one with its reason', async () => {
    const page = await pageAs('publisher');
    await page.goto(`${server.url}/console/directory/`);
    await expectAccessible(page);
    await page.fill('#source-url', feed.url);
    await page.selectOption('#source-program', 'aa');
    await page.fill('#source-refresh', '60');
    await Promise.all([page.waitForEvent('load'), page.click('#add-source button[type="submit"]')]);
    const row = page.locator('tr', { hasText: feed.url.replace('http://', '') }).first();
    await row.locator('summary').click();
    const rejected = await row.locator('ul.rejected li').allInnerTexts();
    expect(rejected.map((r) => r.split(':')[0]).sort()).toEqual(['bad-time', 'no-day-given', 'nowhere-at-all']);
    for (const r of rejected) expect(r).toMatch(/^[a-z-]+: \w+/);
    await expect(row.locator('td').nth(3).innerText()).resolves.toBe('1');
    await row.screenshot({ path: join(SHOTS, 'directory-source-report.png') });

    await row.locator('button.check-now').click();
    await page.waitForSelector('#check-result ul.rejected li');
    expect(await page.locator('#check-result').innerText()).toContain('1 meeting(s) would come in, 3 rejected');
    await page.screenshot({ path: join(SHOTS, 'directory.png'), fullPage: true });
  }, 60_000);

  it('adds a local group therapy meeting that the search preview and a texter in that ZIP get', async () => {
    const page = await pageAs('publisher');
    await page.goto(`${server.url}/console/directory/`);
    await page.selectOption('#lm-program', 'group_therapy');
    await page.fill('#lm-name', 'Riverbend Counseling Recovery Group');
    for (const day of ['Tuesday', 'Thursday']) await page.getByLabel(day, { exact: true }).check();
    await page.fill('#lm-time', '18:30');
    await page.fill('#lm-address', '40 College Street');
    await page.fill('#lm-city', 'Burlington');
    // A full name, as staff type it (report problem 10: "Texas" was cut to "TE"): saved as its code.
    await page.fill('#lm-state', 'Vermont');
    await page.fill('#lm-zip', '05401');
    await page.fill('#lm-note', 'new provider from the county');
    // A misspelt state is refused beside its own field, far above the Save button, and the cursor goes there.
    await page.fill('#lm-state', 'Vermnt');
    await page.click('#local-form button[type="submit"]');
    const problem = page.locator('#lm-state + .field-problem');
    await expect(problem.innerText()).resolves.toMatch(/^"Vermnt" is not a US state or Canadian province/);
    expect(await page.getAttribute('#lm-state', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lm-state');
    await expectAccessible(page);
    await page.fill('#lm-state', 'Vermont');
    await Promise.all([page.waitForEvent('load'), page.click('#local-form button[type="submit"]')]);
    // Back at the list with a word that it was saved (the page only reloaded before).
    await expect(page.locator('#local-saved').innerText()).resolves.toMatch(/^Saved as revision \d+\. Texters get/);
    await expect(page.locator('table.local').innerText()).resolves.toContain('Riverbend Counseling Recovery Group');
    await expect(page.locator('table.local').innerText()).resolves.toContain('Burlington, VT, 05401');
    // The program by the name the form's list gives it, not its id.
    const row = page.locator('table.local tr', { hasText: 'Riverbend Counseling Recovery Group' });
    expect(await row.locator('td[data-label="Program"]').innerText()).toBe('Group therapy');
    await expect(page.locator('table.revisions').innerText()).resolves.toContain('new provider from the county');
    await page.locator('section[aria-labelledby="local-h"]').screenshot({ path: join(SHOTS, 'local-meetings.png') });

    await page.goto(`${server.url}/console/directory/preview`);
    await expectAccessible(page);
    await page.fill('#pv-place', '05401');
    await page.selectOption('#pv-audience', 'self');
    await page.selectOption('#pv-concern', 'unsure');
    await page.selectOption('#pv-mode', 'in_person');
    await page.click('#preview-form button[type="submit"]');
    await page.waitForSelector('#preview-result .reply');
    const replies = await page.locator('#preview-result li').last().locator('.reply').allInnerTexts();
    expect(replies.join('\n')).toContain('Riverbend Counseling');
    await page.screenshot({ path: join(SHOTS, 'search-preview.png'), fullPage: true });

    let texted: string[] = [];
    for (const text of ['hi', '1', '4', '2', '1', '05401']) {
      texted = messagesOf((await signedPost(server.url, '/sms', smsParams('+15550107777', text))).text);
    }
    expect(texted).toEqual(replies);
  }, 60_000);

  it('previews another behavior: the choice shows only with gambling, and SMART comes instead of GA', async () => {
    const page = await pageAs('editor');
    await page.goto(`${server.url}/console/directory/preview`);
    const behavior = page.getByLabel('Which behavior');
    expect(await behavior.isVisible()).toBe(false);
    await page.selectOption('#pv-concern', 'gambling');
    expect(await behavior.isVisible()).toBe(true);
    await behavior.selectOption('gaming');
    await page.selectOption('#pv-mode', 'online');
    await page.click('#preview-form button[type="submit"]');
    await page.waitForSelector('#preview-result .reply');
    expect(await page.locator('#preview-result .sent').allInnerTexts()).toContain('Texter: video games');
    const last = (await page.locator('#preview-result li').last().locator('.reply').allInnerTexts()).join('\n');
    expect(last).toContain('SMART Recovery');
    expect(last).not.toMatch(/Gamblers Anonymous|Gambling helpline/);
    await expectAccessible(page);

    // Another concern: the choice is hidden and not sent, so the menu's number is.
    await page.selectOption('#pv-concern', 'alcohol');
    expect(await behavior.isVisible()).toBe(false);
    await page.click('#preview-form button[type="submit"]');
    await page.locator('#preview-result .sent', { hasText: 'Texter: hi' }).waitFor();
    await page.locator('#preview-result .sent', { hasText: 'Texter: 1' }).nth(1).waitFor();
    expect(await page.locator('#preview-result .sent').allInnerTexts()).not.toContain('Texter: video games');
  }, 60_000);

  it('shows the numbers of 20 scripted conversations, equal to what was sent', async () => {
    await runScripts(numbersServer.url);
    const page = await pageAs('editor');
    await page.goto(`${numbersServer.url}/console/numbers/?days=7`);
    await page.waitForSelector('body[data-charts-ready="yes"]');
    const cell = async (table: string, row: string, column: number) =>
      page
        .locator(`table.${table} tr`, { has: page.locator(`th:text-is("${row}")`) })
        .locator('td')
        .nth(column)
        .innerText();
    expect(await cell('totals', 'Texts', 0)).toBe('98');
    expect(await cell('totals', 'New conversations', 0)).toBe('20');
    expect(await cell('totals', 'Conversations that reached results', 0)).toBe('15');
    expect(await cell('totals', 'Crisis replies', 0)).toBe('1');
    expect(await cell('totals', 'Opt-outs', 0)).toBe('1');
    expect(await cell('funnel', 'who', 0)).toBe('20');
    expect(await cell('funnel', 'who', 2)).toBe('3');
    expect(await cell('funnel', 'results', 0)).toBe('15');
    expect(await cell('states', 'TX', 0)).toBe('10');
    expect(await page.locator('#daily-chart canvas').count()).toBe(1);
    expect(await page.locator('#funnel-chart canvas').count()).toBe(1);
    await expectAccessible(page);
    await page.screenshot({ path: join(SHOTS, 'numbers.png'), fullPage: true });
  }, 90_000);
});
