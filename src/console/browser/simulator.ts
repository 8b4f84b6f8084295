/// <reference lib="dom" />
import { api, el } from './api';
import { describeCost } from './smsMeter';
import { kindWords, understoodLines, type Understood } from './understoodWords';

/** One simulated text and the line's answer, as POST /console/flows/simulate returns it. */
interface Turn {
  sent: string;
  replies: Array<{ text: string; cost?: { segments?: number } }>;
  kind?: string;
  understood?: Understood;
}

const sent: string[] = [];

/**
 * What the line understood in a text, as a description list staff read ("For: a family member"), with the texter's
 * own words beside each value; and what kind of text it was, when not a plain answer.
 */
function understoodItem(turn: Turn): HTMLElement | undefined {
  const lines = understoodLines(turn.understood);
  const kind = kindWords(turn.kind);
  if (!lines.length && !kind) return undefined;
  const item = el('li', { class: 'understood' });
  if (kind) item.append(el('p', {}, `Read as ${kind}.`));
  if (lines.length) {
    const list = el('dl', {});
    for (const line of lines)
      list.append(
        el(
          'div',
          {},
          el('dt', {}, line.term),
          el('dd', {}, line.value, line.from ? el('small', {}, ` from ${line.from}`) : undefined),
        ),
      );
    item.append(el('p', { class: 'understood-title' }, 'Understood:'), list);
  }
  return item;
}

function render(turns: Turn[]): void {
  const log = document.getElementById('sim-log')!;
  log.textContent = '';
  for (const turn of turns) {
    log.append(el('li', { class: 'bubble me' }, el('span', { class: 'sr-only' }, 'You: '), turn.sent));
    for (const r of turn.replies) {
      const parts = r.cost?.segments ?? describeCost(r.text).parts;
      log.append(
        el(
          'li',
          { class: 'bubble line' },
          el('span', { class: 'sr-only' }, 'Line: '),
          el('span', { class: 'reply' }, r.text),
          el('small', { class: 'parts' }, `${parts} SMS part${parts === 1 ? '' : 's'}`),
        ),
      );
    }
    const understood = understoodItem(turn);
    if (understood) log.append(understood);
  }
  log.lastElementChild?.scrollIntoView({ block: 'end' });
}

async function send(text: string): Promise<void> {
  sent.push(text);
  const language = (document.getElementById('sim-lang') as HTMLSelectElement).value;
  const zip = (document.getElementById('sim-zip') as HTMLInputElement).value.trim();
  try {
    const body = { texts: sent, language, zip: /^\d{5}$/.test(zip) ? zip : undefined };
    const result = await api<{ turns: Turn[]; findings?: Array<{ message?: string }> }>(
      'POST',
      '/console/flows/simulate',
      body,
    );
    render(result.turns);
  } catch (err) {
    sent.pop();
    const findings = ((err as { body?: { findings?: Array<{ message?: string }> } }).body?.findings ?? []).map(
      (f) => f.message,
    );
    if (findings.length) document.getElementById('sim-log')!.append(el('li', { class: 'alert' }, findings.join(' ')));
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
document.getElementById('sim-send-zip')!.addEventListener('click', () => void send('{zip}'));
document.getElementById('sim-reset')!.addEventListener('click', () => {
  sent.length = 0;
  document.getElementById('sim-log')!.textContent = '';
});
