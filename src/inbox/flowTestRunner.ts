import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { createEngine } from '../engine/engine';
import type { ConversationEngine } from '../engine/types';
import { compileFlow } from '../engine/flowCompiler';
import { runtimeCheckOptions } from '../engine/runtimeCheck';
import { LocalLine } from './localLine';
import type { HandledText } from './textHandler';
import { DirectoryService } from '../directory/directoryService';
import type { Logger } from '../log/logger';
import { listFlowFiles } from '../flow/flowFiles';
import { FlowLibrary } from '../flow/flowLibrary';
import type { MeetingDirectory } from '../directory/types';
import type { FlowSource, LoadedFlow } from '../flow/loadedFlow';

/**
 * Runs flow test files (flows/tests/*.yaml): conversations written as what the texter sends and
 * fragments each reply must contain, against the real engine and meeting directory, through the
 * same TextHandler as the webhook (src/inbox/localLine.ts). It also records which nodes each
 * conversation entered, read from the engine's trace, so a test can show every node is tested.
 */

/** The clock of a case unless it sets `now`: a Thursday evening in Amarillo. */
export const DEFAULT_TEST_NOW = '2026-11-26T19:00:00-06:00';

const stepSchema = z
  .object({
    /** What the texter sends (a number such as 79101 is read as text). */
    send: z.union([z.string(), z.number()]).transform(String),
    /** Fragments the replies to this text must contain, together. */
    expect: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
    /** The line must send nothing back (after STOP, for instance). */
    silent: z.boolean().optional(),
    /** Fragments no reply to this text may contain (no question after a crisis reply, for instance). */
    never: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  })
  .strict();

const caseSchema = z
  .object({
    name: z.string().min(1),
    /** The language the line starts in (as `npm run chat -- --lang es`). */
    lang: z.string().optional(),
    /** The state the phone's number is from, as Twilio's `FromState` ("TX"; as `npm run chat -- --state TX`). */
    from_state: z.string().optional(),
    /** The moment every text of the case is sent, e.g. 2026-11-26T19:00:00-06:00. */
    now: z
      .string()
      .refine((s) => !Number.isNaN(new Date(s).getTime()), 'not a date such as 2026-11-26T19:00:00-06:00')
      .optional(),
    steps: z.array(stepSchema).min(1),
  })
  .strict();

const fileSchema = z.union([
  z.array(caseSchema),
  z.object({ flow: z.string().optional(), cases: z.array(caseSchema) }).strict(),
]);

/** One text of a case. */
export type FlowTestStep = z.infer<typeof stepSchema>;
/** One conversation of a test file. */
export type FlowTestCase = z.infer<typeof caseSchema>;

/** A test file read and checked. */
export interface FlowTestFile {
  file: string;
  /** The flow the cases run on; undefined means the entry flow (`recovery`). */
  flowId: string | undefined;
  cases: FlowTestCase[];
  /** Where the list of cases sits in the file (for --update). */
  casesPath: Array<string | number>;
}

/** A test file that is not YAML or not of the test shape; the message names the line. */
export class FlowTestFileError extends Error {
  override readonly name = 'FlowTestFileError';
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Reads a flow test file; throws FlowTestFileError with a line number when it is malformed. */
export function readFlowTestFile(file: string): FlowTestFile {
  return parseFlowTestSource(file, readFileSync(file, 'utf8'));
}

/** Parses a flow test file given in memory (`file` names it in errors); throws FlowTestFileError when malformed. */
export function parseFlowTestSource(file: string, source: string): FlowTestFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new FlowTestFileError(
      file,
      lineCounter.linePos(e.pos[0]).line,
      `not valid YAML: ${e.message.split('\n')[0]}`,
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (err) {
    throw new FlowTestFileError(
      file,
      1,
      `not valid YAML: ${(err as Error).message} (put texts starting with * or & in quotes)`,
    );
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const node = doc.getIn(issue.path as Array<string | number>, true) as
      { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    throw new FlowTestFileError(
      file,
      line,
      `${issue.path.join('.') || 'the file'}: ${issue.message} (a test file is a list of cases: name, steps of send + expect)`,
    );
  }
  const data = parsed.data;
  return Array.isArray(data)
    ? { file, flowId: undefined, cases: data, casesPath: [] }
    : { file, flowId: data.flow, cases: data.cases, casesPath: ['cases'] };
}

/** What happened at one text of a case. */
export interface StepResult {
  send: string;
  replies: string[];
  /** Expected fragments no reply contained. */
  missing: string[];
  /** Set when the step failed for another reason (a reply where silence was expected, or none at all). */
  problem?: string;
}

/** What happened in one case. */
export interface CaseResult {
  file: string;
  name: string;
  passed: boolean;
  steps: StepResult[];
}

/** What the runner needs: the flows (a FlowLibrary) and the meeting directory. */
export interface FlowTestRunnerOptions {
  flows: FlowSource & { flows?(): readonly LoadedFlow[] };
  directory: () => MeetingDirectory;
}

/** Runs cases on the line as the webhook runs it, and remembers which nodes they entered. */
export class FlowTestRunner {
  /** Nodes entered, per flow id (from each step's trace). */
  readonly visited = new Map<string, Set<string>>();

  /**
   * One engine per flow and starting language, shared by the cases: an engine is pure (what it keeps between steps
   * are caches of the compiled flow and of readings), and building one compiles the flow again, most of what a
   * case cost (the console's Run tests and Accept the new wording run every case).
   */
  private readonly engines = new Map<string, ConversationEngine>();

  constructor(private readonly opts: FlowTestRunnerOptions) {}

  /**
   * Runs every case of a file, one after the other, with the event loop free between cases: the console's Tests
   * button and publish gate run every saved case (seconds of CPU) in a web process that answers texts meanwhile, and
   * a case's awaits are only resolved promises, which never let a text's request in.
   */
  async runFile(testFile: FlowTestFile): Promise<CaseResult[]> {
    const results: CaseResult[] = [];
    for (const c of testFile.cases) {
      results.push(await this.runCase(c, testFile.file, testFile.flowId));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }

  /**
   * Runs one case from a fresh phone (no session, not opted out) through a LocalLine: the
   * webhook's TextHandler over a memory store that keeps the session as JSON, as Redis does.
   */
  async runCase(testCase: FlowTestCase, file: string, flowId?: string): Promise<CaseResult> {
    const engine = this.engineFor(flowId, testCase.lang);
    const line = new LocalLine({ engine, fromState: testCase.from_state });
    const now = new Date(testCase.now ?? DEFAULT_TEST_NOW);
    const steps: StepResult[] = [];
    for (const step of testCase.steps) {
      const handled = await line.send(step.send, now);
      this.recordVisits(handled);
      steps.push(judge(step, handled.replies));
    }
    return { file, name: testCase.name, passed: steps.every((s) => s.missing.length === 0 && !s.problem), steps };
  }

  private engineFor(flowId: string | undefined, lang: string | undefined): ConversationEngine {
    const key = `${flowId ?? ''}\u0000${lang ?? ''}`;
    let engine = this.engines.get(key);
    if (!engine) {
      engine = createEngine({ flows: this.sourceFor(flowId), directory: this.opts.directory, defaultLang: lang });
      this.engines.set(key, engine);
    }
    return engine;
  }

  private sourceFor(flowId: string | undefined): FlowSource {
    const base = this.opts.flows;
    if (flowId === undefined) return base;
    const find = () => base.flows?.().find((f) => f.id === flowId);
    if (!find()) throw new Error(`no flow named ${flowId} is loaded`);
    return { entry: () => find() as LoadedFlow, get: (id, v) => base.get(id, v), isReady: () => base.isReady() };
  }

  /** The nodes the step's trace says were entered, under the flow that ran. */
  private recordVisits(handled: HandledText): void {
    const trace = handled.trace;
    if (!trace?.flow) return;
    const seen = this.visited.get(trace.flow) ?? new Set<string>();
    this.visited.set(trace.flow, seen);
    for (const node of trace.nodes) seen.add(node);
  }
}

function judge(step: FlowTestStep, replies: string[]): StepResult {
  const all = replies.join('\n');
  const result: StepResult = {
    send: step.send,
    replies,
    missing: step.expect.filter((f) => !all.includes(f)),
  };
  if (step.silent && replies.length > 0) result.problem = 'expected no reply (silent: true), but the line answered';
  if (!step.silent && replies.length === 0)
    result.problem = 'the line sent nothing back (write `silent: true` if that is right)';
  const forbidden = (step.never ?? []).filter((f) => all.includes(f));
  if (forbidden.length) {
    result.problem = `a reply contains ${forbidden.map((f) => JSON.stringify(f)).join(', ')}, listed under \`never\``;
  }
  return result;
}

/** Formats a case result for a terminal: PASS/FAIL line, then each failing step with the replies it got. */
export function formatCaseResult(result: CaseResult): string {
  const head = `${result.passed ? 'PASS' : 'FAIL'} ${basename(result.file)} > ${result.name}`;
  if (result.passed) return head;
  const lines = [head];
  result.steps.forEach((s, i) => {
    if (s.missing.length === 0 && !s.problem) return;
    lines.push(`  step ${i + 1}, sent ${JSON.stringify(s.send)}:`);
    if (s.problem) lines.push(`    ${s.problem}`);
    for (const m of s.missing) lines.push(`    expected a reply containing ${JSON.stringify(m)}`);
    lines.push(
      s.replies.length
        ? `    got:\n${s.replies
            .map((r) =>
              r
                .split('\n')
                .map((l) => `      | ${l}`)
                .join('\n'),
            )
            .join('\n      ---\n')}`
        : '    got: no reply',
    );
  });
  return lines.join('\n');
}

/**
 * Rewrites the `expect` fragments of a test file from the replies of a run (after an intended
 * change): fragments still found are kept (so hand-picked ones such as "MARA" survive), and each
 * reply no kept fragment covers adds its first line; no reply at all writes `silent: true`.
 * Comments and the rest of the file stay as they are.
 */
export function updateFlowTestFile(testFile: FlowTestFile, results: CaseResult[]): void {
  const doc = parseDocument(readFileSync(testFile.file, 'utf8'));
  results.forEach((result, c) => {
    result.steps.forEach((step, s) => {
      const path = [...testFile.casesPath, c, 'steps', s];
      const list = doc.createNode(rewordedExpect(testFile.cases[c]?.steps[s]?.expect ?? [], step.replies));
      if (isSeq(list)) {
        list.flow = true;
        for (const item of list.items) if (isScalar(item)) item.type = 'QUOTE_DOUBLE';
      }
      doc.setIn([...path, 'expect'], list);
      if (step.replies.length === 0) doc.setIn([...path, 'silent'], true);
      else if (isMap(doc.getIn(path))) doc.deleteIn([...path, 'silent']);
    });
  });
  writeFileSync(testFile.file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}

/**
 * A step's expected fragments after a wording change: those still found are kept (so hand-picked ones such as
 * "MARA" survive), and each reply no kept fragment covers adds its stable first line.
 */
export function rewordedExpect(old: readonly string[], replies: readonly string[]): string[] {
  const kept = old.filter((f) => replies.some((r) => r.includes(f)));
  const added = replies
    .filter((r) => !kept.some((f) => r.includes(f)))
    .map(stableFragment)
    .filter(Boolean);
  return [...kept, ...added];
}

/**
 * The part of a reply worth pinning: its first line, which rarely holds meeting data that shifts;
 * a long line is cut after its first sentence.
 */
export function stableFragment(reply: string): string {
  const line = reply.split('\n')[0].trim();
  if (line.length <= 60) return line;
  const end = line.slice(20).search(/[.?!](\s|$)/);
  return end >= 0 ? line.slice(0, 20 + end + 1) : line.slice(0, 60);
}

/** A runner on the flows of a folder and the bundled meeting data, and how to let go of them. */
export interface OpenedFlowTests {
  runner: FlowTestRunner;
  library: FlowLibrary;
  /** The test files of `<flowsDir>/tests`. */
  testFiles: string[];
  close(): void;
}

/**
 * Loads the flows of `flowsDir` as the server does (refusing broken ones) and the bundled meeting
 * directory, ready to run the test files of `<flowsDir>/tests`.
 */
export async function openFlowTests(opts: {
  flowsDir: string;
  log: Logger;
  directoryDir?: string;
}): Promise<OpenedFlowTests> {
  const library = await FlowLibrary.open({
    check: runtimeCheckOptions,
    dir: opts.flowsDir,
    log: opts.log,
    verify: (loaded) => void compileFlow(loaded, { directory: () => directory.current() }),
  });
  const directory = await DirectoryService.start({
    sources: [],
    refreshMinutes: 0,
    log: opts.log,
    bundledDir: opts.directoryDir,
  });
  const runner = new FlowTestRunner({ flows: library, directory: () => directory.current() });
  let testFiles: string[] = [];
  try {
    testFiles = listFlowFiles(`${opts.flowsDir}/tests`);
  } catch {
    testFiles = [];
  }
  return {
    runner,
    library,
    testFiles,
    close: () => {
      library.close();
      directory.stop();
    },
  };
}

/** The flow a file's cases run on, for tools: its id or the entry flow's. */
export function flowIdOfTestFile(testFile: FlowTestFile, flows: FlowSource): string {
  return testFile.flowId ?? flows.entry().id;
}
