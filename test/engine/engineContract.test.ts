import fc from 'fast-check';
import { createEngine } from '../../src/engine/engine';
import type { Session } from '../../src/engine/types';
import { smsInfo } from '../../src/sms/gsm7';
import { engineWith, flowFromSource, flowsOf, recoveryFlow, Texter, TUESDAY_EVENING } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';
import { readFileSync } from 'node:fs';

/**
 * The engine's promises to its host: pure steps that survive a JSON round trip and a restart,
 * flow edits mid-conversation, no stored state at all, any text at all, and replies that always
 * fit an SMS budget.
 */

const HELPLINE = '1-800-662-4357';
const recoverySource = readFileSync('flows/recovery.yaml', 'utf8');

describe('persistence', () => {
  it('continues a conversation with a new engine for every text, from JSON alone', () => {
    const flows = flowsOf(recoveryFlow());
    const directory = fakeDirectory();
    let stored: string | undefined;
    const states: string[] = [];
    for (const text of ['hi', '1', 'alcohol', 'no', 'in person', '79101']) {
      // A fresh engine each time, as after a deploy: nothing survives but the stored JSON.
      const engine = createEngine({ flows, directory: () => directory });
      const session = stored === undefined ? undefined : (JSON.parse(stored) as Session);
      const out = engine.step({ session, optedOut: false, text, now: TUESDAY_EVENING });
      stored = JSON.stringify(out.session);
      states.push(out.stateAfter);
    }
    expect(states).toEqual(['who', 'what', 'medication', 'how', 'where', 'results']);
    const saved = JSON.parse(stored!) as Session;
    expect(saved.flowId).toBe('recovery');
    expect(saved.flowVersion).toBe(recoveryFlow().version);
    // The outbox is emptied before saving: replies are never stored.
    expect(JSON.stringify(saved.snapshot)).not.toContain('Next meetings');
  });

  it('stores no message body in the session', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'me', 'umm alcohol I guess, marker-7f3a', 'no', 'in person', '79101 marker-9c2e');
    const stored = JSON.stringify(t.session);
    expect(stored).not.toContain('marker-');
  });
});

describe('flow versions', () => {
  const edited = flowFromSource('recovery', recoverySource.replace('What is it about?', 'What is the trouble with?'));
  const withoutHow = flowFromSource(
    'recovery',
    recoverySource
      .replace(/\n {2}how:\n[\s\S]*?\n {2}where:\n/, '\n  where:\n')
      .replace(/goto: how\b/g, 'goto: where')
      .replace(/then: stuck_end/g, 'then: stuck_end'),
  );

  it('keeps a person on the version they started on while it is kept', () => {
    const flows = flowsOf(recoveryFlow());
    const t = new Texter(createEngine({ flows, directory: () => fakeDirectory() }));
    t.send('hi');
    flows.setVersions(recoveryFlow(), edited);
    expect(t.send('me')[0]).toMatch(/^What is it about\?/);
    // New conversations get the edit.
    const other = new Texter(createEngine({ flows, directory: () => fakeDirectory() }));
    expect(other.sendAll('hi', 'me')[0]).toMatch(/^What is the trouble with\?/);
  });

  it('moves a person to the current version when theirs is gone but their step still exists', () => {
    const flows = flowsOf(recoveryFlow());
    const t = new Texter(createEngine({ flows, directory: () => fakeDirectory() }));
    t.send('hi');
    flows.setVersions(edited);
    expect(t.send('me')[0]).toMatch(/^What is the trouble with\?/);
    expect(t.session?.flowVersion).toBe(edited.version);
  });

  it('starts again with a short apology when their step was removed', () => {
    const flows = flowsOf(recoveryFlow());
    const t = new Texter(createEngine({ flows, directory: () => fakeDirectory() }));
    t.sendAll('hi', 'me', 'alcohol', 'no');
    expect(t.last.stateAfter).toBe('how');
    flows.setVersions(withoutHow);
    const reply = t.send('online');
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(
      /^Sorry, we changed this service a little, so let's start again\.\nRecovery Textline: free/,
    );
    expect(t.last.kind).toBe('flow_changed');
    expect(t.last.stateAfter).toBe('who');
    expect(t.session?.flowVersion).toBe(withoutHow.version);
  });

  it('treats a stored session it cannot read as a changed flow, never as an error', () => {
    const engine = engineWith(fakeDirectory());
    for (const snapshot of [
      null,
      42,
      'x',
      { value: 'nowhere' },
      { value: 'who', context: 'garbage' },
      { value: { a: 1 } },
    ]) {
      const out = engine.step({
        session: { flowId: 'recovery', flowVersion: 'old', snapshot },
        optedOut: false,
        text: 'hi',
        now: TUESDAY_EVENING,
      });
      expect(out.replies.length).toBeGreaterThan(0);
      expect(out.replies.join('\n')).toMatch(/Recovery Textline/);
      expect(out.session).toBeDefined();
    }
  });
});

describe('after a conversation ends', () => {
  it('starts a new one with the next text, in the language asked for', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'banana', 'purple');
    expect(t.last.stateAfter).toBe('stuck_start');
    expect(t.send('ESPANOL')[0]).toMatch(/^Recovery Textline: ayuda gratis/);
    t.sendAll('banana', 'purple');
    // Still Spanish after the next end. "ok" there only acknowledges it: the kind reply, not a new start (it once
    // started again); a real try then starts again with no second welcome, straight to the first question.
    expect(t.send('ok')[0]).toMatch(/^De nada\. Cuidate\./);
    expect(t.send('banana')[0]).toMatch(/^¿Para quien es la ayuda\?/);
    // HELP answers in the conversation's language.
    expect(t.send('HELP')[0]).toMatch(/^Recovery Textline busca grupos como AA/);
  });
});

describe('without stored state (Redis down)', () => {
  const engine = engineWith(fakeDirectory());

  it('records carrier opt-outs and opt-ins without a reply', () => {
    expect(engine.stepWithoutSession('STOP', TUESDAY_EVENING)).toMatchObject({ replies: [], effect: 'opt_out' });
    expect(engine.stepWithoutSession('unstop', TUESDAY_EVENING)).toMatchObject({ replies: [], effect: 'opt_in' });
  });

  it('answers crisis words with the crisis reply, in Spanish too', () => {
    const en = engine.stepWithoutSession('my friend took an overdose', TUESDAY_EVENING);
    expect(en.replies).toHaveLength(1);
    expect(en.replies[0]).toContain('911');
    expect(en.replies[0]).toContain('988');
    const es = engine.stepWithoutSession('hola, creo que es una sobredosis', TUESDAY_EVENING);
    // An overdose gets 911 and naloxone first, then the common part.
    expect(es.replies[0]).toMatch(/^¿Sobredosis\? Llama al 911 ahora\. Da naloxona/);
    expect(es.replies[0]).toContain('\nSi estas en peligro, llama al 911');
  });

  it('answers HELP, plain opt-outs, and anything else with the having-trouble text', () => {
    expect(engine.stepWithoutSession('HELP', TUESDAY_EVENING).replies[0]).toMatch(
      /^Recovery Textline finds support groups/,
    );
    expect(engine.stepWithoutSession('no more texts', TUESDAY_EVENING)).toMatchObject({ effect: 'opt_out_line' });
    const other = engine.stepWithoutSession('1', TUESDAY_EVENING);
    expect(other.replies[0]).toMatch(/^Sorry, we are having trouble right now/);
    expect(other.replies[0]).toContain(HELPLINE);
    expect(other.replies[0]).toContain('988');
    expect(engine.stepWithoutSession('hola', TUESDAY_EVENING).replies[0]).toMatch(/^Perdon, tenemos problemas/);
  });
});

describe('words that act anywhere', () => {
  const engine = engineWith(fakeDirectory());

  it.each(['STOP', 'stop', ' Stop ', 'unsubscribe', 'Cancel', 'END', 'quit', 'revoke', 'OPTOUT'])(
    'treats "%s" as a carrier opt-out, silently (Twilio confirms the bare word)',
    (text) => {
      const out = engine.step({ session: undefined, optedOut: false, text, now: TUESDAY_EVENING });
      expect(out).toMatchObject({ replies: [], effect: 'opt_out', session: undefined });
    },
  );

  it.each([' Stop! ', 'STOP ALL', 'opt out'])(
    'treats "%s" as an opt-out the line confirms (Twilio may not read it)',
    (text) => {
      const out = engine.step({ session: undefined, optedOut: false, text, now: TUESDAY_EVENING });
      expect(out).toMatchObject({ effect: 'opt_out_line', session: undefined });
      expect(out.replies).toEqual([expect.stringContaining('you are unsubscribed')]);
    },
  );

  it.each(['stop drinking', 'how do I stop', 'the end of the road'])('does not treat "%s" as an opt-out', (text) => {
    expect(engine.step({ session: undefined, optedOut: false, text, now: TUESDAY_EVENING }).effect).toBe('none');
  });

  it.each([
    'I think he OD’d... no wait, he did OD',
    'she may OD',
    'not breathing',
    'I want to kill myself',
    'SUICIDE',
    'quiero morir',
    'no respira',
  ])('answers crisis words in "%s" first', (text) => {
    const out = engine.step({ session: undefined, optedOut: false, text, now: TUESDAY_EVENING });
    expect(out.kind).toBe('crisis');
    // One reply, 911 and 988 in it, and no welcome or question after it: the questions wait.
    expect(out.replies).toHaveLength(1);
    expect(out.replies[0]).toContain('911');
    expect(out.replies[0]).toContain('988');
    expect(out.replies[0]).not.toMatch(/Recovery Textline|Who is the help for|Para quien/);
    expect(out.session?.paused).toBe('crisis');
  });

  it.each(['odd', 'good', 'body', 'I feel like a new person'])('does not take "%s" for a crisis', (text) => {
    expect(engine.step({ session: undefined, optedOut: false, text, now: TUESDAY_EVENING }).kind).not.toBe('crisis');
  });

  it('marks crisis, opt-out and opt-in words, HELP and requests for a person as urgent, and nothing else', () => {
    const urgent = [
      'overdose',
      'STOP',
      'start',
      'YES',
      'stop texting me',
      'sobredosis',
      'help',
      'can I talk to a real person',
      // Opt-outs only the understanding reads: never dropped over the rate limit (thirteenth session's probe).
      'leave me alone',
      'wrong number',
      'dejame en paz',
      'ＳＴＯＰ',
    ];
    for (const text of urgent) expect(engine.isUrgent(text)).toBe(true);
    for (const text of ['hi', '79101', 'more', 'my counselor said try AA']) expect(engine.isUrgent(text)).toBe(false);
  });

  it('gives a first-time opt-out with crisis words the crisis reply as well', () => {
    const out = engine.step({
      session: undefined,
      optedOut: false,
      text: 'stop texting me I want to die',
      now: TUESDAY_EVENING,
    });
    expect(out.effect).toBe('opt_out_line');
    expect(out.replies[0]).toContain('988');
    expect(out.replies[1]).toMatch(/^OK, you will get no more texts/);
  });
});

describe('readiness and failure', () => {
  it('is not ready, and stays silent but for danger, without flows', () => {
    const engine = createEngine({ flows: flowsOf(), directory: () => fakeDirectory() });
    expect(engine.isReady()).toBe(false);
    expect(engine.step({ session: undefined, optedOut: false, text: 'hi', now: TUESDAY_EVENING })).toMatchObject({
      replies: [],
      kind: 'not_ready',
    });
    const text = 'he isnt breathing';
    const danger = engine.step({ session: undefined, optedOut: false, text, now: TUESDAY_EVENING });
    expect(danger.kind).toBe('crisis');
    expect(danger.replies[0]).toMatch(/911.*988/s);
    expect(engine.step({ session: undefined, optedOut: false, text: 'STOP', now: TUESDAY_EVENING }).effect).toBe(
      'opt_out',
    );
  });

  it('answers with the having-trouble text and keeps the session when the flows cannot be read', () => {
    const good = recoveryFlow();
    let broken = false;
    const engine = createEngine({
      flows: {
        entry: () => {
          if (broken) throw new Error('library broke');
          return good;
        },
        get: () => good,
        isReady: () => true,
      },
      directory: () => fakeDirectory(),
    });
    const first = engine.step({ session: undefined, optedOut: false, text: 'hi', now: TUESDAY_EVENING });
    broken = true;
    const second = engine.step({ session: first.session, optedOut: false, text: '1', now: TUESDAY_EVENING });
    expect(second.kind).toBe('error');
    expect(second.session).toBe(first.session);
  });
});

describe('replies always fit', () => {
  const answers = [
    'hi',
    'hola',
    '1',
    '2',
    '3',
    '4',
    '2.',
    'me',
    'my son',
    'a friend',
    'husband',
    'alcohol',
    'drugs',
    'gambling',
    'not sure',
    'yes',
    'no',
    'si',
    'in person',
    'online',
    'phone',
    'any',
    '79101',
    '79101 tonight',
    'Springfield',
    'IL',
    'Amarillo, TX',
    'more',
    'mas',
    'saturday',
    'NEW',
    'HELP',
    'ayuda',
    'ESPANOL',
    'ENGLISH',
    'banana',
    '',
    '🙂',
    'overdose',
    'DELETE',
  ];

  it('keeps every reply of any conversation within 3 GSM-7 parts and 1600 characters', () => {
    const engine = engineWith(fakeDirectory());
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...answers), { minLength: 1, maxLength: 25 }), (texts) => {
        const t = new Texter(engine);
        for (const text of texts) {
          const replies = t.send(text);
          expect(t.last.kind).not.toBe('error');
          for (const reply of replies) {
            expect(reply.length).toBeLessThanOrEqual(1600);
            const info = smsInfo(reply);
            expect(info.encoding).toBe('GSM-7');
            expect(info.segments).toBeLessThanOrEqual(3);
          }
          // Every text gets an answer unless it opted out (or was a carrier word).
          if (!['stop', 'opted_out', 'opt_in'].includes(t.last.kind)) expect(replies.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers any text in any state from the flow itself, never from its error path', () => {
    // step() catches everything and caps at 1600, so "does not throw" proves nothing: what must hold
    // is that no text, however odd, reaches the catch (kind 'error'), and every reply fits 3 parts.
    const engine = engineWith(fakeDirectory());
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...answers),
            fc.string({ maxLength: 1600 }),
            fc.string({ unit: 'binary', maxLength: 200 }),
          ),
          { maxLength: 12 },
        ),
        (texts) => {
          const t = new Texter(engine);
          for (const text of texts) {
            const replies = t.send(text);
            expect(t.last.kind).not.toBe('error');
            for (const reply of replies) expect(smsInfo(reply).segments).toBeLessThanOrEqual(3);
            if (!['stop', 'opted_out', 'opt_in'].includes(t.last.kind)) expect(replies.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a person is always reachable', () => {
  it("offers the operator's own line first when staff set one, in each language", () => {
    const ownLine = [
      '  own_line:',
      '    en: "Call our team at 1-806-555-0199, Mon-Fri 9-5."',
      '    es: "Llama a nuestro equipo al 1-806-555-0199, lun-vie 9-5."',
      '',
    ].join('\n');
    const source = readFileSync('flows/recovery.yaml', 'utf8').replace('\nkeywords:\n', `${ownLine}\nkeywords:\n`);
    const flows = flowsOf(flowFromSource('recovery', source));
    const engine = createEngine({ flows, directory: () => fakeDirectory() });
    const en = new Texter(engine).send('can I talk to a real person');
    // As a first text, after the welcome (its name and STOP: the twenty-fifth session), on a line of its own.
    expect(en[0]).toMatch(/\nThis line is automated: .*\. Call our team at 1-806-555-0199, Mon-Fri 9-5\. To talk/);
    const es = new Texter(engine).send('puedo hablar con alguien');
    // The Spanish welcome and reply together pass three parts: the welcome goes as a text of its own, before it.
    expect(es.join('\n')).toContain(
      'Llama a nuestro equipo al 1-806-555-0199, lun-vie 9-5. Para hablar con alguien ahora',
    );
    for (const reply of [...en, ...es]) expect(smsInfo(reply).segments).toBeLessThanOrEqual(3);
  });

  it('welcomes a first text asking for a person, every reply within three SMS parts, in each language', () => {
    for (const ask of ['can i talk to a real person', 'puedo hablar con alguien']) {
      const replies = new Texter(engineWith(fakeDirectory())).send(ask);
      expect(replies[0]).toMatch(/^Recovery Textline/);
      expect(replies.join('\n')).toMatch(/STOP/);
      for (const reply of replies) expect(smsInfo(reply).segments).toBeLessThanOrEqual(3);
    }
  });

  it('keeps the questions waiting after a request for a person, until the texter goes on', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', '1');
    expect(t.send('is this a bot')[0]).toMatch(/^This line is automated/);
    expect(t.send('ok')[0]).toMatch(/^We're still here/);
    expect(t.send('2')[0]).toMatch(/^Do you take medication/);
  });
});
