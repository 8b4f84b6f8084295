import { Router, type Request } from 'express';
import type { StatsStore, DayStats } from '../../../analytics/statsStore';
import { utcDate } from '../../../analytics/textTally';
import type { ConsoleHost, ConsoleSection } from '../../consoleHost';
import { serveAssets } from '../sectionKit';
import { numbersPage, summarize } from './numbersPage';

/** What the numbers section reads. */
export interface NumbersSectionDeps {
  stats: StatsStore;
  /** Writes this process's counts so far, so the page includes the last few seconds. */
  flush: () => Promise<void>;
  /** The clock (tests). */
  now?: () => Date;
  assetsDir?: string;
}

/** The ranges the page offers, in days. */
const RANGES = [7, 30, 90];

/**
 * The console's numbers section (`/console/numbers`): daily counts with no phone number, no message text and
 * no per-person trail (texts, new conversations, results reached, the funnel per node, not understood per
 * node, crisis replies, requests for a person, opt-outs, erasures, results by state, programs offered), as
 * tables and charts, and a CSV export. Any staff member may read them.
 */
export function createNumbersSection(host: ConsoleHost, deps: NumbersSectionDeps): ConsoleSection {
  const router = Router();
  const editor = host.requireRole('editor');
  serveAssets(router, deps.assetsDir);

  const daysOf = async (req: Request): Promise<{ range: number; days: DayStats[] }> => {
    const asked = Number(req.query.days);
    const range = RANGES.includes(asked) ? asked : 30;
    await deps.flush();
    const today = deps.now?.() ?? new Date();
    const from = utcDate(new Date(today.getTime() - (range - 1) * 86_400_000));
    return { range, days: await deps.stats.read(from, utcDate(today)) };
  };

  router.get('/', editor, async (req, res) => {
    const { range, days } = await daysOf(req);
    res.type('html').send(host.renderPage(req, numbersPage(range, RANGES, days)));
  });

  router.get('/api/days', editor, async (req, res) => {
    const { range, days } = await daysOf(req);
    res.json({ range, days, summary: summarize(days) });
  });

  router.get('/numbers.csv', editor, async (req, res) => {
    const { range, days } = await daysOf(req);
    res
      .type('text/csv')
      .set('Content-Disposition', `attachment; filename="textline-numbers-${range}d.csv"`)
      .send(toCsv(days));
  });

  return { path: 'numbers', nav: { label: 'Numbers', role: 'editor' }, router };
}

/** One row per day, one column per counter (`enter:who`, `found:TX`...), zeros where nothing was counted. */
export function toCsv(days: DayStats[]): string {
  const fields = [...new Set(days.flatMap((d) => Object.keys(d.counts)))].sort();
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['date', ...fields].map(quote).join(',')];
  for (const d of days) lines.push([d.date, ...fields.map((f) => String(d.counts[f] ?? 0))].join(','));
  return `${lines.join('\n')}\n`;
}
