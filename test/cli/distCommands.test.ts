import { execFile, execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The operator commands as a production install runs them: compiled by the build
 * (tsconfig.build.json) and run with node, no tsx. The build goes to a temporary folder inside
 * the repo, so the compiled files find node_modules as dist/ would.
 */
const REPO = join(__dirname, '..', '..');
const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function node(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: REPO, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('operator commands built into dist/', () => {
  const cache = join(REPO, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'dist-test-'));
  const tmp = mkdtempSync(join(cache, 'dist-test-feeds-'));
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  });

  beforeAll(() => {
    const tsc = require.resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', join(REPO, 'tsconfig.build.json'), '--outDir', out], {
      cwd: REPO,
      stdio: 'pipe',
    });
  }, 240_000);

  it('holds the product and its operator commands, and no tools, bench or synthetic-data code', () => {
    const files = filesUnder(out).map((f) => relative(out, f));
    expect(files).toEqual(expect.arrayContaining(['server.js', 'cli/flowsCheck.js', 'cli/directoryImport.js']));
    expect(files.filter((f) => /bench|tools|synthetic|generat|chat/i.test(f))).toEqual([]);
    const js = files.filter((f) => f.endsWith('.js'));
    // Nothing compiled loads a tool, the load generator or tsx.
    const loadsTools = /require\("[^"]*(?:tools\/|autocannon|tsx|\/bench)/;
    const mentions = js.filter((f) => loadsTools.test(readFileSync(join(out, f), 'utf8')));
    expect(mentions).toEqual([]);
  });

  it('needs only production dependencies (what `npm ci --omit=dev` installs)', () => {
    const builtins = new Set(builtinModules);
    const needed = new Set<string>();
    for (const f of filesUnder(out).filter((x) => x.endsWith('.js'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)) {
        const name = m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0];
        if (!name.startsWith('node:') && !builtins.has(name)) needed.add(name);
      }
    }
    expect([...needed].filter((n) => !(n in PKG.dependencies)).sort()).toEqual([]);
    // The build itself runs on a production install: tsc and the types it needs are dependencies,
    // and every step of `npm run build` is node or tsc (tsx, esbuild and the like are dev tools).
    expect(Object.keys(PKG.dependencies)).toEqual(
      expect.arrayContaining(['typescript', '@types/node', '@types/express']),
    );
    const steps = PKG.scripts.build.split('&&').map((step) => step.trim().split(/\s+/)[0]);
    expect(steps.filter((tool) => tool !== 'tsc' && tool !== 'node')).toEqual([]);
  });

  it('runs flows:check with node: the shipped flows pass, a broken file exits 1 with file:line:col', async () => {
    const ok = await node(join(out, 'cli', 'flowsCheck.js'), []);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n').pop()).toMatch(/^1 flow file checked: 0 errors, \d+ warnings?\. OK\.$/);
    const bad = await node(join(out, 'cli', 'flowsCheck.js'), [join('test', 'flow', 'fixtures', 'unknown-node.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('test/flow/fixtures/unknown-node.yaml:49:15 error unknown-node:');
  });

  it('runs directory:import with node: a real feed comes in, a feed rejected whole exits 1 naming --program', async () => {
    const feed = join('test', 'fixtures', 'feeds', 'aa-amarillo-tx.meeting-guide.json');
    const ok = await node(join(out, 'cli', 'directoryImport.js'), [feed]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/aa-amarillo-tx\.meeting-guide\.json: 594 meeting\(s\) imported as aa, 1 rejected/);
    const rejected = join(tmp, 'towns-only.json');
    writeFileSync(rejected, JSON.stringify([{ slug: 'x', name: 'A town', day: 1, time: '19:00', city: 'Amarillo' }]));
    const none = await node(join(out, 'cli', 'directoryImport.js'), [rejected, '--program', 'na']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing imported');
    expect(none.stderr).toContain('--program na');
  });

  it('reads the place tables the build wrote, the same as built, and never a file from other code', async () => {
    const built = await node(join(out, 'cli', 'buildPlaces.js'), []);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^place tables: \d+ town names written to /);
    // In a fresh process, as a starting server reads them: the file's tables against tables built there.
    const probe = join(tmp, 'places-probe.js');
    writeFileSync(
      probe,
      `const { isDeepStrictEqual } = require('node:util');
const { prebuiltPlaces, prebuiltPlacesState } = require(${JSON.stringify(join(out, 'directory', 'prebuiltPlaces.js'))});
const { townsFromTables } = require(${JSON.stringify(join(out, 'directory', 'placeIndex.js'))});
const { postalCodes } = require(${JSON.stringify(join(out, 'directory', 'postalCodes.js'))});
const read = prebuiltPlaces();
const towns = read && townsFromTables();
console.log(JSON.stringify({
  read: Boolean(read),
  sameTowns: Boolean(read) && isDeepStrictEqual(read.towns, towns) && isDeepStrictEqual([...read.towns.keys()], [...towns.keys()]),
  lookup: postalCodes().lookup('79101')?.city,
  state: prebuiltPlacesState(),
}));`,
    );
    const readNow = async () => JSON.parse((await node(probe, [])).stdout) as Record<string, unknown>;
    expect(await readNow()).toEqual({ read: true, sameTowns: true, lookup: 'Amarillo', state: 'read' });
    // Code that builds the tables changed after the file was written (a bare tsc): the file is not read.
    const counties = join(out, 'directory', 'countyTowns.js');
    const code = readFileSync(counties, 'utf8');
    writeFileSync(counties, `${code}\n// changed\n`);
    expect(await readNow()).toEqual({ read: false, sameTowns: false, lookup: 'Amarillo', state: 'stale' });
    writeFileSync(counties, code);
    expect((await readNow()).read).toBe(true);
    // A truncated file is built around, not a crash.
    const file = join(out, 'directory', 'places.v8');
    writeFileSync(file, readFileSync(file).subarray(0, 1000));
    expect(await readNow()).toEqual({ read: false, sameTowns: false, lookup: 'Amarillo', state: 'unreadable' });
    rmSync(file);
    expect(await readNow()).toEqual({ read: false, sameTowns: false, lookup: 'Amarillo', state: 'missing' });
  });
});
