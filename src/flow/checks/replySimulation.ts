import { toGsm7 } from '../../sms/gsm7';
import type { FlowPath } from '../flowParser';
import { CANADA_SUFFIX, isResultsQuestion, type FlowFile, type FlowText } from '../flowSchema';
import type { ReplyRules } from './checkOptions';
import { fillLongest, textFor } from './flowTexts';

/**
 * The checker's simulation of the replies a flow can send, each as the texts that travel together
 * in one SMS; the message-length rule (messageLength.ts) measures them.
 */

/** One text of a composed reply and where it is written. */
export interface Part {
  path: FlowPath;
  text: FlowText;
  /** How staff know it: "node `who` ask". */
  label: string;
}

/** Most alternative replies followed from one trigger (when branches multiply them). */
const MAX_ALTERNATIVES = 64;

/**
 * What arriving at a node says in one go, as the engine sends it: the node's `say` and `ask`, then,
 * when it moves on at once (`goto`, `when`), what the next node says, all joined in one SMS. One
 * list per way through the `when` branches.
 */
export function arrivalParts(flow: FlowFile, name: string, seen: ReadonlySet<string> = new Set()): Part[][] {
  const node = flow.nodes[name];
  if (!node || seen.has(name)) return [[]];
  const own: Part[] = [];
  if (node.say !== undefined) own.push({ path: ['nodes', name, 'say'], text: node.say, label: `node \`${name}\` say` });
  if (node.ask !== undefined) own.push({ path: ['nodes', name, 'ask'], text: node.ask, label: `node \`${name}\` ask` });
  const next = [...(node.when ?? []).map((w) => w.goto), ...(node.goto !== undefined ? [node.goto] : [])];
  if (next.length === 0) return [own];
  const inner = new Set(seen).add(name);
  return next.flatMap((t) => arrivalParts(flow, t, inner).map((rest) => [...own, ...rest])).slice(0, MAX_ALTERNATIVES);
}

/** Every reply a flow can send, each as the parts that travel together in one SMS. */
export function possibleReplies(flow: FlowFile, rules: ReplyRules): Part[][] {
  const replies: Part[][] = [];
  const asks: Part[] = Object.entries(flow.nodes)
    .filter(([, n]) => n.ask !== undefined)
    .map(([name, n]) => ({ path: ['nodes', name, 'ask'], text: n.ask as FlowText, label: `node \`${name}\` ask` }));
  // The results' questions that show nothing new of their own (no `do`): where a meeting's details can stay the
  // last thing shown, and an answer about that meeting (`results` below) is asked again.
  const resultAsks: Part[] = Object.entries(flow.nodes)
    .filter(([, n]) => isResultsQuestion(n))
    .map(([name, n]) => ({ path: ['nodes', name, 'ask'], text: n.ask as FlowText, label: `node \`${name}\` ask` }));
  const add = (lead: Part[], arrivals: Part[][]) => arrivals.forEach((a) => replies.push([...lead, ...a]));
  add([], arrivalParts(flow, flow.start));
  for (const [name, node] of Object.entries(flow.nodes)) {
    node.routes?.forEach((r, i) => {
      const lead =
        r.say !== undefined
          ? [{ path: ['nodes', name, 'routes', i, 'say'], text: r.say, label: `node \`${name}\` route ${i + 1} say` }]
          : [];
      add(lead, arrivalParts(flow, r.goto));
    });
    if (node.other) {
      const miss = { path: ['nodes', name, 'other', 'say'], text: node.other.say, label: `node \`${name}\` other say` };
      add(
        [miss],
        node.ask !== undefined
          ? [[{ path: ['nodes', name, 'ask'], text: node.ask, label: `node \`${name}\` ask` }]]
          : [[]],
      );
      add([], arrivalParts(flow, node.other.then));
    }
  }
  // A crisis reply can carry the first words for several dangers and then the common part, in one SMS: every
  // combination that can go out together (one part of each exclusive group at a time) is checked.
  for (const names of withCanadianParts(crisisCombinations(rules), flow)) {
    const crisisParts = names
      .filter((name) => flow.keywords[name]?.say !== undefined)
      .map((name) => ({
        path: ['keywords', name, 'say'],
        text: flow.keywords[name].say as FlowText,
        label: `keyword \`${name}\` say`,
      }));
    if (crisisParts.length > 1) add(crisisParts, [[]]);
  }
  for (const [name, kw] of Object.entries(flow.keywords)) {
    const lead =
      kw.say !== undefined ? [{ path: ['keywords', name, 'say'], text: kw.say, label: `keyword \`${name}\` say` }] : [];
    const after = rules.afterKeyword(name, kw);
    if (after === 'arrival') add(lead, arrivalParts(flow, kw.goto ?? flow.start));
    else if (after === 'question') add(lead, asks.length ? asks.map((a) => [a]) : [[]]);
    else if (after === 'results') add(lead, resultAsks.length ? resultAsks.map((a) => [a]) : [[]]);
    else if (lead.length) add(lead, [[]]);
  }
  return replies;
}

/**
 * The reply in one language as the engine sends it: parts joined by new lines, placeholders at their longest,
 * plain GSM-7.
 */
export function renderReply(
  parts: Part[],
  lang: string,
  vars: Map<string, number>,
  rules: ReplyRules,
): string | undefined {
  const texts = parts.map((p) => textFor(p.text, lang));
  if (texts.some((t) => t === undefined)) return undefined; // missing translation reported elsewhere
  return toGsm7(fillLongest(rules.join(texts as string[]), vars));
}

/**
 * Each combination of crisis parts, and the same said to a texter in Canada: each part's `_ca` stand-in where the flow
 * has one (a Canadian line may be longer than the US one it replaces).
 */
function withCanadianParts(combos: string[][], flow: FlowFile): string[][] {
  const canadian = (name: string) =>
    flow.keywords[name + CANADA_SUFFIX]?.say !== undefined ? name + CANADA_SUFFIX : name;
  const out = [...combos];
  for (const names of combos) {
    const there = names.map(canadian);
    if (there.some((name, i) => name !== names[i])) out.push(there);
  }
  return out;
}

/** The crisis parts that may go out together: all of them, once for each choice of one part per exclusive group. */
function crisisCombinations(rules: ReplyRules): string[][] {
  let combos: string[][] = [[...rules.crisisParts]];
  for (const group of rules.crisisExclusive ?? []) {
    const next = new Map<string, string[]>();
    for (const names of combos) {
      for (const kept of group) {
        const combo = names.filter((name) => name === kept || !group.includes(name));
        next.set(combo.join(' '), combo);
      }
    }
    // The same combination reached by several choices is checked once: without this the count doubles with every
    // group (the twenty-eighth session's pet part, which loses to every other kind, made it minutes).
    combos = [...next.values()];
  }
  return combos;
}
