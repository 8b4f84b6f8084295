import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
// The build step is plain node (tools/buildConsoleAssets.js), so a production install can run it.
const { buildSectionAssets } = require('../../../tools/buildConsoleAssets.js') as {
  buildSectionAssets: () => Promise<string>;
};
import type { AuditEvent } from '../../../src/console/consoleHost';
import type { RunningServer } from '../../../src/server';
import { fakeHostPage, launchChromium, seriousA11yViolations } from '../../support/browserKit';
import { suiteRedis } from '../../support/redisTestKit';
import { serverWithStaffSections } from '../../support/staffSectionsServer';
import { messagesOf, signedPost, smsParams } from '../../support/twilioPost';

/**
 * The Programs page in Debian's Chromium, on the real server (real flows, directory and Redis) under the fake
 * console host: a publisher changes what texters read about SMART Recovery and a texter gets it; a whole file
 * that breaks the catalogue is refused with its line; a save made on an older list is refused; an earlier revision
 * comes back; an editor reads but cannot save.
 */
const SHOTS = join(__dirname, '..', '..', '..', 'test-output', 'console');
let browser: Browser;
let server: RunningServer;
let audited: Array<AuditEvent & { actor: string }>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await buildSectionAssets();
  ({ server, audited } = await serverWithStaffSections(prefix));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});
// After the afterAll above, so the suite's keys are deleted once the server has closed (its last stats flush).
const { prefix } = suiteRedis('programsPageBrowser');

const pageAs = (role: string): Promise<Page> => fakeHostPage(browser, 'st_programs', role);

/** axe-core in the page: no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  expect((await seriousA11yViolations(page)).map((v) => v.id)).toEqual([]);
}

/** What a new texter is sent for `text`, over signed HTTP. */
async function texterGets(text: string, phone: string): Promise<string> {
  return messagesOf((await signedPost(server.url, '/sms', smsParams(phone, text))).text).join('\n');
}

const NEW_EN = 'SMART Recovery. Free meetings that teach tools to quit, for any addiction.';
const NEW_ES = 'SMART Recovery. Reuniones gratis con herramientas para dejar cualquier adiccion.';

describe('the Programs page in a browser', () => {
  it('changes what texters read about a program, in English and Spanish, and a texter gets it', async () => {
    expect(await texterGets('what is smart recovery', '+15550108001')).toContain('Science-based self-help groups');
    const page = await pageAs('publisher');
    await page.goto(`${server.url}/console/directory/`);
    await page.getByRole('link', { name: /Programs: the groups the line offers/ }).click();
    await expect(page.locator('main, body').first().innerText()).resolves.toContain('Not edited in the console yet');
    await expectAccessible(page);
    const smart = page.locator('form.program-form[data-id="smart"]');
    await page.locator('section.program', { has: smart }).locator('summary').click();
    await smart.getByLabel('Description').first().fill(NEW_EN);
    await smart.getByLabel('Description').nth(1).fill(NEW_ES);
    // The meter counts what is sent: the curly quote goes out straight, and the note says so.
    await smart.getByLabel('Note when it comes first (optional)').first().fill('It’s free.');
    const noteWarning = smart.locator('.lang').first().locator('.warning').last();
    expect(await noteWarning.innerText()).toContain("texters get “'” instead");
    await smart.getByLabel('Note when it comes first (optional)').first().fill('');
    await smart.getByLabel('What changed').fill('plainer SMART description');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('section.program', { has: smart }).screenshot({ path: join(SHOTS, 'programs-smart.png') });
    await Promise.all([page.waitForEvent('load'), smart.getByRole('button', { name: /Save SMART Recovery/ }).click()]);
    await expect(page.locator('#programs-status').innerText()).resolves.toContain('Saved as revision 1');
    await expect(page.locator('table.revisions').innerText()).resolves.toContain('plainer SMART description');
    // "By" names the member as the flow's Revisions page does: their own is "you", never an account id.
    await expect(page.locator('table.revisions td[data-label="By"]').first().innerText()).resolves.toBe('you');
    expect(audited.some((a) => a.action === 'directory.programs.save')).toBe(true);

    expect(await texterGets('what is smart recovery', '+15550108002')).toContain(NEW_EN);
    expect(await texterGets('que es smart recovery', '+15550108003')).toContain(NEW_ES);
    // The rest of the file is as it was: AA's own words still reach texters.
    expect(await texterGets('what is AA', '+15550108004')).toContain('Alcoholics Anonymous');
  }, 90_000);

  it('refuses a form that would break the list, saying what to fix in plain words', async () => {
    const page = await pageAs('publisher');
    await page.goto(`${server.url}/console/directory/programs`);
    const aa = page.locator('form.program-form[data-id="aa"]');
    await page.locator('section.program', { has: aa }).locator('summary').click();
    // The browser itself stops a web address without https:// (a url field); a phone that is no number is ours.
    await aa.getByLabel('Phone: a helpline').fill('call the office');
    await aa.getByRole('button', { name: 'Save AA' }).click();
    await aa.locator('.form-status', { hasText: 'Not saved: the phone must be a number' }).waitFor();
    await expect(page.locator('table.revisions tbody tr').count()).resolves.toBe(1);
  }, 60_000);

  it('refuses a whole file that breaks the catalogue, naming the line; and a save made on an older list', async () => {
    const page = await pageAs('publisher');
    const stale = await pageAs('publisher');
    await page.goto(`${server.url}/console/directory/programs`);
    await stale.goto(`${server.url}/console/directory/programs`);
    await page.locator('#whole-file-h').click();
    const box = page.getByLabel('programs.yaml');
    const text = await box.inputValue();
    // A rule naming a program that does not exist.
    await box.fill(text.replace(/programs: \[aa,/, 'programs: [aaa,'));
    await page.getByRole('button', { name: 'Check and save the file' }).click();
    const status = page.locator('#programs-file-status');
    await page.locator('#programs-file-status', { hasText: 'aaa' }).waitFor();
    expect(await status.innerText()).toMatch(/line \d+.*aaa/);
    await page.screenshot({ path: join(SHOTS, 'programs-file-refused.png'), fullPage: false });

    // A good change from the first page; the second page, opened before it, is then stale.
    await box.fill(
      text.replace(
        'Free groups for anyone who wants to stop drinking.',
        'Free groups for anyone who wants to stop drinking, near you.',
      ),
    );
    await page.getByLabel('What changed (for the revision history)').last().fill('AA line');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Check and save the file' }).click(),
    ]);
    await expect(page.locator('#programs-status').innerText()).resolves.toContain('Saved as revision 2');

    const na = stale.locator('form.program-form[data-id="na"]');
    await stale.locator('section.program', { has: na }).locator('summary').click();
    await na.getByLabel('Phone: a helpline').fill('1-818-773-9999');
    await na.getByRole('button', { name: 'Save NA' }).click();
    await na.locator('.form-status', { hasText: 'changed by someone else' }).waitFor();
    await expect(page.locator('table.revisions tbody tr').count()).resolves.toBe(2);
  }, 60_000);

  it('brings back an earlier revision, and an editor reads the page without save buttons', async () => {
    const page = await pageAs('publisher');
    await page.goto(`${server.url}/console/directory/programs`);
    page.once('dialog', (dialog) => void dialog.accept());
    await Promise.all([page.waitForEvent('load'), page.locator('button.restore-programs[data-revision="1"]').click()]);
    await expect(page.locator('#programs-status').innerText()).resolves.toContain('Saved as revision 3');
    expect(await texterGets('what is AA', '+15550108005')).not.toContain('near you');
    expect(await texterGets('what is smart recovery', '+15550108006')).toContain(NEW_EN);

    const download = await fetch(`${server.url}/console/directory/programs/revisions/2/download`, {
      headers: { 'x-test-staff': 'st_programs:editor' },
    });
    expect(download.headers.get('content-disposition')).toContain('programs-r2.yaml');
    expect(await download.text()).toContain('stop drinking, near you.');

    const editor = await pageAs('editor');
    await editor.setViewportSize({ width: 390, height: 844 });
    await editor.goto(`${server.url}/console/directory/programs`);
    await expect(editor.getByRole('button', { name: /^Save / }).count()).resolves.toBe(0);
    await expect(editor.locator('body').innerText()).resolves.toContain('Publishers and admins can change it');
    await editor.locator('section.program').first().locator('summary').click();
    const overflow = await editor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(editor);
    await editor.screenshot({ path: join(SHOTS, 'programs-phone.png'), fullPage: true });
  }, 60_000);
});
