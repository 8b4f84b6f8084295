import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FlowLibrary } from '../../src/flow/flowLibrary';
import {
  FlowTestFileError,
  FlowTestRunner,
  formatCaseResult,
  readFlowTestFile,
  stableFragment,
  updateFlowTestFile,
} from '../../src/inbox/flowTestRunner';
import { createLogger } from '../../src/log/logger';
import { emptyDirectory as noDirectory } from '../../src/directory/emptyDirectory';
import { runtimeCheckOptions } from '../../src/engine/runtimeCheck';

describe('FlowTestRunner', () => {
  let dir: string;
  let library: FlowLibrary;
  let runner: FlowTestRunner;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'flowtests-'));
    copyFileSync(join(__dirname, '..', 'flow', 'fixtures', 'valid.yaml'), join(dir, 'recovery.yaml'));
    library = await FlowLibrary.open({ check: runtimeCheckOptions, dir, log: createLogger('silent') });
    runner = new FlowTestRunner({ flows: library, directory: () => noDirectory });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeTests = (yaml: string) => {
    const file = join(dir, 'cases.yaml');
    writeFileSync(file, yaml);
    return file;
  };

  it('passes a case whose replies hold every fragment, and records the nodes passed through', async () => {
    const file = writeTests(`- name: me
  steps:
    - send: hi
      expect: ["Welcome to the meeting finder.", "Who is it for?"]
    - send: "1"
      expect: ["Ready for meetings for self?"]
    - send: yes
      expect: ["Thanks."]
`);
    const [result] = await runner.runFile(readFlowTestFile(file));
    expect(result.passed).toBe(true);
    // welcome is passed through on the way to the first question: the step's trace says so.
    expect([...(runner.visited.get('recovery') ?? [])].sort()).toEqual(['done', 'ready', 'welcome', 'who']);
  });

  it('fails a case when a fragment is missing, and shows what the line said', async () => {
    const file = writeTests(`- name: wrong
  steps:
    - send: hi
      expect: ["Goodbye"]
`);
    const [result] = await runner.runFile(readFlowTestFile(file));
    expect(result.passed).toBe(false);
    expect(result.steps[0].missing).toEqual(['Goodbye']);
    const text = formatCaseResult(result);
    expect(text).toContain('FAIL cases.yaml > wrong');
    expect(text).toContain('step 1, sent "hi":');
    expect(text).toContain('expected a reply containing "Goodbye"');
    expect(text).toContain('| Welcome to the meeting finder.');
  });

  it('fails when the line answers where silence was expected, and when it is silent unexpectedly', async () => {
    const file = writeTests(`- name: silence expected
  steps:
    - send: hi
      silent: true
      expect: []
- name: a reply expected
  steps:
    - send: STOP
      expect: []
`);
    const [answered, silent] = await runner.runFile(readFlowTestFile(file));
    expect(answered.steps[0].problem).toContain('expected no reply');
    expect(silent.steps[0].problem).toContain('the line sent nothing back');
  });

  it('--update rewrites expectations from the replies, keeping fragments that still match, and keeps comments', async () => {
    const file = writeTests(`# a comment staff wrote
- name: to update
  steps:
    - send: hi
      expect: ["Who is it for?", "Gone"]
    - send: STOP
      expect: ["Something"]
    - send: hi
      expect: []
`);
    const testFile = readFlowTestFile(file);
    updateFlowTestFile(testFile, await runner.runFile(testFile));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# a comment staff wrote');
    expect(text).toContain('expect: ["Who is it for?"]');
    expect(text).not.toContain('Gone');
    expect(text).toMatch(/- send: STOP\n\s+expect: \[\]\n\s+silent: true/);
    expect((await runner.runFile(readFlowTestFile(file))).every((r) => r.passed)).toBe(true);
  });

  it('rejects a malformed test file with its line', async () => {
    const file = writeTests(`- name: no steps
  stepz: []
`);
    expect(() => readFlowTestFile(file)).toThrow(FlowTestFileError);
    expect(() => readFlowTestFile(file)).toThrow(/cases.yaml:1: /);
  });

  it('reads numbers as texts (a ZIP written without quotes)', async () => {
    const file = writeTests(`- name: zip
  steps:
    - send: 79101
      expect: [988]
`);
    expect(readFlowTestFile(file).cases[0].steps[0]).toEqual({ send: '79101', expect: ['988'] });
  });

  it('picks the first line, cut after its first sentence when long, as the stable fragment', async () => {
    expect(stableFragment('Who is it for?\n1 Me')).toBe('Who is it for?');
    expect(
      stableFragment('Recovery Textline: free, confidential help finding support groups. Reply STOP to opt out.'),
    ).toBe('Recovery Textline: free, confidential help finding support groups.');
  });
});
