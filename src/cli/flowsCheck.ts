/**
 * `npm run flows:check -- [paths...]`: checks flow files (default: the FLOWS_DIR folder) and prints
 * one `file:line:col severity rule: message` line per finding, then a summary. Exits 1 on any
 * error; warnings alone exit 0. flows/tests and flows/diagrams are not flows and are skipped. The
 * crisis corpora (FLOWS_DIR/safety, else the shipped flows/safety) run against every flow checked.
 */
import { runtimeCheckOptions } from '../engine/runtimeCheck';
import { join, relative } from 'node:path';
import { loadConfig } from '../config';
import { formatFinding, type Finding } from '../flow/finding';
import { checkFlows } from '../flow/flowChecker';
import { loadCrisisCorpora } from '../flow/crisisCorpus';
import { expandFlowPaths } from '../flow/flowFiles';

/** Runs the check and returns the exit code; output goes to `write`. */
export function runFlowsCheck(args: readonly string[], write: (line: string) => void, flowsDir: string): number {
  // The corpora next to the flows being served, else the ones shipped with the line.
  const corpora = loadCrisisCorpora(join(flowsDir, 'safety')) ?? loadCrisisCorpora();
  const paths = args.length > 0 ? args : [flowsDir];
  const files = expandFlowPaths(paths);
  if (files.length === 0) {
    write(`No flow files found in ${paths.join(', ')}. Flow files end in .yaml.`);
    return 1;
  }
  const findings = checkFlows(files, { ...runtimeCheckOptions, crisisCorpora: corpora }).map(shortenPath);
  for (const f of findings) write(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const verdict =
    errors > 0
      ? 'Fix the errors above: the server refuses a flow set with errors and keeps serving the last good one.'
      : 'OK.';
  write(
    `${files.length} flow file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. ${verdict}`,
  );
  return errors > 0 ? 1 : 0;
}

/** Paths relative to where the command runs, as editors and staff expect. */
function shortenPath(f: Finding): Finding {
  const rel = relative(process.cwd(), f.file);
  return { ...f, file: rel && !rel.startsWith('..') ? rel : f.file };
}

if (require.main === module) {
  const config = loadConfig();
  process.exitCode = runFlowsCheck(process.argv.slice(2), (line) => console.log(line), config.flowsDir);
}
