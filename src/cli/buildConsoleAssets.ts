/**
 * npm run build (after tsc): bundles the console sections' browser scripts with esbuild into
 * dist/console-assets/ (git-ignored), so pages load same-origin scripts only (no CDN, no inline script) and
 * nothing is fetched at run time. Add a section's entries to ENTRIES.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'dist', 'console-assets');

/** Output name -> browser entry file. */
const ENTRIES: Record<string, string> = {
  directory: 'src/console/sections/directory/browser/directory.ts',
  preview: 'src/console/sections/directory/browser/preview.ts',
  numbers: 'src/console/sections/numbers/browser/numbers.ts',
};

/** Files copied as they are (name in OUT -> file). */
const COPIES: Record<string, string> = {
  'numbers.css': 'node_modules/uplot/dist/uPlot.min.css',
};

/** Builds every bundle into `outDir` (default dist/console-assets); resolves when all are written. */
export async function buildConsoleAssets(outDir: string = OUT): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    logLevel: 'warning',
  });
  for (const [name, file] of Object.entries(COPIES)) copyFileSync(join(ROOT, file), join(outDir, name));
}

if (require.main === module) {
  buildConsoleAssets().then(
    () => console.log(`console assets built in ${OUT}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
