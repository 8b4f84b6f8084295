/**
 * `npm run chat -- [--lang es] [--flow path] [--directory bundled|none] [--now ISO] [--state TX] [--explain]`:
 * a terminal simulator of one phone texting the line. It runs its own engine in this process, with the same
 * flows and meeting directory as the server, through the webhook's TextHandler over a memory
 * store (src/inbox/localLine.ts): it never talks to a running server. Each reply shows how many
 * SMS parts it costs. Works with piped input, so a conversation can be scripted:
 * `printf 'hi\n1\n1\nno\n1\n79101\n' | npm run --silent chat`. `--explain` shows, from the
 * engine's trace, the keyword rule that took each text, the nodes, routes and actions, and what
 * the text was understood as.
 */
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { createEngine } from '../src/engine/engine';
import type { StepTrace } from '../src/engine/stepTrace';
import type { StepOutput } from '../src/engine/types';
import { LocalLine } from '../src/inbox/localLine';
import { DirectoryService } from '../src/directory/directoryService';
import type { MeetingDirectory } from '../src/directory/types';
import { formatFinding, hasErrors } from '../src/flow/finding';
import { runtimeCheckOptions } from '../src/engine/runtimeCheck';
import { checkParsedFlows } from '../src/flow/flowChecker';
import { compileFlow } from '../src/engine/flowCompiler';
import { FlowLibrary } from '../src/flow/flowLibrary';
import { parseFlowFile } from '../src/flow/flowParser';
import type { FlowSource } from '../src/flow/loadedFlow';
import { createLogger } from '../src/log/logger';
import { smsInfo } from '../src/sms/gsm7';
import { emptyDirectory } from '../src/directory/emptyDirectory';

/** What the command line asked for. */
export interface ChatOptions {
  lang?: string;
  flow?: string;
  directory: 'bundled' | 'none';
  now?: Date;
  explain?: boolean;
  /** The state the phone's number is from, as Twilio's `FromState` ("TX"): online times in its zone. */
  fromState?: string;
}

/** Thrown for a command line the simulator cannot use; the message says how to fix it. */
export class ChatUsageError extends Error {
  override readonly name = 'ChatUsageError';
}

/** Reads `--lang`, `--flow`, `--directory`, `--now` and `--state` from the arguments. */
export function parseChatArgs(args: readonly string[]): ChatOptions {
  const options: ChatOptions = { directory: 'bundled' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new ChatUsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--explain') options.explain = true;
    else if (flag === '--lang') options.lang = value();
    else if (flag === '--flow') options.flow = value();
    else if (flag === '--directory') {
      const d = value();
      if (d !== 'bundled' && d !== 'none') throw new ChatUsageError('--directory is "bundled" or "none"');
      options.directory = d;
    } else if (flag === '--now') {
      const now = new Date(value());
      if (Number.isNaN(now.getTime())) throw new ChatUsageError('--now needs a date such as 2026-11-24T18:00:00-06:00');
      options.now = now;
    } else if (flag === '--state') options.fromState = value();
    else
      throw new ChatUsageError(
        `unknown option ${args[i]} (use --lang, --flow, --directory, --now, --state, --explain)`,
      );
  }
  return options;
}

/** One flow file, checked like the server checks it, served alone. */
function singleFlow(file: string): FlowSource {
  const parsed = parseFlowFile(file);
  const findings = checkParsedFlows([parsed], runtimeCheckOptions);
  for (const f of findings) process.stderr.write(`${formatFinding(f)}\n`);
  if (hasErrors(findings) || !parsed.flow)
    throw new ChatUsageError(`${file} has errors (above); fix them and try again`);
  const loaded = { id: parsed.id, version: parsed.version, file: parsed.file, flow: parsed.flow };
  return {
    entry: () => loaded,
    get: (id, version) => (id === loaded.id && version === loaded.version ? loaded : undefined),
    isReady: () => true,
  };
}

function describeReply(text: string): string {
  const info = smsInfo(text);
  return `(${info.segments} SMS part${info.segments === 1 ? '' : 's'}, ${info.encoding}, ${info.length} chars)`;
}

/**
 * One line saying what a text was understood as: `understood: audience=family (heard "husband" -> audience
 * family)`.
 */
export function explainLine(understood: StepOutput['understood']): string {
  if (!understood) return '  understood: (not read: a keyword, or the flow has no understand: section)';
  const values = Object.entries(understood.values).map(
    ([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
  );
  const heard = understood.heard.map((h) => `"${h.words}" -> ${h.slot} ${h.value}${h.negated ? ' (negated)' : ''}`);
  return `  understood: ${values.length ? values.join(' ') : 'nothing'}${heard.length ? ` (heard ${heard.join(', ')})` : ''}`;
}

/**
 * Lines saying what the step did, from the engine's trace: `rule: help`, `nodes: who -> ready`,
 * `routes: nodes.who.routes[0]`, `actions: find_meetings`; parts with nothing in them are left out.
 */
export function traceLines(trace: StepTrace | undefined): string[] {
  if (!trace) return ['  trace: (the engine did not run: a repeat or a rate-limited text)'];
  const lines = [
    `  rule: ${trace.keyword ?? '(none: an ordinary answer)'}${trace.flow ? ` on flow ${trace.flow}` : ''}`,
  ];
  if (trace.events.length) lines.push(`  events: ${trace.events.join(', ')}`);
  if (trace.nodes.length) lines.push(`  nodes: ${trace.nodes.join(' -> ')}`);
  if (trace.routes.length) lines.push(`  routes: ${trace.routes.join(', ')}`);
  if (trace.actions.length) lines.push(`  actions: ${trace.actions.join(', ')}`);
  return lines;
}

async function main(): Promise<void> {
  const options = parseChatArgs(process.argv.slice(2));
  const config = loadConfig();
  // Only errors, and on stderr, so the transcript on stdout stays clean (flows:check shows warnings).
  const log = createLogger('error', pino.destination(2));
  const flows: FlowSource = options.flow
    ? singleFlow(options.flow)
    : await FlowLibrary.open({
        check: runtimeCheckOptions,
        dir: config.flowsDir,
        log,
        verify: (loaded) => void compileFlow(loaded, { directory: () => emptyDirectory }),
      });

  let directory: MeetingDirectory = emptyDirectory;
  let directoryNote = 'none (no meeting search: places are not found, results list no meetings)';
  let service: DirectoryService | undefined;
  if (options.directory === 'bundled') {
    service = await DirectoryService.start({ sources: [], refreshMinutes: 0, log });
    directory = service.current();
    directoryNote = `bundled (${directory.size()} meetings)`;
  }
  const engine = createEngine({ flows, directory: () => directory, defaultLang: options.lang });
  if (!engine.isReady()) throw new ChatUsageError('the flows could not be built');

  const entry = flows.entry();
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `Recovery Textline chat: flow ${entry.id}@${entry.version}${options.flow ? ` (${options.flow})` : ` (${dirname(entry.file)})`}, directory ${directoryNote}.`,
  );
  out('This runs its own engine in this process (no server, no Redis): edit a flow and run it again to see it.');
  out('Type what the texter sends; Ctrl-D ends.');

  const line = new LocalLine({ engine, fromState: options.fromState });
  const interactive = process.stdin.isTTY === true;
  // In a terminal readline echoes what is typed to its output; without one, nothing shows as you type.
  const rl = createInterface({
    input: process.stdin,
    ...(interactive ? { output: process.stdout, terminal: true } : {}),
  });
  if (interactive) rl.setPrompt('> ');
  if (interactive) rl.prompt();
  for await (const text of rl) {
    if (!interactive) out(`> ${text}`);
    const result = await line.send(text, options.now ?? new Date());
    for (const reply of result.replies) {
      out(
        reply
          .split('\n')
          .map((l) => `< ${l}`)
          .join('\n'),
      );
      out(`  ${describeReply(reply)}`);
    }
    if (options.explain) {
      out(explainLine(result.understood));
      traceLines(result.trace).forEach(out);
    }
    out(
      `  [${result.kind}: ${result.before || '-'} -> ${result.after || '-'}${result.replies.length ? '' : ', no reply'}]`,
    );
    if (interactive) rl.prompt();
  }
  service?.stop();
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`chat: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
