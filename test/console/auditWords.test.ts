import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_WORDS } from '../../src/console/auditSection';

/** Every file under `dir`, its sub-folders' too. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the Audit page in plain words', () => {
  it('has words for every action the console logs, so no row reads only as a code', () => {
    const src = join(__dirname, '..', '..', 'src');
    const logged = new Set<string>();
    for (const file of [...filesUnder(join(src, 'console')), join(src, 'cli', 'staff.ts')].filter((f) =>
      f.endsWith('.ts'),
    ))
      for (const m of readFileSync(file, 'utf8').matchAll(/action: '([a-z.]+)'/g)) logged.add(m[1]);
    // Written as a variable in flowsSection (publish or rollback), so named here.
    logged.add('flow.rollback');
    expect(logged.size).toBeGreaterThan(15);
    expect([...logged].filter((action) => !ACTION_WORDS[action]).sort()).toEqual([]);
  });
});
