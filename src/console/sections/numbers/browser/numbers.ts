/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import uPlot from 'uplot';
import { callApi, el } from '../../browserKit';

/** The numbers page's charts (uPlot), drawn from the same counts as the tables. */
type Day = { date: string; counts: Record<string, number> };
type Summary = { funnel: Array<{ node: string; entered: number; left: number; notUnderstood: number }> };

function addStyles(): void {
  if (document.querySelector('link[data-uplot]')) return;
  document.head.append(
    el('link', undefined, { rel: 'stylesheet', href: '/console/numbers/assets/numbers.css', 'data-uplot': '' }),
  );
}

function dailyChart(target: HTMLElement, days: Day[]): void {
  // One point per UTC day, labelled by its date: the browser's own time zone must not shift a day.
  const xs = days.map((_, i) => i);
  const series = (field: string) => days.map((d) => d.counts[field] ?? 0);
  new uPlot(
    {
      width: Math.min(900, target.clientWidth || 900),
      height: 260,
      scales: { x: { time: false } },
      axes: [{ values: (_u, ticks) => ticks.map((t) => days[t]?.date.slice(5) ?? ''), space: 50 }, {}],
      series: [
        { label: 'Day', value: (_u, i) => (i == null ? '--' : (days[i]?.date ?? '')) },
        { label: 'Texts', stroke: '#1f4e8c', width: 2 },
        { label: 'New conversations', stroke: '#2e7d32', width: 2 },
        { label: 'Reached results', stroke: '#b35900', width: 2 },
      ],
    },
    [xs, series('texts'), series('conversations'), series('results')],
    target,
  );
}

function funnelChart(target: HTMLElement, summary: Summary): void {
  const rows = summary.funnel;
  if (rows.length === 0) return;
  const xs = rows.map((_, i) => i);
  // Side by side: entered on the left of each node, not understood on the right.
  const left = uPlot.paths.bars!({ size: [0.35, 40], align: -1 });
  const right = uPlot.paths.bars!({ size: [0.35, 40], align: 1 });
  new uPlot(
    {
      width: Math.min(900, target.clientWidth || 900),
      height: 260,
      // Half a slot of room at each end, so the first and last bars are whole.
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] } },
      axes: [{ values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? (rows[t]?.node ?? '') : '')) }, {}],
      series: [
        { label: 'Node', value: (_u, i) => (i == null ? '--' : (rows[i]?.node ?? '')) },
        { label: 'Entered', fill: '#1f4e8c', stroke: '#1f4e8c', paths: left, points: { show: false } },
        { label: 'Not understood', fill: '#b35900', stroke: '#b35900', paths: right, points: { show: false } },
      ],
    },
    [xs, rows.map((r) => r.entered), rows.map((r) => r.notUnderstood)],
    target,
  );
}

async function draw(): Promise<void> {
  const daily = document.getElementById('daily-chart');
  if (!daily) return;
  addStyles();
  const { ok, data } = await callApi('GET', `/console/numbers/api/days?days=${daily.dataset.days ?? '30'}`);
  if (!ok) return;
  dailyChart(daily, data.days as Day[]);
  const funnel = document.getElementById('funnel-chart');
  if (funnel) funnelChart(funnel, data.summary as Summary);
  document.body.dataset.chartsReady = 'yes';
}

void draw();
