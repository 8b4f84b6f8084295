/**
 * One problem the flow checker found, pinned to a place in a flow file. Staff read these, so the
 * message always says what is wrong and what to do about it.
 */
export interface Finding {
  /** The file as it was named to the checker (relative paths stay relative). */
  file: string;
  /** 1-based line and column in that file. */
  line: number;
  column: number;
  /** An error refuses the flow set; a warning is worth a look but does not stop anything. */
  severity: 'error' | 'warning';
  /** A short stable name of the rule, e.g. `unknown-node`; flows/README.md lists them all. */
  rule: string;
  /** What is wrong and what to do, in plain words. */
  message: string;
}

/** Formats a finding the way editors and CI logs understand: `file:line:col severity rule: message`. */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`;
}

/** True when any finding is an error (warnings alone never refuse a flow). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Sorts findings by file, then line, then column, so output reads top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
