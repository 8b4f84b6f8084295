import type { Session } from '../../src/engine/types';
import { openStepEngine } from './stepEngine';
import { CONVERSATION } from './webhookLoad';

/** The conversation step alone: p50 and p99 microseconds per text, over the bench's mix of texts. */
export interface StepCost {
  texts: number;
  step_p50_us: number;
  step_p99_us: number;
  /** With `byText`: the p50 of each text of the conversation, to see which one a change moved. */
  step_p50_by_text_us?: Record<string, number>;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Runs whole bench conversations through the real engine (built, as production runs it), the
 * shipped flows, the understanding step and the bundled meeting directory, in this process with
 * no I/O: what one text costs in engine, flows, understanding and reply rendering, before the
 * store and the webhook. The session goes through JSON between texts, as the store keeps it
 * (not timed: that is the store's).
 */
export async function measureStep(
  flowsDir: string,
  conversations = 3000,
  root = process.cwd(),
  byText = false,
): Promise<StepCost> {
  // The built modules, as production runs them (see builtModule).
  const { engine, close } = await openStepEngine(root, flowsDir);
  try {
    // Wednesday evening in Amarillo, so the search has meetings to find tonight and later.
    const now = new Date('2026-12-02T19:00:00-06:00');
    const timings: number[] = [];
    const perText: number[][] = CONVERSATION.map(() => []);
    const runOne = (record: boolean) => {
      let session: Session | undefined;
      for (const [k, text] of CONVERSATION.entries()) {
        const started = process.hrtime.bigint();
        const out = engine.step({ session, optedOut: false, text, now });
        const us = Number(process.hrtime.bigint() - started) / 1000;
        if (record) timings.push(us);
        if (record && byText) perText[k].push(us);
        const stored = out.session === undefined ? undefined : JSON.stringify(out.session);
        session = stored === undefined ? undefined : (JSON.parse(stored) as Session);
      }
    };
    for (let i = 0; i < 300; i++) runOne(false); // warm: compiled flow, caches, JIT
    for (let i = 0; i < conversations; i++) runOne(true);
    timings.sort((a, b) => a - b);
    const round1 = (n: number) => Math.round(n * 10) / 10;
    const cost: StepCost = {
      texts: timings.length,
      step_p50_us: round1(percentile(timings, 50)),
      step_p99_us: round1(percentile(timings, 99)),
    };
    if (byText) {
      cost.step_p50_by_text_us = Object.fromEntries(
        CONVERSATION.map((text, k) => [
          text,
          round1(
            percentile(
              [...perText[k]].sort((a, b) => a - b),
              50,
            ),
          ),
        ]),
      );
    }
    return cost;
  } finally {
    close();
  }
}

if (require.main === module) {
  // `--by-text`: each text's p50 too, for comparing two builds text by text.
  const byText = process.argv.includes('--by-text');
  void measureStep('flows', 3000, process.cwd(), byText).then((cost) =>
    process.stdout.write(`${JSON.stringify(cost)}\n`),
  );
}
