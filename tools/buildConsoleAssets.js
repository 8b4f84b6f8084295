// Bundles the console's page scripts (src/console/browser: CodeMirror 6 with its YAML mode, Mermaid, and the SMS
// arithmetic of src/flow/smsCost.ts and src/sms) and its style sheet into public/build/console, which the app serves
// at /console/assets. A step of `npm run build` (so `npm start` serves them), plain node so a production install
// builds too; nothing is fetched from a CDN or the network at run time. Tests call buildConsoleAssets() too.
const { copyFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { build } = require('esbuild');

const ROOT = join(__dirname, '..');
const BROWSER = join(ROOT, 'src', 'console', 'browser');
/** The same folder src/console/staffConsole.ts serves (CONSOLE_ASSETS_DIR). */
const OUTDIR = join(ROOT, 'public', 'build', 'console');
const PAGES = ['texts', 'flowEditor', 'diagram', 'simulator', 'publish', 'revisions'];

/** Builds every page script (ES modules, shared code split into chunks) and copies the CSS; resolves with the folder. */
async function buildConsoleAssets(outdir = OUTDIR) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: PAGES.map((p) => join(BROWSER, `${p}.ts`)),
    outdir,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2020',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    legalComments: 'none',
  });
  copyFileSync(join(BROWSER, 'console.css'), join(outdir, 'console.css'));
  return outdir;
}

/** Where the directory and numbers sections serve their bundles from (src/console/sections/sectionKit.ts). */
const SECTIONS_OUTDIR = join(ROOT, 'dist', 'console-assets');
/** Output name -> browser entry of a console section. */
const SECTION_ENTRIES = {
  directory: 'src/console/sections/directory/browser/directory.ts',
  preview: 'src/console/sections/directory/browser/preview.ts',
  programs: 'src/console/sections/directory/browser/programs.ts',
  numbers: 'src/console/sections/numbers/browser/numbers.ts',
};

/** Builds the sections' scripts (one self-contained file each) and uPlot's style sheet; resolves with the folder. */
async function buildSectionAssets(outdir = SECTIONS_OUTDIR) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(SECTION_ENTRIES).map(([name, file]) => [name, join(ROOT, file)])),
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    logLevel: 'warning',
  });
  copyFileSync(join(ROOT, 'node_modules', 'uplot', 'dist', 'uPlot.min.css'), join(outdir, 'numbers.css'));
  return outdir;
}

module.exports = { buildConsoleAssets, buildSectionAssets };

if (require.main === module) {
  const started = Date.now();
  Promise.all([buildConsoleAssets(), buildSectionAssets()]).then(
    (dirs) => console.log(`console assets built in ${dirs.join(' and ')} (${Date.now() - started} ms)`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
