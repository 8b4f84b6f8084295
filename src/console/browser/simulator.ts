/// <reference lib="dom" />
import { api, el } from './api';
import { describeCost } from './smsMeter';

/** One reply as the simulate API returns it. */
interface SimReply {
  text: string;
  parts?: number;
  segments?: number;
}
/** One step: the text sent, the replies, and what the line understood. */
interface SimStep {
  text?: string;
  replies?: Array<SimReply | string>;
  understood?: unknown;
}

const sent: string[] = [];

function understoodText(u: unknown): string {
  if (!u) return '';
  if (typeof u === 'string') return u;
  if (Array.isArray(u)) return u.map(understoodText).filter(Boolean).join('; ');
  return Object.entries(u as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

function stepsOf(raw: unknown): SimStep[] {
  const r = raw as { steps?: SimStep[]; turns?: SimStep[] } | SimStep[];
  return Array.isArray(r) ? r : (r.steps ?? r.turns ?? []);
}

function render(steps: SimStep[]): void {
  const log = document.getElementById('sim-log')!;
  log.textContent = '';
  steps.forEach((step, i) => {
    log.append(el('li', { class: 'bubble me' }, el('span', { class: 'sr-only' }, 'You: '), step.text ?? sent[i] ?? ''));
    for (const r of step.replies ?? []) {
      const text = typeof r === 'string' ? r : r.text;
      const parts = typeof r === 'string' ? describeCost(r).parts : (r.parts ?? r.segments ?? describeCost(text).parts);
      log.append(
        el(
          'li',
          { class: 'bubble line' },
          el('span', { class: 'sr-only' }, 'Line: '),
          el('span', { class: 'reply' }, text),
          el('small', { class: 'parts' }, `${parts} SMS part${parts === 1 ? '' : 's'}`),
        ),
      );
    }
    const understood = understoodText(step.understood);
    if (understood) log.append(el('li', { class: 'understood' }, `Understood: ${understood}`));
  });
  log.lastElementChild?.scrollIntoView({ block: 'end' });
}

async function send(text: string): Promise<void> {
  sent.push(text);
  const language = (document.getElementById('sim-lang') as HTMLSelectElement).value;
  const zip = (document.getElementById('sim-zip') as HTMLInputElement).value.trim();
  try {
    render(stepsOf(await api('POST', '/console/flows/simulate', { texts: sent, language, zip: zip || undefined })));
  } catch (err) {
    sent.pop();
    document
      .getElementById('sim-log')!
      .append(el('li', { class: 'alert', role: 'alert' }, `Could not run: ${(err as Error).message}`));
  }
}

document.getElementById('sim-form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('sim-text') as HTMLInputElement;
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void send(text);
});
document.getElementById('sim-reset')!.addEventListener('click', () => {
  sent.length = 0;
  document.getElementById('sim-log')!.textContent = '';
});
