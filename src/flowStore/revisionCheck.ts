import { checkFlows, type CheckOptions } from '../flow/flowChecker';
import { formatFinding, type Finding } from '../flow/finding';
import { isFlowPath } from './flowFolderFiles';
import type { FlowFiles, RevisionCheck } from './flowRevisionStore';

/** How many finding lines a revision keeps in its summary. */
const SUMMARY_LINES = 5;

/** Runs the server's own checker over a revision's flow files; findings name the revision's paths (file:line:col). */
export function checkRevisionFiles(files: FlowFiles, options: CheckOptions): Finding[] {
  const flows = Object.keys(files)
    .filter(isFlowPath)
    .sort()
    .map((path) => ({ file: path, source: files[path] }));
  if (flows.length === 0) {
    return [
      {
        file: '.',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'no-flows',
        message: 'The revision holds no flow file (a top-level .yaml).',
      },
    ];
  }
  return checkFlows(flows, options);
}

/** The counts and first lines of a check, as a revision stores them. */
export function summariseCheck(findings: readonly Finding[]): RevisionCheck {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    errors: errors.length,
    warnings: findings.length - errors.length,
    summary: [...errors, ...findings.filter((f) => f.severity !== 'error')].slice(0, SUMMARY_LINES).map(formatFinding),
  };
}
