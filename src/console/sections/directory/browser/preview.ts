/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { callApi, el, say } from '../../browserKit';

/** The search preview: sends the situation, shows the conversation a texter would have. */
const form = document.getElementById('preview-form') as HTMLFormElement | null;
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void preview(form);
});
const concern = document.getElementById('pv-concern') as HTMLSelectElement | null;
concern?.addEventListener('change', showBehaviorChoice);
showBehaviorChoice();

/**
 * The behavior choice only means something with "Gambling or another behavior": hidden otherwise, and disabled so
 * the form does not send it (without this script it stays shown, and the server ignores it for other concerns).
 */
function showBehaviorChoice(): void {
  const row = document.getElementById('pv-behavior-row');
  const choice = document.getElementById('pv-behavior') as HTMLSelectElement | null;
  if (!row || !choice || !concern) return;
  const meaningful = concern.value === 'gambling';
  row.hidden = !meaningful;
  choice.disabled = !meaningful;
}

async function preview(f: HTMLFormElement): Promise<void> {
  const region = document.getElementById('preview-result')!;
  say(region, 'Asking the line...');
  const body = Object.fromEntries(new FormData(f).entries());
  const { ok, data } = await callApi('POST', '/console/directory/api/preview', body);
  if (!ok) return say(region, String(data.error ?? 'The preview failed'), true);
  const turns = data.turns as Array<{ sent: string; replies: string[]; node: string }>;
  region.replaceChildren(el('h2', 'What the texter would get'));
  const list = el('ol', undefined, { class: 'transcript' });
  for (const t of turns) {
    const item = el('li');
    item.append(el('p', `Texter: ${t.sent}`, { class: 'sent' }));
    for (const r of t.replies) item.append(replyBlock(r));
    list.append(item);
  }
  region.append(list);
}

/** One reply as the phone shows it: its own lines, wrapped to the page (a <pre> would run off it). */
function replyBlock(reply: string): HTMLElement {
  const block = el('blockquote', undefined, { class: 'reply' });
  reply.split('\n').forEach((line, i) => {
    if (i > 0) block.append(el('br'));
    block.append(document.createTextNode(line));
  });
  return block;
}
