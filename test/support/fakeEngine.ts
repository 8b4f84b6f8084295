import type { ConversationEngine, Session, StepInput, StepOutput } from '../../src/engine/types';

/**
 * A hand-written engine that follows the ConversationEngine contract, for transport and store
 * tests: two questions, crisis words, STOP/START, HELP, DELETE, and a counter of every text it
 * stepped (so tests can prove nothing was lost or doubled).
 */
export interface FakeSnapshot {
  node: 'who' | 'what' | 'done';
  /** Texts stepped in this conversation (including the first). */
  count: number;
}

export const FAKE_REPLIES = {
  welcome:
    'Welcome to the test line. Free and confidential. Reply STOP to opt out. In danger? Call 911. Crisis? Call or text 988.',
  who: 'Who is the help for? 1 yourself 2 someone else',
  what: 'What is it about? 1 alcohol 2 drugs',
  done: 'Thanks. Here are groups that fit.',
  crisis: 'If you are in danger call 911. Call or text 988 now. SAMHSA helpline 1-800-662-4357.',
  help: 'Test line help. Reply STOP to opt out. Crisis? Call or text 988.',
  optIn: 'You are subscribed again. Text anything to start.',
  erased: 'We deleted everything we had stored about you.',
  trouble: 'We are having trouble right now. Online meetings: aa-intergroup.org. SAMHSA helpline 1-800-662-4357.',
  rateLimited: 'Too many texts at once; try again in a minute. Crisis? Call or text 988.',
  voice: 'This number is for text messages. In danger, call 911. Crisis, call or text 988.',
} as const;

const STOP_WORDS = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout']);
const START_WORDS = new Set(['start', 'unstop', 'yes']);
const CRISIS = /\b(overdose|suicide|kill myself|od)\b/i;

function word(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function snapshotOf(session: Session | undefined): FakeSnapshot | undefined {
  return session ? (session.snapshot as FakeSnapshot) : undefined;
}

function sessionOf(snapshot: FakeSnapshot): Session {
  return { flowId: 'fake', flowVersion: 'v1', snapshot };
}

function out(
  partial: Partial<StepOutput> & Pick<StepOutput, 'replies' | 'kind'>,
  before: string,
  after: string,
  session: Session | undefined,
): StepOutput {
  return { effect: 'none', stateBefore: before, stateAfter: after, session, ...partial };
}

/** Builds the fake engine; `ready` drives isReady() for /readyz tests. */
export function createFakeEngine(options: { ready?: boolean } = {}): ConversationEngine & { ready: boolean } {
  return {
    ready: options.ready ?? true,
    isReady() {
      return this.ready;
    },
    isUrgent(text: string) {
      const w = word(text).replace(/ /g, '');
      return CRISIS.test(text) || STOP_WORDS.has(w) || START_WORDS.has(w);
    },
    step(input: StepInput): StepOutput {
      const current = snapshotOf(input.session);
      const before = current?.node ?? 'start';
      const w = word(input.text).replace(/ /g, '');
      if (STOP_WORDS.has(w))
        return out({ replies: [], kind: 'stop', effect: 'opt_out' }, before, before, input.session);
      if (START_WORDS.has(w) && input.optedOut) {
        return out({ replies: [FAKE_REPLIES.optIn], kind: 'start', effect: 'opt_in' }, before, before, input.session);
      }
      if (input.optedOut) return out({ replies: [], kind: 'opted_out' }, before, before, input.session);
      if (w === 'delete' || w === 'forgetme' || w === 'borrar') {
        return out({ replies: [FAKE_REPLIES.erased], kind: 'erase', effect: 'erase' }, before, 'start', undefined);
      }
      const count = (current?.count ?? 0) + 1;
      if (w === 'help') {
        return out(
          { replies: [FAKE_REPLIES.help], kind: 'help' },
          before,
          before,
          current ? sessionOf({ ...current, count }) : undefined,
        );
      }
      const crisis = CRISIS.test(input.text) ? [FAKE_REPLIES.crisis] : [];
      if (!current) {
        return out(
          { replies: [...crisis, FAKE_REPLIES.welcome, FAKE_REPLIES.who], kind: crisis.length ? 'crisis' : 'welcome' },
          before,
          'who',
          sessionOf({ node: 'who', count }),
        );
      }
      if (crisis.length) {
        const again =
          current.node === 'who' ? FAKE_REPLIES.who : current.node === 'what' ? FAKE_REPLIES.what : FAKE_REPLIES.done;
        return out({ replies: [...crisis, again], kind: 'crisis' }, before, before, sessionOf({ ...current, count }));
      }
      if (current.node === 'who')
        return out(
          { replies: [FAKE_REPLIES.what], kind: 'answer' },
          before,
          'what',
          sessionOf({ node: 'what', count }),
        );
      if (current.node === 'what')
        return out(
          { replies: [FAKE_REPLIES.done], kind: 'answer' },
          before,
          'done',
          sessionOf({ node: 'done', count }),
        );
      return out({ replies: [FAKE_REPLIES.done], kind: 'answer' }, before, 'done', sessionOf({ node: 'done', count }));
    },
    rateLimitNotice() {
      return FAKE_REPLIES.rateLimited;
    },
    troubleReply() {
      return FAKE_REPLIES.trouble;
    },
    voiceScript() {
      return [{ lang: 'en', text: FAKE_REPLIES.voice }];
    },
    stepWithoutSession(text: string): StepOutput {
      const w = word(text).replace(/ /g, '');
      if (STOP_WORDS.has(w))
        return out({ replies: [], kind: 'stop', effect: 'opt_out' }, 'unknown', 'unknown', undefined);
      if (START_WORDS.has(w))
        return out({ replies: [FAKE_REPLIES.optIn], kind: 'start', effect: 'opt_in' }, 'unknown', 'unknown', undefined);
      if (w === 'help') return out({ replies: [FAKE_REPLIES.help], kind: 'help' }, 'unknown', 'unknown', undefined);
      if (CRISIS.test(text))
        return out({ replies: [FAKE_REPLIES.crisis], kind: 'crisis' }, 'unknown', 'unknown', undefined);
      return out({ replies: [FAKE_REPLIES.trouble], kind: 'trouble' }, 'unknown', 'unknown', undefined);
    },
  };
}
