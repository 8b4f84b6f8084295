import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The folders of src/ are the data path, and no folder imports one above it: the flow definition
 * can be read (and checked by the console) without the runtime, and the text helpers serve both.
 */
const SRC = resolve(__dirname, '..', '..', 'src');

/** Folders each folder must never import from. */
const FORBIDDEN: Record<string, string[]> = {
  text: ['flow', 'engine', 'inbox', 'http', 'store', 'directory', 'understand', 'console'],
  sms: ['flow', 'engine', 'inbox', 'http', 'store', 'directory', 'understand', 'console'],
  flow: ['engine', 'inbox', 'http', 'store', 'console', 'flowStore'],
  flowStore: ['inbox', 'http', 'console', 'store'],
  engine: ['inbox', 'http', 'console'],
  directory: ['engine', 'inbox', 'http', 'console'],
  analytics: ['http', 'console', 'store'],
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function importedFolders(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const folders: string[] = [];
  for (const m of source.matchAll(/(?:from|import|require)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = relative(SRC, resolve(file, '..', m[1]));
    if (!target.startsWith('..')) folders.push(target.split('/')[0]);
  }
  return folders;
}

describe('the layers of src/', () => {
  for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
    it(`src/${folder} imports nothing from ${forbidden.join(', ')}`, () => {
      const offending = tsFiles(join(SRC, folder)).flatMap((file) =>
        importedFolders(file)
          .filter((f) => forbidden.includes(f))
          .map((f) => `${relative(SRC, file)} -> ${f}/`),
      );
      expect(offending).toEqual([]);
    });
  }
});

describe('who reads the environment', () => {
  const ROOT = resolve(SRC, '..');
  const readers = (dir: string) =>
    tsFiles(join(ROOT, dir))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));

  it('only src/config.ts reads process.env in src/', () => {
    expect(readers('src')).toEqual(['src/config.ts']);
  });

  it('the tools read their settings through tools/toolSettings.ts alone', () => {
    expect(readers('tools')).toEqual(['tools/toolSettings.ts']);
  });
});
