import type { DayStats } from '../../../analytics/statsStore';
import type { ConsolePage } from '../../consoleHost';
import { esc } from '../sectionKit';

/** The range's totals, and the per-node, per-state and per-program counts, for the tables and charts. */
export interface NumbersSummary {
  totals: Record<string, number>;
  funnel: Array<{ node: string; entered: number; left: number; notUnderstood: number }>;
  states: Array<{ state: string; found: number; nothingNearby: number }>;
  programs: Array<{ program: string; offered: number }>;
}

const TOTALS: Array<[string, string, string]> = [
  ['texts', 'Texts', 'Every text received, repeats included.'],
  ['conversations', 'New conversations', 'A first text, or a first one after the last conversation ended.'],
  ['results', 'Conversations that reached results', 'A meeting search ran (counted once a conversation).'],
  ['crisis', 'Crisis replies', 'Texts answered with 911, 988 and the helpline.'],
  ['person', 'Asked for a person', 'Texts asking to talk to someone.'],
  ['opt_outs', 'Opt-outs', 'STOP and the line\'s own "stop texting me" words.'],
  ['erasures', 'Erasures', 'People who asked the line to forget them.'],
];

/** Adds the days up into totals, the funnel, results by state and programs offered. */
export function summarize(days: DayStats[]): NumbersSummary {
  const sum: Record<string, number> = {};
  for (const d of days) for (const [k, v] of Object.entries(d.counts)) sum[k] = (sum[k] ?? 0) + v;
  const suffixes = (prefix: string) =>
    Object.keys(sum)
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length));
  const nodes = new Set([...suffixes('enter:'), ...suffixes('exit:'), ...suffixes('not_understood:')]);
  const funnel = [...nodes]
    .map((node) => ({
      node,
      entered: sum[`enter:${node}`] ?? 0,
      left: sum[`exit:${node}`] ?? 0,
      notUnderstood: sum[`not_understood:${node}`] ?? 0,
    }))
    .sort((a, b) => b.entered - a.entered || a.node.localeCompare(b.node));
  const states = [...new Set([...suffixes('found:'), ...suffixes('nothing_nearby:')])]
    .map((state) => ({ state, found: sum[`found:${state}`] ?? 0, nothingNearby: sum[`nothing_nearby:${state}`] ?? 0 }))
    .sort((a, b) => b.found + b.nothingNearby - (a.found + a.nothingNearby) || a.state.localeCompare(b.state));
  const programs = suffixes('program:')
    .map((program) => ({ program, offered: sum[`program:${program}`] ?? 0 }))
    .sort((a, b) => b.offered - a.offered || a.program.localeCompare(b.program));
  const totals = Object.fromEntries(TOTALS.map(([k]) => [k, sum[k] ?? 0]));
  return { totals, funnel, states, programs };
}

function table(caption: string, head: string[], rows: Array<Array<string | number>>, cls: string): string {
  if (rows.length === 0) return `<p>${esc(caption)}: nothing counted in this range.</p>`;
  return `<table class="${cls}"><caption>${esc(caption)}</caption><thead><tr>${head
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r[0])}</th>${r
          .slice(1)
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

/** The numbers page: range links, totals, the charts' places, the funnel and the other tables, the CSV link. */
export function numbersPage(range: number, ranges: number[], days: DayStats[]): ConsolePage {
  const s = summarize(days);
  const links = ranges
    .map((r) => (r === range ? `<strong>${r} days</strong>` : `<a href="/console/numbers/?days=${r}">${r} days</a>`))
    .join(' | ');
  const totals = table(
    `Totals, last ${range} days (UTC)`,
    ['Count', 'Number', 'What it counts'],
    TOTALS.map(([k, label, what]) => [label, s.totals[k] ?? 0, what]),
    'totals',
  );
  const body = `<p>Counts only: no phone numbers, no message text, nothing about any one person. Days are UTC.
Each web process adds its counts every few seconds. <a href="/console/numbers/numbers.csv?days=${range}">Download CSV</a></p>
<p>Range: ${links}</p>
${totals}
<section aria-labelledby="daily-h"><h2 id="daily-h">Day by day</h2>
<div id="daily-chart" data-days="${range}" role="img" aria-label="Chart of texts, new conversations and conversations that reached results per day; the same numbers are in the CSV."></div></section>
<section aria-labelledby="funnel-h"><h2 id="funnel-h">Where conversations go (the funnel)</h2>
<p>Per question: how many conversations reached it, how many moved on from it, and answers it did not understand.</p>
${table(
  'Funnel per node',
  ['Node', 'Entered', 'Left', 'Not understood'],
  s.funnel.map((f) => [f.node, f.entered, f.left, f.notUnderstood]),
  'funnel',
)}
<div id="funnel-chart" role="img" aria-label="Bar chart of the funnel table above."></div></section>
<section aria-labelledby="states-h"><h2 id="states-h">Results by state</h2>
<p>When a conversation reached results: meetings found near the place, or nothing nearby (online and phone options
were offered instead). "online" is a search without a place.</p>
${table(
  'Results by state',
  ['State', 'Found nearby', 'Nothing nearby'],
  s.states.map((x) => [x.state, x.found, x.nothingNearby]),
  'states',
)}
</section>
<section aria-labelledby="programs-h"><h2 id="programs-h">Programs offered</h2>
${table(
  'Programs offered',
  ['Program', 'Times offered'],
  s.programs.map((p) => [p.program, p.offered]),
  'programs',
)}
</section>`;
  return { title: 'Numbers', body, scripts: ['/console/numbers/assets/numbers.js'] };
}
