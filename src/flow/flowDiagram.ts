import { PLACEHOLDER } from './placeholders';
import type { FlowFile, FlowRoute, FlowText, FlowWords } from './flowSchema';

/**
 * Draws a flow as a Mermaid flowchart, which GitHub and GitLab show as a picture: questions as
 * diamonds, endings as rounded boxes, routes labelled with the answers they take, misses dashed.
 */

/** The Mermaid `flowchart` text of a flow, in its first language. */
export function flowToMermaid(flow: FlowFile): string {
  const lang = flow.languages[0];
  const lines: string[] = ['flowchart TD'];
  const id = (name: string) => `n_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
  lines.push(`  start((start)) --> ${id(flow.start)}`);
  for (const [name, node] of Object.entries(flow.nodes)) {
    const text = node.ask ?? node.say;
    const label = text !== undefined ? `${name}: ${shorten(textIn(text, lang), 60)}` : name;
    const doing = node.do ? ` [${node.do}]` : '';
    const shape = node.ask !== undefined ? ['{', '}'] : node.end ? ['([', '])'] : ['[', ']'];
    lines.push(`  ${id(name)}${shape[0]}"${escape(label + doing)}"${shape[1]}`);
  }
  for (const [name, node] of Object.entries(flow.nodes)) {
    node.when?.forEach((w) => {
      const cond = Object.entries(w.if)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      lines.push(`  ${id(name)} -->|"${escape('if ' + cond)}"| ${id(w.goto)}`);
    });
    if (node.goto !== undefined) lines.push(`  ${id(name)} --> ${id(node.goto)}`);
    node.routes?.forEach((r) => lines.push(`  ${id(name)} -->|"${escape(routeLabel(r, lang))}"| ${id(r.goto)}`));
    if (node.other) {
      const tries = node.other.retries === 1 ? '1 retry' : `${node.other.retries} retries`;
      lines.push(`  ${id(name)} -.->|"${escape(`other, after ${tries}`)}"| ${id(node.other.then)}`);
    }
  }
  const keywords = Object.entries(flow.keywords);
  if (keywords.length) {
    lines.push('  subgraph anytime [Any time]');
    for (const [name, kw] of keywords) {
      const words = kw.words
        ? wordsIn(kw.words, lang)
        : kw.contains
          ? wordsIn(kw.contains, lang).map((w) => `...${w}...`)
          : [];
      const label = words.length ? `${name}: ${listShort(words, 4)}` : name;
      lines.push(`    k_${name.replace(/[^A-Za-z0-9_]/g, '_')}(["${escape(label)}"])`);
    }
    lines.push('  end');
    for (const [name, kw] of keywords) {
      if (kw.goto !== undefined) lines.push(`  k_${name.replace(/[^A-Za-z0-9_]/g, '_')} --> ${id(kw.goto)}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A whole Markdown page for flows/diagrams/<flow>.md. */
export function diagramMarkdown(flowId: string, flow: FlowFile, sourceFile = `flows/${flowId}.yaml`): string {
  return [
    `# Flow \`${flowId}\`: ${flow.name}`,
    '',
    `Made by \`npm run flows:diagram\` from \`${sourceFile}\`; do not edit by hand (run it again after a change).`,
    'Diamonds ask a question, rounded boxes end the conversation; dashed arrows are where a texter goes when',
    "their answers keep matching no route. Texts are shown in the flow's first language.",
    '',
    '```mermaid',
    flowToMermaid(flow).trimEnd(),
    '```',
    '',
  ].join('\n');
}

/** What each kind of `location` route matches, as the diagram says it. */
const LOCATION_LABELS: Record<string, string> = {
  true: 'a place',
  ambiguous: 'town in several states',
  state: 'a state alone',
};

function routeLabel(r: FlowRoute, lang: string): string {
  const parts: string[] = [];
  if (r.number !== undefined) parts.push((Array.isArray(r.number) ? r.number : [r.number]).join('/'));
  if (r.words) parts.push(listShort(wordsIn(r.words, lang), 3));
  if (r.yes) parts.push('yes');
  if (r.no) parts.push('no');
  if (r.location) parts.push(LOCATION_LABELS[String(r.location)] ?? 'a place');
  if (r.pattern !== undefined) parts.push(`pattern ${shorten(r.pattern, 20)}`);
  if (r.any) parts.push('anything');
  if (r.understood) parts.push(`understood ${r.understood.join(' ')}`);
  if (r.intent) parts.push(`intent ${r.intent}`);
  if (r.do) parts.push(`[${r.do}]`);
  return parts.join(' / ');
}

/** A text in one language, placeholders shown as `[name]` (before any shortening can cut one in half). */
function textIn(text: FlowText, lang: string): string {
  const t = typeof text === 'string' ? text : (text[lang] ?? Object.values(text)[0] ?? '');
  return t.replace(PLACEHOLDER, '[$1]');
}

function wordsIn(words: FlowWords, lang: string): string[] {
  return Array.isArray(words) ? words : (words[lang] ?? Object.values(words)[0] ?? []);
}

function listShort(words: string[], max: number): string {
  return words.slice(0, max).join(', ') + (words.length > max ? ', ...' : '');
}

function shorten(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 3).trimEnd() + '...' : one;
}

/** Mermaid labels are quoted; quotes and a few markup characters become entity codes. */
function escape(text: string): string {
  return text
    .replace(PLACEHOLDER, '[$1]')
    .replace(/"/g, '#quot;')
    .replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'))
    .replace(/[{}|]/g, ' ');
}
