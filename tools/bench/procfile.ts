import { readFileSync } from 'node:fs';

/** A Procfile line this project cannot start the way the platform would. */
export class ProcfileError extends Error {
  override readonly name = 'ProcfileError';
}

/**
 * The arguments Node gets for a Procfile process type, e.g. `web: node --flag dist/server.js`
 * gives `['--flag', 'dist/server.js']`. The bench starts the real server from these, so what it
 * measures is what the platform runs (Node flags included), not a copy that could drift.
 */
export function nodeArgsOf(procfileText: string, processType = 'web'): string[] {
  for (const raw of procfileText.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#') || !line.startsWith(`${processType}:`)) continue;
    const words = line
      .slice(processType.length + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (words[0] !== 'node' || words.length < 2) {
      throw new ProcfileError(`Procfile "${processType}" must be "node [flags] script", found "${line}"`);
    }
    return words.slice(1);
  }
  throw new ProcfileError(`Procfile has no "${processType}:" line`);
}

/** nodeArgsOf for the Procfile at `path` (default: the project's own). */
export function nodeArgsFromProcfile(path = 'Procfile', processType = 'web'): string[] {
  return nodeArgsOf(readFileSync(path, 'utf8'), processType);
}
