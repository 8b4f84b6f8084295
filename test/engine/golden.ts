import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Golden files are (re)written only when asked: `npm run test:golden` sets this, and never under CI. */
const UPDATE = process.env.UPDATE_GOLDEN === '1' && process.env.CI !== 'true';

/**
 * Golden transcripts: the whole conversation, compared with test/engine/golden/<name>.txt.
 * A missing or different file fails the test. After an intended change of wording, run
 * `npm run test:golden` to rewrite the files, then read the diff before committing it.
 */
export function expectGolden(name: string, transcript: string): void {
  const file = join(__dirname, 'golden', `${name}.txt`);
  if (UPDATE) {
    writeFileSync(file, `${transcript}\n`);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file ${file} is missing: run \`npm run test:golden\` to write it, then review it`);
  }
  expect(transcript).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
}
