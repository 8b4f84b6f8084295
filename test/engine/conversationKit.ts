import { createEngine, type EngineDeps } from '../../src/engine/engine';
import {
  optOutAfter,
  type ConversationEngine,
  type OptOutState,
  type Session,
  type StepInput,
  type StepOutput,
} from '../../src/engine/types';
import { DirectoryService } from '../../src/directory/directoryService';
import type { MeetingDirectory } from '../../src/directory/types';
import { parseFlowFile, parseFlowSource } from '../../src/flow/flowParser';
import type { FlowSource, LoadedFlow } from '../../src/flow/loadedFlow';
import { createLogger } from '../../src/log/logger';

/** Helpers shared by the conversation tests: the shipped flow, flow sources, and a texter. */

/** The shipped default flow, read as the FlowLibrary reads it. */
export function recoveryFlow(): LoadedFlow {
  const parsed = parseFlowFile('flows/recovery.yaml');
  if (!parsed.flow) throw new Error(`flows/recovery.yaml does not parse: ${JSON.stringify(parsed.findings)}`);
  return { id: parsed.id, version: parsed.version, file: parsed.file, flow: parsed.flow };
}

/** A flow from YAML text (for edited copies). */
export function flowFromSource(id: string, source: string): LoadedFlow {
  const parsed = parseFlowSource(`${id}.yaml`, source);
  if (!parsed.flow) throw new Error(`${id} does not parse: ${JSON.stringify(parsed.findings)}`);
  return { id: parsed.id, version: parsed.version, file: parsed.file, flow: parsed.flow };
}

/** A FlowSource whose entry is the last flow given and which keeps all the others as older versions. */
export function flowsOf(...versions: LoadedFlow[]): FlowSource & { setVersions(...v: LoadedFlow[]): void } {
  let kept = versions;
  return {
    entry: () => kept[kept.length - 1],
    get: (id, version) => kept.find((f) => f.id === id && f.version === version),
    isReady: () => kept.length > 0,
    setVersions: (...v) => {
      kept = v;
    },
  };
}

let bundled: Promise<DirectoryService> | undefined;

/** The real bundled directory (directory/ feeds and programs.yaml), loaded once per test file. */
export async function realDirectory(): Promise<MeetingDirectory> {
  bundled ??= DirectoryService.start({ sources: [], refreshMinutes: 0, log: createLogger('silent') });
  return (await bundled).current();
}

/** Stops the bundled directory's timers, if it was loaded. */
export async function stopRealDirectory(): Promise<void> {
  if (bundled) (await bundled).stop();
}

/** A Tuesday evening in Amarillo: fixed, so searches are repeatable. */
export const TUESDAY_EVENING = new Date('2026-11-24T18:00:00-06:00');

/** One text and what came back. */
export interface Turn {
  text: string;
  out: StepOutput;
}

/**
 * One phone texting the engine, storing what the engine says to store exactly as the real store
 * does: the session goes through JSON between every text, and opt-outs are remembered.
 */
export class Texter {
  session: Session | undefined;
  optOut: OptOutState = { optedOut: false };
  readonly turns: Turn[] = [];

  constructor(
    readonly engine: ConversationEngine,
    private readonly now: Date = TUESDAY_EVENING,
    /** Where the phone's number is from, as Twilio's FromState tells it (StepInput.homeZone, homeState). */
    private readonly home: Pick<StepInput, 'homeZone' | 'homeState'> = {},
  ) {}

  /** Sends one text; returns the replies. */
  send(text: string): string[] {
    const out = this.engine.step({ session: this.session, ...this.optOut, text, now: this.now, ...this.home });
    this.session = out.session === undefined ? undefined : (JSON.parse(JSON.stringify(out.session)) as Session);
    this.optOut = optOutAfter(out.effect, this.optOut);
    this.turns.push({ text, out });
    return out.replies;
  }

  /** Sends several texts; returns the replies to the last. */
  sendAll(...texts: string[]): string[] {
    let last: string[] = [];
    for (const t of texts) last = this.send(t);
    return last;
  }

  /** The last step's output. */
  get last(): StepOutput {
    return this.turns[this.turns.length - 1].out;
  }

  /** Every reply sent so far. */
  allReplies(): string[] {
    return this.turns.flatMap((t) => t.out.replies);
  }

  /** The conversation as text: `> sent`, `< reply` lines, and the node after each step. */
  transcript(): string {
    return this.turns
      .map((t) => {
        const replies = t.out.replies.map(
          (r, i) =>
            `${i > 0 ? '<<\n' : ''}${r
              .split('\n')
              .map((l) => `< ${l}`)
              .join('\n')}`,
        );
        const meta = `  [${t.out.kind} ${t.out.stateBefore || '-'} -> ${t.out.stateAfter || '-'}${t.out.effect === 'none' ? '' : ` ${t.out.effect}`}]`;
        return [`> ${t.text}`, ...replies, meta].join('\n');
      })
      .join('\n');
  }
}

/** An engine on the shipped flow and the given directory. */
export function engineWith(directory: MeetingDirectory, extra: Partial<EngineDeps> = {}): ConversationEngine {
  return createEngine({ flows: flowsOf(recoveryFlow()), directory: () => directory, ...extra });
}
