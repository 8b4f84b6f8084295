import { writeFileSync } from 'node:fs';
import { Session as InspectorSession } from 'node:inspector';
import type { Session } from '../../src/engine/types';
import { openStepEngine } from './stepEngine';
import { CONVERSATION } from './webhookLoad';

/**
 * Where one text of the bench conversation spends its step, as the bench steps it (the seven texts in turns):
 *
 *   npx tsx tools/bench/stepTextProfile.ts 2|all [--blocks] [--out=step-text.cpuprofile]
 *
 * profiles the conversation with V8's sampling profiler and keeps only the samples taken while text 2 ("he drinks
 * every night") steps, so the profile (open it in Chrome DevTools, Performance, "Load profile") is that text's
 * alone, with the others' cold-cache cost on it as in the bench (`all` keeps every text's: the whole mix).
 * `--blocks` steps that text alone again and again
 * instead (its text alternately with a trailing space: the engine keeps the last text's reading, and the same text
 * twice in a row would be read once). The profiler's clock and process.hrtime are both monotonic, so the marks
 * line up with the samples (the stderr line says how well: the share of samples kept against the share of time).
 */
async function main(target: number, blocks: boolean, out: string): Promise<void> {
  const { engine, close } = await openStepEngine(process.cwd(), 'flows');
  // Wednesday evening in Amarillo, as stepBench.
  const now = new Date('2026-12-02T19:00:00-06:00');
  // Each text's stored session as the conversation reaches it, through JSON as the store keeps it.
  const stored: Array<string | undefined> = [];
  let session: Session | undefined;
  for (const text of CONVERSATION) {
    stored.push(session && JSON.stringify(session));
    session = engine.step({ session, optedOut: false, text, now }).session;
  }
  const marks: Array<[number, number]> = [];
  let flip = false;
  const stepOne = (k: number, mark: boolean): void => {
    const from = stored[k] === undefined ? undefined : (JSON.parse(stored[k] as string) as Session);
    flip = !flip;
    const text = blocks && flip ? `${CONVERSATION[k]} ` : CONVERSATION[k];
    const started = process.hrtime.bigint();
    engine.step({ session: from, optedOut: false, text, now });
    if (mark) marks.push([Number(started / 1000n), Number(process.hrtime.bigint() / 1000n)]);
  };
  const round = (mark: boolean) => {
    if (blocks) stepOne(target, mark);
    else for (let k = 0; k < CONVERSATION.length; k++) stepOne(k, mark && (target === ALL || k === target));
  };
  for (let i = 0; i < 300; i++) round(false); // warm: compiled flow, caches, JIT

  const inspector = new InspectorSession();
  inspector.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) =>
      inspector.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 50 });
  await post('Profiler.start');
  for (let i = 0; i < 4000; i++) round(true);
  const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
  const taken = profile.samples.length;
  const kept = onlyMarked(profile, marks);
  const markedUs = marks.reduce((sum, [from, to]) => sum + to - from, 0);
  process.stderr.write(
    `"${target === ALL ? 'every text' : CONVERSATION[target]}": ${kept} of ${taken} samples kept; ` +
      `${((100 * markedUs) / (profile.endTime - profile.startTime)).toFixed(1)}% of the time marked; ` +
      `${(markedUs / marks.length).toFixed(1)} µs per step (profiled)\n`,
  );
  inspector.disconnect();
  writeFileSync(out, JSON.stringify(profile));
  process.stdout.write(`${out}\n`);
  close();
}

/** A V8 CPU profile as the inspector returns it: the fields this tool reads and rewrites. */
interface CpuProfile {
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Keeps, in place, only the samples taken inside one of the marks (µs, the monotonic clock); returns how many. */
function onlyMarked(profile: CpuProfile, marks: ReadonlyArray<[number, number]>): number {
  const samples: number[] = [];
  const deltas: number[] = [];
  let at = profile.startTime;
  let last = profile.startTime;
  let m = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    while (m < marks.length && marks[m][1] < at) m++;
    if (m < marks.length && marks[m][0] <= at) {
      samples.push(profile.samples[i]);
      deltas.push(at - last);
      last = at;
    }
  }
  profile.samples = samples;
  profile.timeDeltas = deltas;
  return samples.length;
}

/** The target that keeps every text's samples: the whole conversation's step, as the bench's mix weighs it. */
const ALL = -1;

if (require.main === module) {
  const target = process.argv[2] === 'all' ? ALL : Number(process.argv[2] ?? 2);
  if (
    !Number.isInteger(target) ||
    target < ALL ||
    target >= CONVERSATION.length ||
    (target === ALL && process.argv.includes('--blocks'))
  ) {
    process.stderr.write(`usage: stepTextProfile.ts <0..${CONVERSATION.length - 1}|all> [--blocks] [--out=file]\n`);
    process.exit(2);
  }
  const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'step-text.cpuprofile';
  main(target, process.argv.includes('--blocks'), out).catch((err: unknown) => {
    process.stderr.write(`stepTextProfile: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
