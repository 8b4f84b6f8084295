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

module.exports = { buildConsoleAssets };

if (require.main === module) {
  const started = Date.now();
  buildConsoleAssets().then(
    (dir) => console.log(`console assets built in ${dir} (${Date.now() - started} ms)`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
