import type { FlowPath } from '../flowParser';
import type { FlowFile, FlowText } from '../flowSchema';
import { PLACEHOLDER } from '../placeholders';

/** The staff texts of a flow, as the text rules read them: where each is, and its placeholders. */

/** Every staff text of a flow with its path. */
export function allTexts(flow: FlowFile): Array<{ path: FlowPath; text: FlowText }> {
  const out: Array<{ path: FlowPath; text: FlowText }> = [];
  for (const [name, node] of Object.entries(flow.nodes)) {
    const base = ['nodes', name];
    if (node.say !== undefined) out.push({ path: [...base, 'say'], text: node.say });
    if (node.ask !== undefined) out.push({ path: [...base, 'ask'], text: node.ask });
    node.routes?.forEach(
      (r, i) => r.say !== undefined && out.push({ path: [...base, 'routes', i, 'say'], text: r.say }),
    );
    if (node.other) out.push({ path: [...base, 'other', 'say'], text: node.other.say });
  }
  for (const [name, kw] of Object.entries(flow.keywords)) {
    if (kw.say !== undefined) out.push({ path: ['keywords', name, 'say'], text: kw.say });
  }
  return out;
}

/** The placeholder names in a text, in order, without repeats. */
export function placeholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]))];
}

/** The text a language sees: its own translation, or the one text for all. */
export function textFor(text: FlowText, lang: string): string | undefined {
  return typeof text === 'string' ? text : text[lang];
}

/** Fills each placeholder with a stand-in as long as its longest value (unknown ones stay as written). */
export function fillLongest(text: string, vars: Map<string, number>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const n = vars.get(name);
    return n === undefined ? whole : 'x'.repeat(n);
  });
}
