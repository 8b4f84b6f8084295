import { join } from 'node:path';
import { diagramMarkdown, flowToMermaid } from '../../src/flow/flowDiagram';
import { parseFlowFile } from '../../src/flow/flowParser';

const valid = parseFlowFile(join(__dirname, 'fixtures', 'valid.yaml')).flow!;

describe('flowToMermaid', () => {
  const chart = flowToMermaid(valid);

  it('draws every node once, questions as diamonds and endings as rounded boxes', () => {
    expect(chart.startsWith('flowchart TD\n')).toBe(true);
    expect(chart).toContain('n_who{"who: Who is it for? 1 Me 2 Someone else"}');
    expect(chart).toContain('n_done(["done: Thanks. Reply NEW to start over."])');
    expect(chart).toContain('n_welcome["welcome: Welcome to the meeting finder."]');
  });

  it('labels routes with their answers, misses dashed, and links keywords to their node', () => {
    expect(chart).toContain('start((start)) --> n_welcome');
    expect(chart).toContain('n_who -->|"1 / me, myself"| n_ready');
    expect(chart).toContain('n_who -.->|"other, after 2 retries"| n_fallback');
    expect(chart).toContain('n_ready -->|"yes"| n_done');
    expect(chart).toContain('k_restart --> n_welcome');
    expect(chart).toContain('k_crisis(["crisis: ...suicide..., ...not breathing..."])');
  });

  it('keeps placeholders and quotes from breaking the Mermaid syntax', () => {
    expect(chart).toContain('Ready for meetings for [audience]?');
    const quoted = flowToMermaid({ ...valid, nodes: { ...valid.nodes, done: { say: 'Say "hi" | <b>', end: true } } });
    expect(quoted).toContain('n_done(["done: Say #quot;hi#quot;   #lt;b#gt;"])');
  });

  it('wraps the chart in a Markdown page naming its source', () => {
    const page = diagramMarkdown('valid', valid, 'flows/valid.yaml');
    expect(page).toContain('```mermaid\nflowchart TD');
    expect(page).toContain('from `flows/valid.yaml`');
  });
});

describe('npm run flows:diagram', () => {
  it('writes diagrams/<flow>.md beside the flow and prints it; a broken flow gets no diagram and exit 1', () => {
    const { mkdtempSync, copyFileSync, readFileSync, existsSync, rmSync } =
      require('node:fs') as typeof import('node:fs');
    const { runFlowsDiagram } = require('../../src/cli/flowsDiagram') as typeof import('../../src/cli/flowsDiagram');
    const dir = mkdtempSync(join(require('node:os').tmpdir(), 'diagram-'));
    try {
      copyFileSync(join(__dirname, 'fixtures', 'valid.yaml'), join(dir, 'recovery.yaml'));
      const out: string[] = [];
      expect(runFlowsDiagram([], (t) => out.push(t), dir)).toBe(0);
      const page = readFileSync(join(dir, 'diagrams', 'recovery.md'), 'utf8');
      expect(page).toContain('```mermaid\nflowchart TD');
      expect(out[0]).toBe(page);
      copyFileSync(join(__dirname, 'fixtures', 'not-yaml.yaml'), join(dir, 'broken.yaml'));
      expect(runFlowsDiagram([join(dir, 'broken.yaml')], () => undefined, dir)).toBe(1);
      expect(existsSync(join(dir, 'diagrams', 'broken.md'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
