import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createActor, type AnyStateMachine, type InspectionEvent } from 'xstate';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { createEngine } from './engine';
import { optOutAfter, type OptOutState, type Session, type StepOutput } from './types';
import { DirectoryService } from '../directory/directoryService';
import type { Logger } from '../log/logger';
import { listFlowFiles } from '../flow/flowFiles';
import { FlowLibrary } from '../flow/flowLibrary';
import type { MeetingDirectory } from '../directory/types';
import { compileFlow, type FlowEvent } from './flowCompiler';
import type { FlowSource, LoadedFlow } from '../flow/loadedFlow';
import { runtimeCheckOptions } from './runtimeCheck';

/**
 * Runs flow test files (flows/tests/*.yaml): conversations written as what the texter sends and
 * fragments each reply must contain, against the real engine and meeting directory, the session
 * going through JSON between texts as the real store does. It also records which nodes each
 * conversation passed through, so a test can show that every node of a flow is tested.
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

/** Runs cases against the engine and remembers which nodes they passed through. */
export class FlowTestRunner {
  /** Nodes entered, per flow id. */
  readonly visited = new Map<string, Set<string>>();
  private readonly machines = new Map<string, AnyStateMachine>();

  constructor(private readonly opts: FlowTestRunnerOptions) {}

  /** Runs every case of a file. */
  runFile(testFile: FlowTestFile): CaseResult[] {
    return testFile.cases.map((c) => this.runCase(c, testFile.file, testFile.flowId));
  }

  /** Runs one case from a fresh phone: no session, not opted out. */
  runCase(testCase: FlowTestCase, file: string, flowId?: string): CaseResult {
    const flows = this.sourceFor(flowId);
    const engine = createEngine({ flows, directory: this.opts.directory, defaultLang: testCase.lang });
    const now = new Date(testCase.now ?? DEFAULT_TEST_NOW);
    let session: Session | undefined;
    let optOut: OptOutState = { optedOut: false };
    const steps: StepResult[] = [];
    for (const step of testCase.steps) {
      const before = session;
      const out = engine.step({ session, ...optOut, text: step.send, now });
      this.recordVisits(flows, before, step.send, now, out, testCase.lang);
      optOut = optOutAfter(out.effect, optOut);
      // Through JSON, as Redis stores it: a snapshot that only works in memory fails here.
      session =
        out.effect === 'erase' || out.session === undefined
          ? undefined
          : (JSON.parse(JSON.stringify(out.session)) as Session);
      steps.push(judge(step, out));
    }
    return { file, name: testCase.name, passed: steps.every((s) => s.missing.length === 0 && !s.problem), steps };
  }

  private sourceFor(flowId: string | undefined): FlowSource {
    const base = this.opts.flows;
    if (flowId === undefined) return base;
    const find = () => base.flows?.().find((f) => f.id === flowId);
    if (!find()) throw new Error(`no flow named ${flowId} is loaded`);
    return { entry: () => find() as LoadedFlow, get: (id, v) => base.get(id, v), isReady: () => base.isReady() };
  }

  /**
   * Replays the step on the same compiled machine with an inspector, to learn every node entered
   * (the engine reports only where the conversation rests, not the nodes passed on the way).
   */
  private recordVisits(
    flows: FlowSource,
    before: Session | undefined,
    text: string,
    now: Date,
    out: StepOutput,
    lang: string | undefined,
  ): void {
    if (!out.session) return;
    const loaded = flows.get(out.session.flowId, out.session.flowVersion) ?? flows.entry();
    const seen = this.visited.get(loaded.id) ?? new Set<string>();
    this.visited.set(loaded.id, seen);
    if (out.stateAfter) seen.add(out.stateAfter);
    const live =
      before !== undefined &&
      before.flowVersion === out.session.flowVersion &&
      out.kind !== 'flow_changed' &&
      out.kind !== 'start';
    const events = replayEvents(out.kind, live, text, now);
    if (!events) return;
    const machine = this.machineFor(loaded);
    const entered: string[] = live ? [] : [loaded.flow.start];
    const inspect = (ev: InspectionEvent) => entered.push(...nodesOfMicrostep(ev));
    const actor = createActor(machine, {
      input: { lang: lang ?? loaded.flow.languages[0], now },
      inspect,
      ...(live ? { snapshot: before.snapshot as never } : {}),
    });
    actor.subscribe({ error: () => undefined });
    actor.start();
    for (const event of events) actor.send(event);
    const resting = actor.getSnapshot().value;
    actor.stop();
    // Only trust the replay when it ends where the engine did.
    if (resting === out.stateAfter) entered.forEach((n) => seen.add(n));
  }

  private machineFor(loaded: LoadedFlow): AnyStateMachine {
    const key = `${loaded.id}@${loaded.version}`;
    let machine = this.machines.get(key);
    if (!machine) {
      machine = compileFlow(loaded, { directory: this.opts.directory }).machine;
      this.machines.set(key, machine);
    }
    return machine;
  }
}

/**
 * The flow nodes a machine microstep left and entered. Assign actions are not reported to
 * inspectors, but every transition is, with its source and target state nodes.
 */
export function nodesOfMicrostep(ev: InspectionEvent): string[] {
  if (ev.type !== '@xstate.microstep') return [];
  const nodes: string[] = [];
  for (const t of ev._transitions) {
    // Root-level transitions (keywords) have the machine itself as source: not a flow node.
    if (t.source.parent) nodes.push(t.source.key);
    for (const target of t.target ?? []) if (target.parent) nodes.push(target.key);
  }
  return nodes;
}

/** The events the engine sent its machine for a step of this kind (see createEngine); undefined when it sent none. */
function replayEvents(kind: string, live: boolean, text: string, now: Date): FlowEvent[] | undefined {
  if (!live) {
    if (kind === 'help') return [{ type: 'KEYWORD', name: 'help', now }];
    if (kind.startsWith('keyword:')) return [{ type: 'KEYWORD', name: kind.slice('keyword:'.length), now }];
    return ['start', 'flow_changed', 'crisis', 'restart', 'language'].includes(kind) ? [] : undefined;
  }
  if (kind === 'answer') return [{ type: 'TEXT', text, now }];
  if (kind === 'restart' || kind === 'help') return [{ type: 'KEYWORD', name: kind, now }];
  if (kind.startsWith('keyword:')) return [{ type: 'KEYWORD', name: kind.slice('keyword:'.length), now }];
  return undefined; // crisis and language switches ask again where they were: no node is entered
}

function judge(step: FlowTestStep, out: StepOutput): StepResult {
  const all = out.replies.join('\n');
  const result: StepResult = {
    send: step.send,
    replies: out.replies,
    missing: step.expect.filter((f) => !all.includes(f)),
  };
  if (step.silent && out.replies.length > 0) result.problem = 'expected no reply (silent: true), but the line answered';
  if (!step.silent && out.replies.length === 0)
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
      const old = testFile.cases[c]?.steps[s]?.expect ?? [];
      const kept = old.filter((f) => step.replies.some((r) => r.includes(f)));
      const added = step.replies
        .filter((r) => !kept.some((f) => r.includes(f)))
        .map(stableFragment)
        .filter(Boolean);
      const list = doc.createNode([...kept, ...added]);
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
