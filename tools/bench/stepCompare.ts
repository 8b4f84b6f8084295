import type { Session } from '../../src/engine/types';
import { openStepEngine } from './stepEngine';
import { CONVERSATION } from './webhookLoad';

/**
 * Two (or more) builds' conversation steps compared in one process, one conversation each in turn:
 *
 *   npx tsx tools/bench/stepCompare.ts /tmp/old-worktree /work/main [--conversations=3000]
 *
 * Each root is a checkout with `npm run build` done (a `git worktree` of an older commit, with
 * node_modules linked). The machines this line is measured on change speed by two or three times
 * within minutes, so two `stepBench` runs one after the other can disagree by more than a change
 * does; turn by turn, the drift falls on every build alike. The numbers run higher than
 * `stepBench`'s (each build's code competes for the same caches): compare the builds, not the
 * figures with the bench's. Run it both ways round (A B, then B A) before believing a difference.
 */
async function engineAt(root: string) {
  // The bundled directory is read relative to the working directory: each build reads its own.
  process.chdir(root);
  return { root, ...(await openStepEngine(root, `${root}/flows`)) };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(roots: readonly string[], conversations: number): Promise<void> {
  const builds = [];
  for (const root of roots) builds.push(await engineAt(root));
  // Wednesday evening in Amarillo, as stepBench.
  const now = new Date('2026-12-02T19:00:00-06:00');
  const timings = builds.map(() => CONVERSATION.map((): number[] => []));
  const warm = 300;
  for (let round = 0; round < warm + conversations; round++) {
    for (const [b, build] of builds.entries()) {
      let session: Session | undefined;
      for (const [k, text] of CONVERSATION.entries()) {
        const started = process.hrtime.bigint();
        const out = build.engine.step({ session, optedOut: false, text, now });
        if (round >= warm) timings[b][k].push(Number(process.hrtime.bigint() - started) / 1000);
        // Through JSON between texts, as the store keeps it (not timed).
        session = out.session === undefined ? undefined : (JSON.parse(JSON.stringify(out.session)) as Session);
      }
    }
  }
  for (const [b, build] of builds.entries()) {
    const byText = CONVERSATION.map((text, k) => `${text}: ${median(timings[b][k]).toFixed(1)}`).join(', ');
    process.stdout.write(`${build.root}: p50 ${median(timings[b].flat()).toFixed(1)} µs (${byText})\n`);
    build.close();
  }
}

if (require.main === module) {
  const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (roots.length < 2) {
    process.stderr.write('usage: npx tsx tools/bench/stepCompare.ts <built checkout> <built checkout> [...]\n');
    process.exit(2);
  }
  const asked = process.argv.find((a) => a.startsWith('--conversations='));
  void main(roots, asked ? Number(asked.split('=')[1]) : 3000);
}
