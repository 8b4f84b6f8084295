/**
 * Bundles the console's page scripts (src/console/browser: CodeMirror 6 with its YAML mode, Mermaid, and the SMS
 * arithmetic of src/sms) and its style sheet into public/build/console, which the app serves at /console/assets.
 * `npm run build` runs it, so `npm start` serves them; nothing is fetched from a CDN or the network at run time.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CONSOLE_ASSETS_DIR } from '../src/console/staffConsole';

const BROWSER = join(__dirname, '..', 'src', 'console', 'browser');
const PAGES = ['texts', 'flowEditor', 'diagram', 'simulator', 'publish', 'revisions'];

/** Builds every page script (ES modules, shared code split into chunks) and copies the CSS; returns the folder. */
export async function buildConsoleAssets(outdir = CONSOLE_ASSETS_DIR): Promise<string> {
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

if (require.main === module) {
  const started = Date.now();
  buildConsoleAssets().then(
    (dir) => console.log(`console assets built in ${dir} (${Date.now() - started} ms)`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
