import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built copy (dist/) of one of the line's modules, for the in-process measures: what
 * production runs. Under tsx every function is wrapped for its stack name (esbuild's keepNames),
 * which doubles the cost of code that makes closures per text, so timing the source through tsx
 * measures tsx. `bench` builds dist/ first; run `npm run build` before a measure on its own.
 */
export function builtModule<T>(root: string, sourcePath: string): T {
  const file = join(root, 'dist', sourcePath.replace(/^src\//, '').replace(/\.ts$/, ''));
  if (!existsSync(`${file}.js`)) throw new Error(`${file}.js is missing: run \`npm run build\` first`);
  return require(file) as T;
}
