import { containsPhrase, normalizeText, squashText } from '../text/answerMatch';
import { CARRIER_HELP_WORDS, CARRIER_OPT_OUT_WORDS, RESERVED_CARRIER_WORDS } from '../text/carrierWords';
import type { Finding } from './finding';
import { sortFindings } from './finding';
import { describePath, parseFlowFile, parseFlowSource, type FlowPath, type ParsedFlow } from './flowParser';
import { checkCarrierAudit } from './carrierAudit';
import { checkCrisisCorpora, type CrisisCorpora } from './crisisCorpus';
import { KNOWN_KEYWORDS, type FlowFile, type FlowNode, type FlowText, type FlowWords } from './flowSchema';
import { toGsm7 } from '../sms/gsm7';
import { GSM7_PER_PART, MAX_REPLY_PARTS, UCS2_PER_PART } from '../sms/smsLimits';
import { smsCost } from './smsCost';
import { osaDistance } from '../text/editDistance';
import { checkUnderstandSection } from './understandChecks';
import { PLACEHOLDER } from './placeholders';

/**
 * The flow checker: everything that can be wrong with a flow file beyond its shape, each finding
 * pinned to a file, line and column and saying what to do. flows/README.md lists the rules for staff.
 */

/** What the checker needs to know of a named action (src/engine/actionRegistry.ts). */
export interface ActionInfo {
  name: string;
  description?: string;
  /** Variables the action sets, with the longest value each can take (for message length). */
  sets: Record<string, { maxLength: number }>;
}

/** A failure to build a flow, as the runtime reports it: where in the file, and why. */
export interface BuildFailure {
  /** A path into the flow such as `nodes.who.routes[0]`; empty when the runtime can't say. */
  where?: string;
  message: string;
}

/**
 * What the checker knows besides the files. The definition never imports the runtime, so the
 * runtime describes itself here: src/engine/runtimeCheck.ts gives the engine's actions, its own
 * variables and its compiler; tests give small stand-ins.
 */
export interface CheckOptions {
  /** The actions a flow may call by `do:`. */
  actions: Iterable<ActionInfo>;
  /** Variables the engine fills by itself, with their longest values (default: none). */
  builtinVariables?: Record<string, { maxLength: number }>;
  /**
   * Builds the flow into the machine the engine would run, throwing a BuildFailure when it can't:
   * the checker's last guard. Unset: not tried.
   */
  build?: (flow: { id: string; version: string; flow: FlowFile }, actions: readonly ActionInfo[]) => void;
  /** How the runtime puts a step's texts together into the SMS it sends: the checker costs replies by it. */
  replies: ReplyRules;
  /** Crisis phrasings that must be caught and everyday ones that must not be (flows/safety); none: not run. */
  crisisCorpora?: CrisisCorpora;
}

/**
 * How the runtime composes replies, told by the runtime (src/engine/runtimeCheck.ts) so the
 * checker's length rules cost each SMS as it leaves instead of re-working the engine's rules.
 */
export interface ReplyRules {
  /** The texts said in one step (already rendered), joined into the one SMS the engine sends; not cut at the cap. */
  join(texts: readonly string[]): string;
  /** The keyword texts a crisis reply is made of, in the order they go out together. */
  crisisParts: readonly string[];
  /**
   * What goes out after a keyword's own text in the same SMS: `arrival`, what its target node (or the
   * start) says on arrival; `question`, the question at hand asked again; `alone`, nothing.
   */
  afterKeyword(name: string, keyword: { goto?: string }): 'arrival' | 'question' | 'alone';
}

/** A flow file given by content instead of a path (tests, editors). */
export interface FlowSourceText {
  file: string;
  source: string | Buffer;
}

// Carrier words (src/text/carrierWords.ts) are the one list; a flow may not use the reserved ones.
const CARRIER_WORDS = RESERVED_CARRIER_WORDS;

/** SMS parts from which a message is worth a warning, and above which it is an error. */
export const SEGMENTS_WARN_AT = 2;
export const SEGMENTS_MAX = MAX_REPLY_PARTS;

/** Reads, parses and checks flow files (paths or contents); returns every finding, sorted, never throws. */
export function checkFlows(files: ReadonlyArray<string | FlowSourceText>, options: CheckOptions): Finding[] {
  const parsed = files.map((f) => (typeof f === 'string' ? parseFlowFile(f) : parseFlowSource(f.file, f.source)));
  return checkParsedFlows(parsed, options);
}

/** Checks flows already parsed (the library parses once and reuses the result); sorted findings. */
export function checkParsedFlows(parsed: readonly ParsedFlow[], options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const p of parsed) {
    const earlier = seen.get(p.id);
    if (earlier !== undefined) {
      findings.push({
        file: p.file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'duplicate-flow',
        message: `Another file (${earlier}) already defines the flow \`${p.id}\`. Rename or remove one of the two files.`,
      });
    } else seen.set(p.id, p.file);
    findings.push(...p.findings);
    if (p.flow) findings.push(...checkFlow(p, p.flow, options));
  }
  return sortFindings(findings);
}

/** All of the rules past the shape, for one flow that passed the schema. */
function checkFlow(parsed: ParsedFlow, flow: FlowFile, options: CheckOptions): Finding[] {
  const ctx = new FlowContext(parsed, flow, options);
  checkStart(ctx);
  checkReferences(ctx);
  checkNodeMoves(ctx);
  checkReachability(ctx);
  checkLoops(ctx);
  checkActionsAndVariables(ctx);
  checkTexts(ctx);
  checkWordLists(ctx);
  checkRoutes(ctx);
  checkKeywords(ctx);
  if (flow.understand) {
    checkUnderstandSection(flow.understand, ctx.languages, CARRIER_WORDS, (path, severity, rule, message, part) =>
      ctx.report(path, severity, rule, message, part),
    );
  }
  checkCarrierAudit(flow, (path, rule, message) => ctx.report(path, 'warning', rule, message));
  if (options.crisisCorpora) {
    const report = (path: FlowPath, severity: Finding['severity'], rule: string, message: string) =>
      ctx.report(path, severity, rule, message);
    checkCrisisCorpora(flow, options.crisisCorpora, report);
  }
  // Last guard: whatever the rules above let through must also build into a machine.
  if (!ctx.findings.some((f) => f.severity === 'error')) checkCompiles(ctx);
  return ctx.findings;
}

/** Builds the machine the engine would run; a failure is reported where the compiler points. */
function checkCompiles(ctx: FlowContext): void {
  const build = ctx.options.build;
  if (!build) return;
  try {
    build({ id: ctx.parsed.id, version: ctx.parsed.version, flow: ctx.flow }, [...ctx.actions.values()]);
  } catch (err) {
    const failure = err as BuildFailure;
    const where = failure.where ?? '';
    const path = where
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const reason = failure.message ?? String(err);
    ctx.report(
      path,
      'error',
      'compile',
      `The flow cannot be built into a conversation: ${reason}. Fix this part of the file.`,
    );
  }
}

/** Shared state of one flow's check: where things are and what was found. */
class FlowContext {
  readonly findings: Finding[] = [];
  readonly nodeNames: string[];
  readonly actions: Map<string, ActionInfo>;
  readonly languages: string[];

  constructor(
    readonly parsed: ParsedFlow,
    readonly flow: FlowFile,
    readonly options: CheckOptions,
  ) {
    this.nodeNames = Object.keys(flow.nodes);
    this.actions = new Map(Array.from(options.actions, (a) => [a.name, a]));
    this.languages = flow.languages;
  }

  report(
    path: FlowPath,
    severity: Finding['severity'],
    rule: string,
    message: string,
    part: 'key' | 'value' = 'value',
  ): void {
    const at = this.parsed.locate(path, part);
    this.findings.push({ file: this.parsed.file, line: at.line, column: at.column, severity, rule, message });
  }

  hasNode(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.flow.nodes, name);
  }

  /** Every node with its name and path prefix. */
  *nodes(): Generator<[string, FlowNode, FlowPath]> {
    for (const [name, node] of Object.entries(this.flow.nodes)) yield [name, node, ['nodes', name]];
  }
}

/** Where a node can move to, and whether that move happens at once (without waiting for a text). */
interface Edge {
  to: string;
  path: FlowPath;
  immediate: boolean;
}

function edgesOf(node: FlowNode, base: FlowPath): Edge[] {
  const edges: Edge[] = [];
  node.when?.forEach((w, i) => edges.push({ to: w.goto, path: [...base, 'when', i, 'goto'], immediate: true }));
  if (node.goto !== undefined) edges.push({ to: node.goto, path: [...base, 'goto'], immediate: true });
  node.routes?.forEach((r, i) => edges.push({ to: r.goto, path: [...base, 'routes', i, 'goto'], immediate: false }));
  if (node.other) edges.push({ to: node.other.then, path: [...base, 'other', 'then'], immediate: false });
  return edges;
}

function isWaiting(node: FlowNode): boolean {
  return node.ask !== undefined || node.routes !== undefined || node.other !== undefined;
}

function checkStart(ctx: FlowContext): void {
  if (!ctx.hasNode(ctx.flow.start)) {
    ctx.report(
      ['start'],
      'error',
      'start-missing',
      `\`start\` names the node \`${ctx.flow.start}\`, which does not exist${suggest(ctx.flow.start, ctx.nodeNames)}. Write the name of the node the conversation begins with.`,
    );
  }
}

function checkReferences(ctx: FlowContext): void {
  for (const [name, node, base] of ctx.nodes()) {
    for (const edge of edgesOf(node, base)) {
      if (!ctx.hasNode(edge.to)) {
        ctx.report(
          edge.path,
          'error',
          'unknown-node',
          `${describePath(edge.path)} goes to \`${edge.to}\`, but there is no node of that name${suggest(edge.to, ctx.nodeNames)}. Fix the name, or add a node \`${edge.to}:\` under \`nodes\`.`,
        );
      }
    }
    if (node.other && node.other.then === name) {
      ctx.report(
        [...base, 'other', 'then'],
        'error',
        'unbounded-retries',
        `After its retries run out, node \`${name}\` goes back to itself, so someone who cannot answer is asked again and again forever. Send \`then\` to a node that offers something useful instead (online options, the helpline).`,
      );
    }
  }
  for (const [kname, kw] of Object.entries(ctx.flow.keywords)) {
    if (kw.goto !== undefined && !ctx.hasNode(kw.goto)) {
      ctx.report(
        ['keywords', kname, 'goto'],
        'error',
        'unknown-node',
        `Keyword \`${kname}\` goes to \`${kw.goto}\`, but there is no node of that name${suggest(kw.goto, ctx.nodeNames)}. Fix the name.`,
      );
    }
  }
}

function checkNodeMoves(ctx: FlowContext): void {
  for (const [name, node, base] of ctx.nodes()) {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) {
      ctx.report(
        base,
        'error',
        'bad-node-name',
        `The node name \`${name}\` has characters other than letters, digits, _ and -. Rename it (and every goto that names it), e.g. \`${name.replace(/[^A-Za-z0-9_-]+/g, '_')}\`.`,
        'key',
      );
    }
    const waits = isWaiting(node);
    const moves = [waits && 'asks', node.goto !== undefined && 'has `goto`', node.end && 'has `end: true`'].filter(
      Boolean,
    );
    if (moves.length > 1) {
      ctx.report(
        base,
        'error',
        'conflicting-moves',
        `Node \`${name}\` ${moves.join(' and ')}; a node does exactly one of these: ask (with routes and other), go on with \`goto\`, or \`end: true\`. Keep one.`,
        'key',
      );
    }
    if (!waits && node.goto === undefined && !node.end) {
      const why = node.when
        ? ' Its `when` branches only apply when their condition holds, so it needs a `goto` for the other cases.'
        : '';
      ctx.report(
        base,
        'error',
        'dead-end',
        `Node \`${name}\` neither asks a question, nor goes on (\`goto\`), nor ends: the conversation would get stuck there.${why} Add \`goto: <node>\`, \`end: true\`, or a question with routes.`,
        'key',
      );
    }
    if (waits) {
      if (node.ask === undefined) {
        ctx.report(
          base,
          'error',
          'no-question',
          `Node \`${name}\` has routes or \`other\` but no \`ask\`: the texter would not know what to answer. Add an \`ask:\` text.`,
          'key',
        );
      }
      if (!node.routes || node.routes.length === 0) {
        ctx.report(
          node.routes ? [...base, 'routes'] : base,
          'error',
          'no-routes',
          `Node \`${name}\` asks a question but has no routes, so no answer can lead anywhere. Add routes (each with words or a number and a \`goto\`).`,
          node.routes ? 'value' : 'key',
        );
      }
      const anyRoute = node.routes?.some((r) => r.any) ?? false;
      if (!node.other && !anyRoute) {
        ctx.report(
          base,
          'error',
          'no-catch-all',
          `Node \`${name}\` asks a question but says nothing when the answer matches no route. Add \`other:\` with \`say\` (what to say on a miss), \`retries\` (how many times to ask again) and \`then\` (where to go after that).`,
          'key',
        );
      }
    }
  }
}

function checkReachability(ctx: FlowContext): void {
  if (!ctx.hasNode(ctx.flow.start)) return; // reported already; everything would look unreachable
  const reached = new Set<string>([ctx.flow.start]);
  for (const kw of Object.values(ctx.flow.keywords))
    if (kw.goto !== undefined && ctx.hasNode(kw.goto)) reached.add(kw.goto);
  const queue = [...reached];
  while (queue.length) {
    const name = queue.shift() as string;
    for (const edge of edgesOf(ctx.flow.nodes[name], ['nodes', name])) {
      if (ctx.hasNode(edge.to) && !reached.has(edge.to)) {
        reached.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  for (const name of ctx.nodeNames) {
    if (!reached.has(name)) {
      ctx.report(
        ['nodes', name],
        'warning',
        'unreachable',
        `No route, goto or keyword leads to node \`${name}\`, so no texter will ever see it. Point a \`goto\` at it, or delete it.`,
        'key',
      );
    }
  }
}

/** A cycle of nodes that move on at once, with no question in it, would spin forever. */
function checkLoops(ctx: FlowContext): void {
  const immediate = new Map<string, Edge[]>();
  for (const [name, node, base] of ctx.nodes()) {
    if (isWaiting(node)) continue;
    immediate.set(
      name,
      edgesOf(node, base).filter((e) => e.immediate && ctx.hasNode(e.to)),
    );
  }
  const state = new Map<string, 'active' | 'done'>();
  const reported = new Set<string>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'active');
    stack.push(name);
    for (const edge of immediate.get(name) ?? []) {
      if (!immediate.has(edge.to)) continue; // the target asks: the loop waits for a text there
      const s = state.get(edge.to);
      if (s === 'active') {
        const cycle = stack.slice(stack.indexOf(edge.to));
        const key = [...cycle].sort().join('>');
        if (!reported.has(key)) {
          reported.add(key);
          ctx.report(
            edge.path,
            'error',
            'goto-loop',
            `These nodes go on to each other without asking anything: ${[...cycle, edge.to].map((n) => `\`${n}\``).join(' -> ')}. The conversation would go round forever. Put a question in the loop, or end it.`,
          );
        }
      } else if (s === undefined) visit(edge.to);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of immediate.keys()) if (!state.has(name)) visit(name);
}

/** Variables the flow can fill, with the longest value each can have. */
function knownVariables(ctx: FlowContext): Map<string, number> {
  const vars = new Map<string, number>();
  const note = (name: string, length: number) => vars.set(name, Math.max(vars.get(name) ?? 0, length));
  for (const [name, v] of Object.entries(ctx.options.builtinVariables ?? {})) note(name, v.maxLength);
  // Who runs the line: keyword texts name the program, its support contact and the operator's own line.
  const line = ctx.flow.line;
  note('program', line?.program.length ?? 0);
  note('support', line?.support.length ?? 0);
  const ownLine = line?.own_line;
  const ownLineLength = (l: string) => (ownLine === undefined ? 0 : (textFor(ownLine, l) ?? '').length + 1);
  note('own_line', Math.max(0, ...ctx.languages.map(ownLineLength)));
  const noteSet = (set: Record<string, string | number | boolean> | undefined) => {
    for (const [name, value] of Object.entries(set ?? {})) note(name, String(value).length);
  };
  const noteAction = (name: string | undefined) => {
    const action = name !== undefined ? ctx.actions.get(name) : undefined;
    for (const [v, spec] of Object.entries(action?.sets ?? {})) note(v, spec.maxLength);
  };
  for (const [, node] of ctx.nodes()) {
    noteSet(node.set);
    noteAction(node.do);
    for (const r of node.routes ?? []) {
      noteSet(r.set);
      noteAction(r.do);
    }
  }
  return vars;
}

function checkActionsAndVariables(ctx: FlowContext): void {
  const known = [...ctx.actions.keys()];
  const checkAction = (name: string | undefined, path: FlowPath) => {
    if (name === undefined || ctx.actions.has(name)) return;
    const list = known.length ? ` The actions are: ${known.join(', ')}.` : '';
    ctx.report(
      path,
      'error',
      'unknown-action',
      `\`do: ${name}\` names no action the line knows${suggest(name, known)}.${list} Fix the name (flows/README.md describes each action).`,
    );
  };
  for (const [, node, base] of ctx.nodes()) {
    checkAction(node.do, [...base, 'do']);
    node.routes?.forEach((r, i) => checkAction(r.do, [...base, 'routes', i, 'do']));
  }
  const vars = knownVariables(ctx);
  const names = [...vars.keys()];
  for (const { path, text } of allTexts(ctx.flow)) {
    const perLang = typeof text === 'string' ? [text] : Object.values(text);
    const reported = new Set<string>();
    for (const t of perLang) {
      for (const name of placeholders(t)) {
        if (vars.has(name) || reported.has(name)) continue;
        reported.add(name);
        ctx.report(
          path,
          'error',
          'unknown-variable',
          `The text uses \`{{${name}}}\`, but nothing sets \`${name}\`${suggest(name, names)}. Fix the name, or set it earlier with \`set: { ${name}: ... }\` or an action that fills it.`,
        );
      }
    }
  }
  for (const [, node, base] of ctx.nodes()) {
    node.when?.forEach((w, i) => {
      for (const name of Object.keys(w.if)) {
        if (!vars.has(name)) {
          ctx.report(
            [...base, 'when', i, 'if', name],
            'warning',
            'unknown-variable',
            `\`when\` tests \`${name}\`, which nothing sets${suggest(name, names)}, so this branch is never taken. Fix the name or remove the branch.`,
            'key',
          );
        }
      }
    });
  }
}

/** Every staff text of a flow with its path. */
function allTexts(flow: FlowFile): Array<{ path: FlowPath; text: FlowText }> {
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
function textFor(text: FlowText, lang: string): string | undefined {
  return typeof text === 'string' ? text : text[lang];
}

function checkTexts(ctx: FlowContext): void {
  const vars = knownVariables(ctx);
  for (const { path, text } of allTexts(ctx.flow)) {
    if (typeof text !== 'string') {
      const missing = ctx.languages.filter((l) => text[l] === undefined);
      if (missing.length) {
        ctx.report(
          path,
          'error',
          'missing-translation',
          `${describePath(path)} has no ${missing.map((l) => `\`${l}\``).join(', ')} text, but the flow speaks ${ctx.languages.join(', ')}. Add \`${missing[0]}: ...\` under it.`,
        );
      }
      for (const lang of Object.keys(text).filter((l) => !ctx.languages.includes(l))) {
        ctx.report(
          [...path, lang],
          'warning',
          'unknown-language',
          `\`${lang}\` is not one of the flow's languages (${ctx.languages.join(', ')}), so this text is never sent. Add \`${lang}\` to \`languages\` or remove the text.`,
          'key',
        );
      }
      const langs = ctx.languages.filter((l) => text[l] !== undefined);
      const first = langs[0];
      for (const lang of langs.slice(1)) {
        const a = placeholders(text[first]).sort().join(', ');
        const b = placeholders(text[lang]).sort().join(', ');
        if (a !== b) {
          const list = (names: string) =>
            names
              ? names
                  .split(', ')
                  .map((n) => `{{${n}}}`)
                  .join(', ')
              : 'no placeholders';
          ctx.report(
            [...path, lang],
            'error',
            'placeholder-mismatch',
            `The \`${lang}\` text uses ${list(b)} but the \`${first}\` text uses ${list(a)}. Make the {{...}} names the same in every language: only the words around them change.`,
            'key',
          );
        }
      }
    }
  }
  checkMessageLengths(ctx, vars);
  checkGsm7(ctx, vars);
}

/** One text of a composed reply and where it is written. */
interface Part {
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
function arrivalParts(flow: FlowFile, name: string, seen: ReadonlySet<string> = new Set()): Part[][] {
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
function possibleReplies(flow: FlowFile, rules: ReplyRules): Part[][] {
  const replies: Part[][] = [];
  const asks: Part[] = Object.entries(flow.nodes)
    .filter(([, n]) => n.ask !== undefined)
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
  // A crisis reply can carry the first words for both dangers and then the common part, in one SMS.
  const crisisParts = rules.crisisParts
    .filter((name) => flow.keywords[name]?.say !== undefined)
    .map((name) => ({
      path: ['keywords', name, 'say'],
      text: flow.keywords[name].say as FlowText,
      label: `keyword \`${name}\` say`,
    }));
  if (crisisParts.length > 1) add(crisisParts, [[]]);
  for (const [name, kw] of Object.entries(flow.keywords)) {
    const lead =
      kw.say !== undefined ? [{ path: ['keywords', name, 'say'], text: kw.say, label: `keyword \`${name}\` say` }] : [];
    const after = rules.afterKeyword(name, kw);
    if (after === 'arrival') add(lead, arrivalParts(flow, kw.goto ?? flow.start));
    else if (after === 'question') add(lead, asks.length ? asks.map((a) => [a]) : [[]]);
    else if (lead.length) add(lead, [[]]);
  }
  return replies;
}

/**
 * The reply in one language as the engine sends it: parts joined by new lines, placeholders at their longest,
 * plain GSM-7.
 */
function renderReply(parts: Part[], lang: string, vars: Map<string, number>, rules: ReplyRules): string | undefined {
  const texts = parts.map((p) => textFor(p.text, lang));
  if (texts.some((t) => t === undefined)) return undefined; // missing translation reported elsewhere
  return toGsm7(fillLongest(rules.join(texts as string[]), vars));
}

function checkMessageLengths(ctx: FlowContext, vars: Map<string, number>): void {
  // One finding per text and language, for its longest reply: many routes lead into the same node.
  const worst = new Map<string, { path: FlowPath; lang: string; segments: number; units: number; parts: Part[] }>();
  for (const parts of possibleReplies(ctx.flow, ctx.options.replies)) {
    for (const lang of ctx.languages) {
      const sent = renderReply(parts, lang, vars, ctx.options.replies);
      if (sent === undefined) continue;
      const cost = smsCost(sent);
      if (cost.segments < SEGMENTS_WARN_AT) continue;
      // Report where the biggest part is written: that is the text to shorten.
      const size = (p: Part) => (textFor(p.text, lang) ?? '').length;
      const biggest = parts.reduce((a, b) => (size(b) > size(a) ? b : a));
      const path = typeof biggest.text === 'string' ? biggest.path : [...biggest.path, lang];
      const key = path.join('/');
      const seen = worst.get(key);
      if (!seen || seen.segments < cost.segments)
        worst.set(key, { path, lang, segments: cost.segments, units: cost.units, parts });
    }
  }
  for (const w of worst.values()) {
    const severity = w.segments > SEGMENTS_MAX ? 'error' : 'warning';
    const together =
      w.parts.length > 1 ? ` It goes out as one SMS made of ${w.parts.map((p) => p.label).join(' + ')}.` : '';
    const fix =
      severity === 'error'
        ? `Shorten it to ${SEGMENTS_MAX} parts (${SEGMENTS_MAX * GSM7_PER_PART} characters) or fewer.`
        : 'Consider shortening it: every part costs money and may arrive out of order on old phones.';
    ctx.report(
      w.path,
      severity,
      'message-length',
      `This reply in \`${w.lang}\` is ${w.units} characters = ${w.segments} SMS parts (GSM-7, ${GSM7_PER_PART} characters per part) when its placeholders hold their longest values.${together} ${fix}`,
    );
  }
}

/**
 * The line sends plain GSM-7 (an accent GSM-7 lacks is dropped from its letter, an emoji is left
 * out), because one such character would turn a whole SMS into UCS-2: 67 characters per part
 * instead of 153. Staff see what changes and what keeping it would cost, once per text and language.
 */
function checkGsm7(ctx: FlowContext, vars: Map<string, number>): void {
  for (const { path, text } of allTexts(ctx.flow)) {
    const langs = typeof text === 'string' ? [ctx.languages[0]] : ctx.languages;
    for (const lang of langs) {
      const raw = textFor(text, lang);
      if (raw === undefined) continue;
      const cost = smsCost(raw);
      if (cost.encoding !== 'UCS-2' || !cost.firstNonGsm) continue;
      const ch = cost.firstNonGsm;
      const plain = toGsm7(ch);
      const filled = fillLongest(raw, vars);
      const ucs = smsCost(filled).segments;
      const gsm = smsCost(toGsm7(filled)).segments;
      ctx.report(
        typeof text === 'string' ? path : [...path, lang],
        'warning',
        'not-gsm7',
        `"${ch}" is not in the GSM-7 SMS alphabet, so the line sends ${plain ? `"${plain}" instead` : 'the text without it'}: kept, it would make the SMS UCS-2, ${UCS2_PER_PART} characters per part instead of ${GSM7_PER_PART} (${ucs} part${ucs === 1 ? '' : 's'} instead of ${gsm}). Write ${plain ? `"${plain}"` : 'the text without it'} so the file shows what is sent.`,
      );
    }
  }
}

/** Fills each placeholder with a stand-in as long as its longest value (unknown ones stay as written). */
function fillLongest(text: string, vars: Map<string, number>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const n = vars.get(name);
    return n === undefined ? whole : 'x'.repeat(n);
  });
}

/** Word lists outside routes: yes/no words, language switches, start words, labels. */
function checkWordLists(ctx: FlowContext): void {
  const { flow } = ctx;
  for (const key of ['yes_words', 'no_words'] as const) {
    const words = flow[key];
    if (words) checkWordsLanguages(ctx, [key], words);
  }
  // Answers and language switches are whole messages too: a carrier word there never arrives.
  for (const key of ['yes_words', 'no_words', 'switch_language'] as const) {
    for (const lang of ctx.languages) {
      for (const { word, path } of wordsFor(flow[key], lang, [key])) {
        if (CARRIER_WORDS.has(squash(word))) {
          ctx.report(
            path,
            'error',
            'carrier-keyword',
            `"${word}" is a carrier keyword: the phone company and Twilio act on it (opt out, opt in or help) before this flow sees it, so it cannot be used in \`${key}\`. Use another word.`,
          );
        }
      }
    }
  }
  for (const key of ['start_language', 'switch_language', 'labels'] as const) {
    for (const lang of Object.keys(flow[key] ?? {})) {
      if (!ctx.languages.includes(lang)) {
        ctx.report(
          [key, lang],
          'error',
          'unknown-language',
          `\`${lang}\` under \`${key}\` is not one of the flow's languages (${ctx.languages.join(', ')}). Add it to \`languages\` (with every text translated) or remove it.`,
          'key',
        );
      }
    }
  }
  const usesActions = Object.values(flow.nodes).some(
    (n) => n.do !== undefined || n.routes?.some((r) => r.do !== undefined),
  );
  if (usesActions && !flow.labels) {
    ctx.report(
      [],
      'error',
      'missing-labels',
      'The flow finds meetings (`do:`), which needs `labels:` with the words of a meeting line (days, online, phone, miles) for each language. Add them (copy them from flows/recovery.yaml).',
    );
  }
  if (flow.labels) {
    const missing = ctx.languages.filter((l) => !flow.labels?.[l]);
    if (missing.length) {
      ctx.report(
        ['labels'],
        'error',
        'missing-translation',
        `\`labels\` has no ${missing.map((l) => `\`${l}\``).join(', ')} words for meeting lines. Add them (days, online, phone, miles).`,
        'key',
      );
    }
  }
}

/** A words map must name every language of the flow (a plain list serves all of them). */
function checkWordsLanguages(ctx: FlowContext, path: FlowPath, words: FlowWords): void {
  if (Array.isArray(words)) return;
  const missing = ctx.languages.filter((l) => words[l] === undefined);
  if (missing.length) {
    ctx.report(
      path,
      'error',
      'missing-translation',
      `${describePath(path)} has no ${missing.map((l) => `\`${l}\``).join(', ')} words, so a texter in that language can never give this answer. Add \`${missing[0]}: [...]\` under it.`,
    );
  }
  for (const lang of Object.keys(words).filter((l) => !ctx.languages.includes(l))) {
    ctx.report(
      [...path, lang],
      'warning',
      'unknown-language',
      `\`${lang}\` is not one of the flow's languages (${ctx.languages.join(', ')}). Add it to \`languages\` or remove these words.`,
      'key',
    );
  }
}

/** Words of a list for one language, each with where it is written. */
function wordsFor(words: FlowWords | undefined, lang: string, base: FlowPath): Array<{ word: string; path: FlowPath }> {
  if (!words) return [];
  if (Array.isArray(words)) return words.map((w, i) => ({ word: w, path: [...base, i] }));
  return (words[lang] ?? []).map((w, i) => ({ word: w, path: [...base, lang, i] }));
}

/** How carrier keywords are compared: case, spaces and punctuation ignored ("Stop all" = STOPALL). */
function squash(text: string): string {
  return squashText(text);
}

function checkRoutes(ctx: FlowContext): void {
  const yesNo = { yes: ctx.flow.yes_words, no: ctx.flow.no_words };
  for (const [name, node, base] of ctx.nodes()) {
    const routes = node.routes ?? [];
    routes.forEach((route, i) => {
      const rpath = [...base, 'routes', i];
      const tests = ['number', 'words', 'yes', 'no', 'pattern', 'location', 'any', 'understood', 'intent'].filter(
        (k) => route[k as keyof typeof route] !== undefined,
      );
      if (tests.length === 0) {
        ctx.report(
          rpath,
          'error',
          'route-without-test',
          `Route ${i + 1} of node \`${name}\` says nothing about which answers it takes. Add \`words\`, \`number\`, \`yes: true\`, \`no: true\`, \`location: true\`, \`pattern\` or \`any: true\`.`,
        );
      }
      if (route.words) checkWordsLanguages(ctx, [...rpath, 'words'], route.words);
      for (const key of ['yes', 'no'] as const) {
        if (route[key] && !yesNo[key]) {
          ctx.report(
            [...rpath, key],
            'error',
            'missing-yes-no-words',
            `This route takes \`${key}\` answers, but the flow has no \`${key}_words\`. Add \`${key}_words:\` at the top of the file (per language).`,
            'key',
          );
        }
      }
      if (route.pattern !== undefined) {
        try {
          new RegExp(route.pattern, 'i');
        } catch (err) {
          ctx.report(
            [...rpath, 'pattern'],
            'error',
            'bad-pattern',
            `The pattern is not a valid regular expression (${(err as Error).message}). Fix it, or use \`words\` instead.`,
          );
        }
      }
      for (const lang of ctx.languages) {
        for (const { word, path } of wordsFor(route.words, lang, [...rpath, 'words'])) {
          if (CARRIER_WORDS.has(squash(word))) {
            ctx.report(
              path,
              'error',
              'carrier-keyword',
              `"${word}" is a carrier keyword: the phone company and Twilio act on it (opt out, opt in or help) before this flow sees it, so it cannot be an answer. Use another word (YES is fine as an answer).`,
            );
          }
        }
      }
    });
    checkShadowing(ctx, name, node, base);
  }
}

/** Reports answers an earlier route of the same question already takes. */
function checkShadowing(ctx: FlowContext, name: string, node: FlowNode, base: FlowPath): void {
  const routes = node.routes ?? [];
  const reported = new Set<string>();
  const anyIndex = routes.findIndex((r) => r.any);
  if (anyIndex >= 0 && anyIndex < routes.length - 1) {
    ctx.report(
      [...base, 'routes', anyIndex + 1],
      'error',
      'shadowed-answer',
      `Route ${anyIndex + 1} of node \`${name}\` takes any answer (\`any: true\`), so routes after it can never be reached. Move the \`any: true\` route last.`,
    );
  }
  for (const lang of ctx.languages) {
    const earlierWords: Array<{ word: string; route: number }> = [];
    const earlierNumbers = new Map<number, number>();
    routes.forEach((route, i) => {
      if (anyIndex >= 0 && i > anyIndex) return;
      const rpath = [...base, 'routes', i];
      const numbers = route.number === undefined ? [] : Array.isArray(route.number) ? route.number : [route.number];
      numbers.forEach((n, j) => {
        const first = earlierNumbers.get(n);
        if (first !== undefined && first !== i) {
          const key = `n${n}:${i}`;
          if (!reported.has(key)) {
            reported.add(key);
            ctx.report(
              Array.isArray(route.number) ? [...rpath, 'number', j] : [...rpath, 'number'],
              'error',
              'shadowed-answer',
              `The answer ${n} is already taken by route ${first + 1} of node \`${name}\`, so this route never gets it. Use another number.`,
            );
          }
        } else earlierNumbers.set(n, i);
      });
      const extra: Array<{ word: string; path: FlowPath }> = [];
      if (route.yes)
        extra.push(
          ...wordsFor(ctx.flow.yes_words, lang, ['yes_words']).map((w) => ({ ...w, path: [...rpath, 'yes'] })),
        );
      if (route.no)
        extra.push(...wordsFor(ctx.flow.no_words, lang, ['no_words']).map((w) => ({ ...w, path: [...rpath, 'no'] })));
      for (const { word, path } of [...wordsFor(route.words, lang, [...rpath, 'words']), ...extra]) {
        const norm = normalizeText(word);
        if (!norm) continue;
        const asNumber = /^\d+$/.test(norm) ? Number(norm) : undefined;
        const byNumber = asNumber !== undefined ? earlierNumbers.get(asNumber) : undefined;
        // The engine tries routes in order and matches whole words with small typos: so does this.
        const byWord = earlierWords.find((e) => e.route !== i && containsPhrase(norm, e.word));
        const first = byNumber !== undefined && byNumber !== i ? { route: byNumber, word: String(asNumber) } : byWord;
        if (first) {
          const key = `w${norm}:${i}`;
          if (!reported.has(key)) {
            reported.add(key);
            const how =
              first.word === norm
                ? `"${word}" is already an answer of`
                : `"${word}" contains "${first.word}", already an answer of`;
            ctx.report(
              path,
              'error',
              'shadowed-answer',
              `${how} route ${first.route + 1} of node \`${name}\`, which is tried first, so this route never gets it. Remove it here, or make the words of the two routes different.`,
            );
          }
        }
      }
      for (const { word } of [...wordsFor(route.words, lang, []), ...extra]) {
        const norm = normalizeText(word);
        if (norm) earlierWords.push({ word: norm, route: i });
      }
    });
  }
}

/** What each known keyword must have for the engine to act on it. */
const KEYWORD_NEEDS: Record<string, { match: boolean; say: boolean; what: string }> = {
  crisis: { match: false, say: true, what: 'the crisis reply (`say`)' },
  crisis_overdose: { match: false, say: true, what: 'the first words for an overdose (`say`)' },
  crisis_suicide: { match: false, say: true, what: 'the first words for thoughts of suicide (`say`)' },
  check_in: { match: false, say: true, what: 'the check-in after a crisis (`say`)' },
  resume: { match: true, say: false, what: 'the words that go on with the questions (`words` or `contains`)' },
  person: { match: false, say: true, what: 'the honest reply to a request for a person (`say`)' },
  stopped: { match: false, say: true, what: "the line's own STOP confirmation (`say`)" },
  started: { match: false, say: true, what: "the line's own START confirmation (`say`)" },
  rate_limited: { match: false, say: true, what: 'the notice for someone texting too fast (`say`)' },
  voice: { match: false, say: true, what: 'what a phone call hears (`say`)' },
  help: { match: true, say: true, what: 'its words (`words`) and the help text (`say`)' },
  restart: { match: true, say: false, what: 'its words (`words`)' },
  erase: { match: true, say: true, what: 'its words (`words`) and what to say once erased (`say`)' },
  opt_out: { match: true, say: false, what: 'its words (`words`)' },
  unavailable: { match: false, say: true, what: 'the reply when stored state cannot be read (`say`)' },
  flow_changed: { match: false, say: true, what: "the short apology when an edit removed someone's step (`say`)" },
  thanks: { match: false, say: true, what: 'the kind goodbye to "ok thanks" after a conversation ended (`say`)' },
};

function checkKeywords(ctx: FlowContext): void {
  for (const [name, kw] of Object.entries(ctx.flow.keywords)) {
    const base = ['keywords', name];
    const known = (KNOWN_KEYWORDS as readonly string[]).includes(name);
    if (!known) {
      ctx.report(
        base,
        'warning',
        'unknown-keyword',
        `The line gives no meaning to a keyword named \`${name}\`${suggest(name, [...KNOWN_KEYWORDS])}; it only works if it has words and a \`say\` or \`goto\`. Known names: ${KNOWN_KEYWORDS.join(', ')}.`,
        'key',
      );
    }
    const needs = KEYWORD_NEEDS[name] ?? {
      match: true,
      say: false,
      what: 'its words (`words` or `contains`) and a `say` or `goto`',
    };
    const hasMatch = kw.words !== undefined || kw.contains !== undefined;
    const missingMatch = needs.match && !hasMatch;
    const missingSay = needs.say ? kw.say === undefined : !known && kw.say === undefined && kw.goto === undefined;
    if (missingMatch || missingSay) {
      ctx.report(
        base,
        'error',
        'keyword-incomplete',
        `Keyword \`${name}\` needs ${needs.what}; it lacks ${[missingMatch && 'its words', missingSay && (known ? '`say`' : '`say` or `goto`')].filter(Boolean).join(' and ')}. Add the missing part.`,
        'key',
      );
    }
    for (const key of ['words', 'contains'] as const) {
      const words = kw[key];
      if (!words) continue;
      checkWordsLanguages(ctx, [...base, key], words);
      for (const lang of ctx.languages) {
        for (const { word, path } of wordsFor(words, lang, [...base, key])) {
          const w = squash(word);
          const allowed =
            (name === 'help' && CARRIER_HELP_WORDS.includes(w)) ||
            (name === 'opt_out' && CARRIER_OPT_OUT_WORDS.includes(w));
          if (CARRIER_WORDS.has(w) && !allowed && key === 'words') {
            ctx.report(
              path,
              'error',
              'carrier-keyword',
              `"${word}" is a carrier keyword (the phone company and Twilio act on it), so keyword \`${name}\` cannot use it: the texter would get the carrier's answer, not this one. Use another word.`,
            );
          }
        }
      }
    }
  }
}

/** ", did you mean `x`?" when a name is close to a known one; empty otherwise. */
function suggest(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = osaDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))
    ? ` (did you mean \`${best}\`?)`
    : '';
}
