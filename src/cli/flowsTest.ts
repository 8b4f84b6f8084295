/**
 * `npm run flows:test [-- [--update] [files...]]`: runs the flow test files (default
 * `<FLOWS_DIR>/tests/*.yaml`) against the real engine, flows and bundled meeting data, printing
 * PASS/FAIL per case with the replies that differed; exits 1 on any failure. `--update` rewrites
 * each step's `expect` from the current replies (their first lines), after an intended change.
 */
import { loadConfig } from '../config';
import { formatCaseResult, openFlowTests, readFlowTestFile, updateFlowTestFile } from '../inbox/flowTestRunner';
import { createLogger } from '../log/logger';
import pino from 'pino';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const update = args.includes('--update');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--update');
  if (unknown.length) {
    console.error(`flows:test: unknown option ${unknown.join(' ')} (use --update and/or test file paths)`);
    return 2;
  }
  const config = loadConfig();
  const log = createLogger('error', pino.destination(2));
  const opened = await openFlowTests({ flowsDir: config.flowsDir, log });
  try {
    const files = args.filter((a) => !a.startsWith('--'));
    const testFiles = files.length ? files : opened.testFiles;
    if (testFiles.length === 0) {
      console.error(`flows:test: no test files in ${config.flowsDir}/tests`);
      return 1;
    }
    let passed = 0;
    let failed = 0;
    for (const path of testFiles) {
      const testFile = readFlowTestFile(path);
      const results = await opened.runner.runFile(testFile);
      for (const r of results) {
        console.log(formatCaseResult(r));
        if (r.passed) passed++;
        else failed++;
      }
      if (update) {
        updateFlowTestFile(testFile, results);
        console.log(`Updated ${path}`);
      }
    }
    console.log(
      `${passed + failed} cases: ${passed} passed, ${failed} failed.${update ? ' Expectations rewritten: review the change with git diff.' : ''}`,
    );
    return failed > 0 && !update ? 1 : 0;
  } finally {
    opened.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(`flows:test: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
