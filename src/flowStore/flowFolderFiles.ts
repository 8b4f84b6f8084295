import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FlowFiles } from './flowRevisionStore';

const YAML = new Set(['.yaml', '.yml']);

/** Flow file paths of a revision (top level), as opposed to tests (`tests/...`). */
export function isFlowPath(path: string): boolean {
  return !path.includes('/') && YAML.has(extname(path).toLowerCase());
}

/** Test file paths of a revision (`tests/*.yaml`). */
export function isTestPath(path: string): boolean {
  return /^tests\/[^/]+$/.test(path) && YAML.has(extname(path).toLowerCase());
}

/** Reads a flows folder as a revision's files: its own YAML files and those of `tests/`. Throws when unreadable. */
export function readFlowFolder(dir: string): FlowFiles {
  const files: FlowFiles = {};
  const yamlIn = (sub: string): string[] => {
    try {
      return readdirSync(join(dir, sub), { withFileTypes: true })
        .filter((e) => e.isFile() && YAML.has(extname(e.name).toLowerCase()) && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort();
    } catch (err) {
      if (sub && (err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  };
  for (const name of yamlIn('')) files[name] = readFileSync(join(dir, name), 'utf8');
  for (const name of yamlIn('tests')) files[`tests/${name}`] = readFileSync(join(dir, 'tests', name), 'utf8');
  return files;
}
