import { createHash } from 'node:crypto';
import { isSeq, parseDocument } from 'yaml';
import type { MeetingDirectory } from '../../directory/types';
import {
  FlowTestFileError,
  FlowTestRunner,
  parseFlowTestSource,
  rewordedExpect,
  type CaseResult,
  type FlowTestFile,
} from '../../inbox/flowTestRunner';
import type { Finding } from '../../flow/finding';
import { isTestPath } from '../../flowStore/flowFolderFiles';
import type { FlowFiles } from '../../flowStore/flowRevisionStore';
import { toGsm7 } from '../../sms/gsm7';
import { loadDraftInSteps, type DraftDeps } from './draftFlows';
import { listFlowTexts } from './flowTexts';
import { bundledTestDirectory } from './testDirectory';

/** A failing step whose replies came but read differently: what the test expected and what the draft says. */
export interface WordingDifference {
  file: string;
  case: string;
  /** 1-based step of the case. */
  step: number;
  send: string;
  expected: string[];
  actual: string[];
}

/** A failing case, and whether it failed only on wording (so "accept the new wording" can fix it). */
export interface FailedCase {
  file: string;
  case: string;
  /**
   * True when every failing step got replies, just not the expected words, and each of those replies carries a
   * wording the draft changed from its base revision: only then may the page say "wording you changed".
   */
  wordingOnly: boolean;
  /** The runner's own account of each failing step. */
  problems: string[];
  differences: WordingDifference[];
}

/** The outcome of the saved flow tests on a draft. */
export interface DraftTestReport {
  passed: number;
  failed: FailedCase[];
  /** Test files that could not be read, and flows that could not be loaded (then nothing ran). */
  errors: string[];
  findings: Finding[];
}

/**
 * Runs every `tests/*.yaml` of a draft against the draft's flows (each case from a fresh phone) and the fixed test
 * directory. `base` is the revision the draft started from: a failure is called a wording change only when its
 * replies carry a text the draft changed from it (without `base`, never).
 */
export async function runDraftTests(files: FlowFiles, deps: DraftDeps, base?: FlowFiles): Promise<DraftTestReport> {
  const run = await runAll(files, deps);
  const changed = changedWording(files, base);
  return {
    passed: run.results.reduce((n, r) => n + r.results.filter((c) => c.passed).length, 0),
    failed: run.results.flatMap((r) => r.results.filter((c) => !c.passed).map((c) => describeFailure(c, changed))),
    errors: run.errors,
    findings: run.findings,
  };
}

/**
 * Rewrites the expected words of the cases that failed only on wording, from what the draft now says (fragments
 * still found are kept; each uncovered reply adds its first line). Only those `expect` lists change; every other
 * character of the test files stays. Returns the new files and how many steps changed.
 */
export async function acceptWording(
  files: FlowFiles,
  deps: DraftDeps,
  base?: FlowFiles,
): Promise<{ files: FlowFiles; changed: number }> {
  const run = await runAll(files, deps);
  const changedTexts = changedWording(files, base);
  const out = { ...files };
  let changed = 0;
  for (const { testFile, results } of run.results) {
    const source = files[testFile.file];
    const doc = parseDocument(source);
    const edits: Array<{ start: number; end: number; text: string }> = [];
    results.forEach((result, c) => {
      if (result.passed || !describeFailure(result, changedTexts).wordingOnly) return;
      result.steps.forEach((step, s) => {
        if (step.missing.length === 0) return;
        const node = doc.getIn([...testFile.casesPath, c, 'steps', s, 'expect'], true);
        if (!isSeq(node) || !node.range) return;
        const expect = rewordedExpect(testFile.cases[c]?.steps[s]?.expect ?? [], step.replies);
        edits.push({
          start: node.range[0],
          end: node.range[1],
          text: `[${expect.map((f) => JSON.stringify(f)).join(', ')}]`,
        });
      });
    });
    // From the end, so earlier offsets stay right.
    let text = source;
    for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    out[testFile.file] = text;
    changed += edits.length;
  }
  return { files: out, changed };
}

/** One run of a draft's saved tests: each file's case results, the files that could not be read, the findings. */
interface DraftRun {
  results: Array<{ testFile: FlowTestFile; results: CaseResult[] }>;
  errors: string[];
  findings: Finding[];
}

/** How many recent drafts' runs are kept per server: a member's gate, test, accept and publish touch two or three. */
const RECENT_RUNS = 4;

/**
 * Recent runs by draft, per server and per directory. A run is the same for the same files on the same meetings (each
 * case has its own clock), and a publish gate, the Tests button and "accept the new wording" on one draft would
 * otherwise run every case again, seconds each time for a member waiting on the page.
 */
const recentRuns = new WeakMap<DraftDeps, { directory: MeetingDirectory; runs: Map<string, Promise<DraftRun>> }>();

async function runAll(files: FlowFiles, deps: DraftDeps): Promise<DraftRun> {
  const directory = await (deps.testDirectory ?? bundledTestDirectory)();
  let memo = recentRuns.get(deps);
  if (!memo || memo.directory !== directory) {
    memo = { directory, runs: new Map() };
    recentRuns.set(deps, memo);
  }
  const key = draftDigest(files);
  const known = memo.runs.get(key);
  if (known) return known;
  const runs = memo.runs;
  const run = runAllNow(files, deps, directory);
  runs.set(key, run);
  if (runs.size > RECENT_RUNS) runs.delete(runs.keys().next().value!);
  run.catch(() => runs.delete(key));
  return run;
}

/** A digest of every file's path and text, in path order: equal only for the same draft. */
function draftDigest(files: FlowFiles): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${files[path]}\0`);
  return hash.digest('hex');
}

async function runAllNow(files: FlowFiles, deps: DraftDeps, directory: MeetingDirectory): Promise<DraftRun> {
  const errors: string[] = [];
  const results: Array<{ testFile: FlowTestFile; results: CaseResult[] }> = [];
  const { library, findings } = await loadDraftInSteps(files, deps);
  if (!library) return { results, errors: ['The draft flows have errors, so no test ran.'], findings };
  const runner = new FlowTestRunner({ flows: library, directory: () => directory });
  for (const path of Object.keys(files).filter(isTestPath).sort()) {
    try {
      const testFile = parseFlowTestSource(path, files[path]);
      results.push({ testFile, results: await runner.runFile(testFile) });
    } catch (err) {
      errors.push(err instanceof FlowTestFileError ? err.message : `${path}: ${(err as Error).message}`);
    }
  }
  return { results, errors, findings };
}

/**
 * Pieces of every wording the draft changed from `base`, as they reach a phone (GSM-7, placeholders cut out), so a
 * reply can be matched to the change that made it. Empty without `base` or when no wording changed.
 */
function changedWording(files: FlowFiles, base: FlowFiles | undefined): string[] {
  if (!base) return [];
  const before = new Map(listFlowTexts(base).map((t) => [t.id, t.versions]));
  const pieces: string[] = [];
  for (const entry of listFlowTexts(files))
    for (const [lang, version] of Object.entries(entry.versions)) {
      if (before.get(entry.id)?.[lang]?.text === version.text) continue;
      const parts = version.text
        .split(/\{\{[^}]*\}\}/)
        .map((p) => toGsm7(p).trim())
        .filter((p) => p.length >= MIN_PIECE);
      pieces.push(...(parts.length ? parts : [toGsm7(version.text).trim()]));
    }
  return pieces.filter((p) => p.length > 0);
}

/** Shorter pieces of a changed text ("Hi ", ". ") would match replies the change never touched. */
const MIN_PIECE = 8;

function describeFailure(result: CaseResult, changedPieces: readonly string[]): FailedCase {
  const failing = result.steps.map((s, i) => ({ s, i })).filter(({ s }) => s.missing.length > 0 || s.problem);
  const carriesChange = (replies: string[]) => replies.some((r) => changedPieces.some((p) => r.includes(p)));
  return {
    file: result.file,
    case: result.name,
    wordingOnly: failing.every(({ s }) => !s.problem && s.replies.length > 0 && carriesChange(s.replies)),
    problems: failing.map(
      ({ s, i }) =>
        `step ${i + 1}, sent ${JSON.stringify(s.send)}: ` +
        (s.problem ?? `expected a reply containing ${s.missing.map((m) => JSON.stringify(m)).join(', ')}`),
    ),
    differences: failing
      .filter(({ s }) => !s.problem && s.replies.length > 0)
      .map(({ s, i }) => ({
        file: result.file,
        case: result.name,
        step: i + 1,
        send: s.send,
        expected: s.missing,
        actual: s.replies,
      })),
  };
}
