/**
 * `npm run flows:diagram -- [paths...]`: writes flows/diagrams/<flow>.md (a Mermaid flowchart any
 * git host shows as a picture) for each flow in FLOWS_DIR or the given files, and prints it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadConfig } from '../config';
import { formatFinding } from '../flow/finding';
import { diagramMarkdown } from '../flow/flowDiagram';
import { expandFlowPaths } from '../flow/flowFiles';
import { parseFlowFile } from '../flow/flowParser';

/** Writes one diagram per readable flow next to it (in `diagrams/`); returns the exit code. */
export function runFlowsDiagram(args: readonly string[], write: (text: string) => void, flowsDir: string): number {
  const files = expandFlowPaths(args.length > 0 ? args : [flowsDir]);
  let failed = 0;
  for (const file of files) {
    const parsed = parseFlowFile(file);
    if (!parsed.flow) {
      parsed.findings.forEach((f) => write(formatFinding(f)));
      write(`${file}: no diagram (fix the errors above first).`);
      failed++;
      continue;
    }
    const out = join(dirname(file), 'diagrams', `${parsed.id}.md`);
    mkdirSync(dirname(out), { recursive: true });
    const page = diagramMarkdown(parsed.id, parsed.flow, relative(process.cwd(), file));
    writeFileSync(out, page);
    write(page);
    write(`Wrote ${out}`);
  }
  if (files.length === 0) write('No flow files found.');
  return failed > 0 || files.length === 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = runFlowsDiagram(process.argv.slice(2), (t) => console.log(t), loadConfig().flowsDir);
}
