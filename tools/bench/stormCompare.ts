import { STORM_UNITS, builtUnderstanding } from './understandCost';

/**
 * The understanding step's storms (understandCost's 1,600-character texts), read by two builds turn by turn in one
 * process, each storm's median of nine in ms:
 *
 *   npx tsx tools/bench/stormCompare.ts /tmp/old-worktree /work/main
 *
 * Both folders need `npm run build` (the built modules, as production runs them). Turn by turn, the machine's swings
 * fall on both builds alike, so a storm made slower or faster by a change shows against its base.
 */
function main(roots: string[]): void {
  if (roots.length < 2) throw new Error('usage: stormCompare.ts <base build> <new build>');
  const readers = roots.map(builtUnderstanding);
  process.stdout.write(`storm                     ${roots.join('  |  ')}\n`);
  for (const unit of STORM_UNITS) {
    const storm = unit.repeat(Math.ceil(1600 / unit.length)).slice(0, 1600);
    const runs: number[][] = readers.map(() => []);
    for (let i = 0; i < 9; i++) {
      readers.forEach((read, k) => {
        // A new text each read (trailing spaces and the build's number), so no reading is reused.
        const text = `${storm.slice(0, 1600 - (i % 5) - 2)}${' '.repeat((i % 5) + 1)}${k}`;
        const started = process.hrtime.bigint();
        read(text, 'en');
        runs[k].push(Number(process.hrtime.bigint() - started) / 1e6);
      });
    }
    const medians = runs.map((r) => r.sort((a, b) => a - b)[4].toFixed(2));
    process.stdout.write(`${JSON.stringify(unit).padEnd(26)}${medians.join('  ')}\n`);
  }
}

main(process.argv.slice(2));
