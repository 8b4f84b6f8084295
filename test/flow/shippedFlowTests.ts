import { join } from 'node:path';
import {
  openFlowTests,
  readFlowTestFile,
  type CaseResult,
  type FlowTestFile,
  type OpenedFlowTests,
} from '../../src/inbox/flowTestRunner';
import { listFlowFiles } from '../../src/flow/flowFiles';
import { createLogger } from '../../src/log/logger';

/** The shipped flows folder and its test files, as `npm run flows:test` sees them. */
export const FLOWS_DIR = join(__dirname, '..', '..', 'flows');
export const DIRECTORY_DIR = join(__dirname, '..', '..', 'directory');

/** Every test file of flows/tests, read now (so jest can name one test per case). */
export function shippedTestFiles(): FlowTestFile[] {
  return listFlowFiles(join(FLOWS_DIR, 'tests')).map(readFlowTestFile);
}

/** The runner on the shipped flows and the bundled meeting data. */
export function openShippedFlowTests(): Promise<OpenedFlowTests> {
  return openFlowTests({ flowsDir: FLOWS_DIR, log: createLogger('silent'), directoryDir: DIRECTORY_DIR });
}

/** Runs every shipped flow test case; the runner's `visited` then holds every node they entered. */
export async function runAll(opened: OpenedFlowTests, files: FlowTestFile[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const f of files) results.push(...(await opened.runner.runFile(f)));
  return results;
}
