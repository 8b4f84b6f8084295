import { readFileSync } from 'node:fs';
import { nodeArgsFromProcfile, nodeArgsOf, ProcfileError } from '../../../tools/bench/procfile';

describe('nodeArgsOf', () => {
  it('reads Node flags and the script of a process type, skipping comments and other types', () => {
    const text = '# the line\nworker: node dist/worker.js\nweb:   node --max-semi-space-size=32  dist/server.js\r\n';
    expect(nodeArgsOf(text)).toEqual(['--max-semi-space-size=32', 'dist/server.js']);
    expect(nodeArgsOf(text, 'worker')).toEqual(['dist/worker.js']);
  });

  it('refuses a missing type and a command that is not node', () => {
    expect(() => nodeArgsOf('worker: node x.js')).toThrow(ProcfileError);
    expect(() => nodeArgsOf('web: npm start')).toThrow(/node \[flags\] script/);
    expect(() => nodeArgsOf('web: node')).toThrow(ProcfileError);
  });
});

describe("the project's Procfile", () => {
  it('starts the built server, and `npm start` runs the very same command', () => {
    const args = nodeArgsFromProcfile();
    expect(args[args.length - 1]).toBe('dist/server.js');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(['node', ...args].join(' '));
  });
});
