import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../src/http/app';
import { createEngine } from '../../src/engine/engine';
import type { ConversationEngine } from '../../src/engine/types';
import { withStep } from '../../src/engine/withStep';
import { createLogger } from '../../src/log/logger';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import { flowsOf, recoveryFlow } from '../engine/conversationKit';
import { fakeDirectory } from '../engine/fakeDirectory';
import { suiteRedis, testConfig } from '../support/redisTestKit';
import { messagesOf, signedPost, smsParams } from '../support/twilioPost';

/**
 * The hard moments of issue 12, as data: each file in test/http/transcripts is a conversation
 * through the whole app (signed POST /sms and /voice, the real engine on the shipped flow, the
 * real Redis store). Lines `> text` are what the phone sends; the test writes what came back
 * under each and compares the whole file. Special sends: `> [call]` is a signed POST /voice,
 * `> [engine fails] text` sends a text while the engine throws. A first line
 * `# settings: NAME=value ...` sets configuration. After an intended change of wording, run
 * `npm run test:golden` (never under CI) and read the diff.
 */

const UPDATE = process.env.UPDATE_GOLDEN === '1' && process.env.CI !== 'true';
const DIR = join(__dirname, 'transcripts');
const { prefix, redis } = suiteRedis('safetyTranscripts');

/** An engine that throws on demand, standing in for a bug inside the line. */
function breakable(engine: ConversationEngine): ConversationEngine & { broken: boolean } {
  const wrapped = Object.assign(
    withStep(engine, (input, step) => {
      if (wrapped.broken) throw new Error('a bug in the engine');
      return step(input);
    }),
    { broken: false },
  );
  return wrapped;
}

function settingsOf(source: string): Record<string, string> {
  const line = source.split('\n').find((l) => l.startsWith('# settings:'));
  if (!line) return {};
  return Object.fromEntries(
    line
      .slice('# settings:'.length)
      .trim()
      .split(/\s+/)
      .map((kv) => kv.split('=') as [string, string]),
  );
}

/** Every form field of a Twilio voice webhook that this route reads, for a caller. */
function callParams(from: string): Record<string, string> {
  return {
    CallSid: `CA${'0'.repeat(31)}1`,
    AccountSid: `AC${'0'.repeat(32)}`,
    From: from,
    To: '+15005550006',
    CallStatus: 'ringing',
  };
}

/** The spoken parts of a voice TwiML answer, as `(locale) words`. */
function spokenOf(twiml: string): string[] {
  return [...twiml.matchAll(/<Say language="([^"]+)">([\s\S]*?)<\/Say>/g)].map((m) => `(${m[1]}) ${m[2]}`);
}

async function run(file: string, index: number): Promise<string> {
  const source = readFileSync(join(DIR, file), 'utf8');
  const config = testConfig({ REDIS_KEY_PREFIX: `${prefix}${index}:`, ...settingsOf(source) });
  const engine = breakable(
    createEngine({
      flows: flowsOf(recoveryFlow()),
      directory: () => fakeDirectory(),
      optOutReplies: config.optOutReplies,
    }),
  );
  const store = new RedisSessionStore(redis, { keyPrefix: config.redisKeyPrefix, sessionTtlSeconds: 3600 });
  // One second per text from the start of a minute: a file's texts all fall in the same minute.
  let tick = 0;
  const clock = () => new Date(Date.UTC(2026, 10, 24, 18, 0, tick++));
  const app = createApp({ config, log: createLogger('silent'), engine: () => engine, store, clock });
  const phone = `+1555010${String(index).padStart(4, '0')}`;
  const out: string[] = [];
  for (const line of source.split('\n')) {
    if (line.startsWith('#')) out.push(line);
    if (!line.startsWith('> ')) continue;
    out.push(line);
    let text = line.slice(2);
    if (text === '[call]') {
      const res = await signedPost(app, '/voice', callParams(phone));
      out.push(`  [${res.status}]`, ...spokenOf(res.text).map((s) => `< ${s}`));
      continue;
    }
    engine.broken = text.startsWith('[engine fails] ');
    if (engine.broken) text = text.slice('[engine fails] '.length);
    const res = await signedPost(app, '/sms', smsParams(phone, text));
    const replies = messagesOf(res.text);
    if (res.status !== 200) out.push(`  [${res.status}]`);
    if (replies.length === 0) out.push('  (no reply)');
    replies.forEach((r, i) => out.push(...(i > 0 ? ['<<'] : []), ...r.split('\n').map((l) => `< ${l}`)));
  }
  return `${out.join('\n')}\n`;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('safety transcripts (test/http/transcripts)', () => {
  it('has a transcript for each hard moment of issue 12', () => {
    const expected = [
      'opt-out-then-crisis',
      'crisis-mid-survey-then-ok',
      'overdose-then-called-911',
      'talk-to-a-person',
      'opt-in-after-plain-opt-out',
      'rate-limit-notice',
      'internal-error',
      'voice-call',
    ];
    for (const name of expected) expect(files).toContain(`${name}.txt`);
  });

  it.each(files.map((f, i) => [f, i] as const))('%s', async (file, index) => {
    const transcript = await run(file, index);
    if (UPDATE) writeFileSync(join(DIR, file), transcript);
    else expect(transcript).toBe(readFileSync(join(DIR, file), 'utf8'));
  });
});
