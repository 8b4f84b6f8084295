import { formatCaseResult, type OpenedFlowTests } from '../../src/inbox/flowTestRunner';
import { openShippedFlowTests, shippedTestFiles } from './shippedFlowTests';

// The staff's flow test files (flows/tests/*.yaml) as part of `npm test`: one jest test per case,
// failing with the same message `npm run flows:test` prints.
const files = shippedTestFiles();
let opened: OpenedFlowTests;

beforeAll(async () => {
  opened = await openShippedFlowTests();
});
afterAll(() => opened?.close());

it('has flow test files to run', () => {
  expect(files.map((f) => f.cases.length).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
});

for (const file of files) {
  describe(file.file.replace(/^.*flows\//, 'flows/'), () => {
    for (const testCase of file.cases) {
      it(testCase.name, async () => {
        const result = await opened.runner.runCase(testCase, file.file, file.flowId);
        if (!result.passed) throw new Error(formatCaseResult(result));
      });
    }
  });
}
