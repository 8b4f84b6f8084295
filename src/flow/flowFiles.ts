import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** File name endings a flow file may have. */
const FLOW_EXTENSIONS = new Set(['.yaml', '.yml']);

/**
 * The flow files in a folder: its own `*.yaml` / `*.yml`, sorted, not its subfolders (so
 * `flows/tests/` and `flows/diagrams/` are never taken for flows). Throws when the folder cannot be read.
 */
export function listFlowFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && FLOW_EXTENSIONS.has(extname(e.name).toLowerCase()) && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}

/**
 * Expands paths given on a command line: a folder becomes its flow files, a file stays itself (missing ones
 * too, so the checker reports them).
 */
export function expandFlowPaths(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    try {
      if (statSync(p).isDirectory()) return listFlowFiles(p);
    } catch {
      // A path that does not exist is left for the checker to report as unreadable.
    }
    return [p];
  });
}

/**
 * The flow files of a set held in memory (a stored revision: path -> YAML): its top-level `*.yaml` / `*.yml`,
 * sorted, as listFlowFiles takes them from a folder (`tests/...` and dot files are not flows).
 */
export function flowPathsOf(files: Readonly<Record<string, string>>): string[] {
  return Object.keys(files)
    .filter((p) => !p.includes('/') && /\.ya?ml$/i.test(p) && !p.startsWith('.'))
    .sort();
}
