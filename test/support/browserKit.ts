import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where browser tests leave their screenshots (git-ignored). */
export const TEST_OUTPUT = join(__dirname, '..', '..', 'test-output', 'console');

/** Debian's chromium (`.ci/run` installs it); Playwright's own browser download cannot be reached here. */
export function chromiumPath(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error('chromium is not installed: apt-get install -y chromium (bash .ci/run does it)');
  }
}

/** Launches headless chromium; as root it needs --no-sandbox. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({ executablePath: chromiumPath(), args: asRoot ? ['--no-sandbox'] : [] });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One accessibility problem axe found. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core (WCAG 2 A and AA rules) in the page and returns the serious and critical violations. axe is
 * evaluated through the debugging protocol, so the page's CSP (no inline scripts) stays on while it runs.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })) as { violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> };
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * A new page signed in to the fake console host (test/support/fakeConsoleHost.ts) as `staffId` with `role`: how the
 * directory and numbers sections' browser tests act as staff without the sign-in pages.
 */
export async function fakeHostPage(browser: Browser, staffId: string, role: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-test-staff': `${staffId}:${role}` } });
  return context.newPage();
}
