import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Golden transcripts: the whole conversation, compared with test/engine/golden/<name>.txt.
 * A missing file is written (commit it after reading it); after an intended change of wording,
 * delete the file and run the test again to regenerate it, then review the diff.
 */
export function expectGolden(name: string, transcript: string): void {
  const file = join(__dirname, 'golden', `${name}.txt`);
  if (!existsSync(file)) {
    writeFileSync(file, `${transcript}\n`);
    return;
  }
  expect(transcript).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
}
