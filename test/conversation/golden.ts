import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Golden files are written only when asked: `UPDATE_GOLDEN=1 npx jest ...`, and never under CI=true. */
const UPDATE = process.env.UPDATE_GOLDEN === '1' && process.env.CI !== 'true';

/**
 * Golden transcripts: the whole conversation, compared with test/conversation/golden/<name>.txt.
 * After an intended change of wording, run the test with UPDATE_GOLDEN=1 to write the files, then
 * review the diff; a missing file fails the test otherwise.
 */
export function expectGolden(name: string, transcript: string): void {
  const file = join(__dirname, 'golden', `${name}.txt`);
  if (UPDATE) {
    writeFileSync(file, `${transcript}\n`);
    return;
  }
  if (!existsSync(file)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 to write it, then review it`);
  expect(transcript).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
}
