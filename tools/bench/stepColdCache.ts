import type { Session } from '../../src/engine/types';
import { openStepEngine } from './stepEngine';
import { CONVERSATION } from './webhookLoad';

/**
 * How much of the conversation step's cost is memory rather than work: the bench's conversations
 * stepped in this process as `stepBench` steps them, in turns of four kinds, one conversation each:
 *
 *   npx tsx tools/bench/stepColdCache.ts [--conversations=600] [--sweep-mb=8]
 *
 * - `back to back`: step after step, as stepBench runs them (the engine's code and data stay cached);
 * - `after a sweep`: each step after reading `--sweep-mb` of other memory, as a server's HTTP,
 *   Redis and log work, and other processes, push the engine out of the caches between two texts;
 * - `after garbage`: each step after allocating about a megabyte of short-lived objects, as a
 *   server's request handling does;
 * - `after a pause`: each step 2 ms after the last, the core idle between, as a quiet line's texts.
 *
 * Built to answer why every engine function costs about three times in the server what it costs
 * in stepBench (docs/benchmarks.md, the thirty-seventh and thirty-eighth rounds). Turn by turn, the
 * machine's drift falls on every kind alike: read the kinds against each other.
 */

/** One way of spending the time between two texts. */
interface Between {
  name: string;
  run: () => void | Promise<void>;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** What the sweep and the garbage leave behind, written out at the end so no compiler drops them as unused. */
let sink = 0;

/** The four kinds of time between texts; the sweep reads one number per 64-byte line of `sweepMb`. */
function betweens(sweepMb: number): Between[] {
  const memory = new Float64Array((sweepMb * 1024 * 1024) / 8);
  return [
    { name: 'back to back', run: () => undefined },
    {
      name: `after a ${sweepMb} MB sweep`,
      run: () => {
        for (let i = 0; i < memory.length; i += 8) sink += memory[i]++;
      },
    },
    {
      name: 'after garbage',
      run: () => {
        const objects: Array<{ i: number; s: string }> = [];
        for (let i = 0; i < 20_000; i++) objects.push({ i, s: `x${i}` });
        sink += objects.length;
      },
    },
    { name: 'after a 2 ms pause', run: () => new Promise<void>((resolve) => setTimeout(resolve, 2)) },
  ];
}

async function main(conversations: number, sweepMb: number): Promise<void> {
  const { engine, close } = await openStepEngine(process.cwd(), 'flows');
  // Wednesday evening in Amarillo, as stepBench.
  const now = new Date('2026-12-02T19:00:00-06:00');
  const kinds = betweens(sweepMb);
  const timings = kinds.map((): number[] => []);
  const warm = 300;
  try {
    for (let round = 0; round < warm + conversations; round++) {
      for (const [k, kind] of kinds.entries()) {
        let session: Session | undefined;
        for (const text of CONVERSATION) {
          await kind.run();
          const started = process.hrtime.bigint();
          const out = engine.step({ session, optedOut: false, text, now });
          if (round >= warm) timings[k].push(Number(process.hrtime.bigint() - started) / 1000);
          // Through JSON between texts, as the store keeps it (not timed).
          session = out.session === undefined ? undefined : (JSON.parse(JSON.stringify(out.session)) as Session);
        }
      }
    }
  } finally {
    close();
  }
  const base = median(timings[0]);
  const rows = kinds.map((kind, k) => ({
    between: kind.name,
    step_p50_us: Math.round(median(timings[k]) * 10) / 10,
    step_mean_us: Math.round(mean(timings[k]) * 10) / 10,
    p50_times_back_to_back: Math.round((median(timings[k]) / base) * 100) / 100,
  }));
  process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
  process.stderr.write(`(sink ${sink > 0 ? 'kept' : 'empty'})\n`);
}

/** `--name=value` from the command line, as a number. */
function numberArg(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

void main(numberArg('conversations', 600), numberArg('sweep-mb', 8));
