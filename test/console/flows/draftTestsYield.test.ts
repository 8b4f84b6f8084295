import { join } from 'node:path';
import { runDraftTests } from '../../../src/console/flows/draftFlowTests';
import { bundledTestDirectory } from '../../../src/console/flows/testDirectory';
import type { MeetingDirectory } from '../../../src/directory/types';
import { readFlowFolder } from '../../../src/flowStore/flowFolderFiles';
import { countEventLoopTurns } from '../../support/eventLoopTurns';

/**
 * The console's Tests button and publish gate run every saved case in the web process that answers texts. Run in one
 * piece they held that process's event loop for seconds, and every text meanwhile waited past its store budget into
 * "we are having trouble". They now load the draft in steps and let the loop turn between cases; counted here in
 * turns, not timed.
 */
const FLOWS = join(__dirname, '..', '..', '..', 'flows');

it('lets the event loop turn while the draft loads and between the saved cases', async () => {
  const all = readFlowFolder(FLOWS);
  // The flow and two test files: enough cases to count, without the whole corpus's minute on a busy machine.
  const files = Object.fromEntries(
    Object.entries(all).filter(
      ([path]) => !path.startsWith('tests/') || /tests\/(twenty-fourth|own-words)\.yaml$/.test(path),
    ),
  );
  const directory: MeetingDirectory = await bundledTestDirectory();
  const count = countEventLoopTurns();
  const report = await runDraftTests(files, { directory: () => directory });
  const turns = count.stop();
  const cases = report.passed + report.failed.length;
  expect(report.errors).toEqual([]);
  expect(cases).toBeGreaterThan(10);
  // Two turns in the load (after the parse, after the check), then one after each case.
  expect(turns).toBeGreaterThanOrEqual(cases + 2);
});
