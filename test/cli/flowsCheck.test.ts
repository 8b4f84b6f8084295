import { join, relative } from 'node:path';
import { runFlowsCheck } from '../../src/cli/flowsCheck';

const fixtures = join(__dirname, '..', 'flow', 'fixtures');
const run = (args: string[]) => {
  const lines: string[] = [];
  const code = runFlowsCheck(args, (l) => lines.push(l), join(__dirname, '..', '..', 'flows'));
  return { code, lines };
};

describe('npm run flows:check', () => {
  it('passes the shipped flows (the default folder) with exit 0', () => {
    const { code, lines } = run([]);
    expect(code).toBe(0);
    expect(lines[lines.length - 1]).toMatch(/^\d+ flow files? checked: 0 errors, \d+ warnings?\. OK\.$/);
  });

  it('prints file:line:col severity rule: message and exits 1 on an error', () => {
    const { code, lines } = run([join(fixtures, 'unknown-node.yaml')]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `${relative(process.cwd(), join(fixtures, 'unknown-node.yaml'))}:49:15 error unknown-node: node \`who\`, route 2, \`goto\` goes to \`redy\`, but there is no node of that name (did you mean \`ready\`?). Fix the name, or add a node \`redy:\` under \`nodes\`.`,
    );
    expect(lines[1]).toContain('1 flow file checked: 1 error, 0 warnings. Fix the errors above');
  });

  it('exits 0 when there are only warnings', () => {
    const { code, lines } = run([join(fixtures, 'unreachable.yaml')]);
    expect(code).toBe(0);
    expect(lines[0]).toContain('warning unreachable');
  });

  it('exits 1 for a path with no flow files or a missing file', () => {
    expect(run([join(fixtures, 'nope.yaml')]).code).toBe(1);
  });
});
