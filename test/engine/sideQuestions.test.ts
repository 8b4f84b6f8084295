import type { ConversationContext } from '../../src/engine/flowCompiler';
import { ABOUT_MAX } from '../../src/engine/actions/builtinVariables';
import { programAbout } from '../../src/engine/sideQuestions';
import { realDirectory } from '../directory/realFeeds';
import { engineWith, Texter } from './conversationKit';

const engine = engineWith(realDirectory());
const WEDNESDAY_EVENING = new Date('2026-12-02T19:00:00-06:00');

/** What the conversation knows after the texter's last text. */
function varsOf(t: Texter): Record<string, unknown> {
  return (t.session?.snapshot as { context: ConversationContext }).context.vars;
}

describe('a question about what a program is', () => {
  it('is answered with the program line and the question at hand again, and chooses nothing', () => {
    const t = new Texter(engine);
    t.sendAll('hi', 'whats al anon');
    expect(t.last.kind).toBe('keyword:program_about');
    expect(t.last.replies[0]).toBe(
      'Al-Anon. Free groups for family and friends of someone who drinks.\nWho is the help for?\n1 Myself\n2 A family member or friend',
    );
    expect(varsOf(t)).toEqual({});
  });

  it('is answered in Spanish from the Spanish line, at the results, and the list stays open', () => {
    const t = new Texter(engine, WEDNESDAY_EVENING);
    t.sendAll('hola', 'yo', 'alcohol', 'no', 'en persona', '79101', 'que es al-anon');
    expect(t.last.replies[0]).toMatch(
      /^Al-Anon\. Grupos gratis para familia y amigos de alguien que bebe\.\nResponde 1, 2 o 3/,
    );
    expect(varsOf(t).programs).toBeUndefined();
    t.send('1');
    expect(t.last.replies[0]).toMatch(/Mapa?:/);
  });

  it('still chooses the program when the texter asks for it', () => {
    const t = new Texter(engine);
    t.sendAll('hi', 'i want al anon');
    expect(varsOf(t)).toMatchObject({ programs: 'alanon', audience: 'family', concern: 'alcohol' });
  });

  it('cuts a long line edited into the catalogue at a word, so the reply stays within 3 SMS', () => {
    const flow = { flow: { keywords: { program_about: { say: '{{about}}' } } } } as never;
    const long = `Al-Anon. ${'Free groups for family and friends '.repeat(6)}`;
    const directory = { program: () => ({ description: { en: long } }) } as never;
    const read = { reading: { askedAbout: ['alanon'] } } as never;
    const about = programAbout(flow, directory, read, 'en')?.about as string;
    expect(about.length).toBeLessThanOrEqual(ABOUT_MAX);
    expect(about).toMatch(/ [a-z]+\.\.\.$/);
  });
});

describe('an acknowledgement at the results', () => {
  it.each(['ok', 'k', 'kk', 'okay', 'alright', 'nah', 'no thanks', 'im good', '👍'])(
    '"%s" keeps the list, never sorry, and a 1 after it gets directions',
    (text) => {
      const t = new Texter(engine, WEDNESDAY_EVENING);
      t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', '79101', text);
      expect(t.last.replies.join('\n')).toBe(
        'OK, take care.\nReply 1, 2 or 3 for directions any time, MORE for more, NEW to start over.',
      );
      t.send('1');
      expect(t.last.replies.join('\n')).toContain('Map:');
    },
  );

  it.each(['ok thank u', 'ok gracias'])('"%s" is thanks: the goodbye', (text) => {
    const t = new Texter(engine, WEDNESDAY_EVENING);
    t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', '79101', text);
    expect(t.last.replies.join('\n')).toBe(
      'Thanks for texting. Reply NEW any time to search again. Crisis? Call or text 988.',
    );
  });

  it('leaves "no thanks" at the medication question a no', () => {
    const t = new Texter(engine);
    t.sendAll('hi', 'me', 'alcohol', 'no thanks');
    expect(varsOf(t).medication).toBe(false);
  });
});

describe('thanks or an ok after the conversation ended', () => {
  const KIND = "You're welcome. Take care. Reply NEW any time to search again. Crisis? Call or text 988.";
  const AMABLE =
    'De nada. Cuidate. Responde NUEVO cuando quieras para buscar de nuevo. ¿Crisis? Llama o textea al 988.';

  /** A texter whose search ended with "bye" at the results. */
  function ended(): Texter {
    const t = new Texter(engine, WEDNESDAY_EVENING);
    t.sendAll('aa near 79101', 'no', 'bye');
    expect(t.last.stateAfter).toBe('goodbye');
    return t;
  }

  it.each(['ok', 'k', 'thank you so much', '👍', '🙏', 'will do', 'you too', 'god bless', 'take care', 'noted'])(
    '"%s" gets the kind reply twice, and the conversation stays ended',
    (text) => {
      const t = ended();
      expect(t.send(text)).toEqual([KIND]);
      expect(t.last.kind).toBe('thanks');
      expect(t.last.stateAfter).toBe('goodbye');
      // A second one soon after is answered the same: the line never goes quiet.
      expect(t.send(text)).toEqual([KIND]);
    },
  );

  it.each(['gracias', 'ok gracias', 'dios te bendiga', 'igualmente'])('"%s" gets it in Spanish', (text) => {
    expect(ended().send(text)).toEqual([AMABLE]);
  });

  it.each(['nah', 'no thanks', 'no'])('"%s" gets the plain goodbye, not a new start', (text) => {
    expect(ended().send(text)[0]).toMatch(/^Thanks for texting\./);
  });

  it.each([
    ['meetings near 79101', 'results'],
    ['my son drinks', 'how'],
    ['hi', 'who'],
    ['thanks, can i go to the other one instead', 'who'],
    // SMART named as a wish: a new start that already knows the program, so the meetings come at once.
    ['thanks, can i go to smart instead', 'results'],
  ])('"%s" is a request: it starts again', (text, node) => {
    const t = ended();
    t.send(text);
    expect(t.last.kind).not.toBe('thanks');
    expect(t.last.stateAfter).toBe(node);
  });

  // It started again at "Who is the help for?" until the twenty-fourth session: a question after a conversation
  // ended is answered, and that is all ("whats MARA" after the results got the "What you can do" reply).
  it('"thank you. whats al anon" is a question: the program\'s own line, and the conversation stays ended', () => {
    const t = ended();
    const replies = t.send('thank you. whats al anon');
    expect(t.last.kind).not.toBe('thanks');
    expect(replies.join('\n')).toMatch(/Al-Anon/);
    expect(t.last.stateAfter).toBe('goodbye');
  });
});

describe('thanks or an ok at a question', () => {
  it.each(['thank you', 'thanks', 'ok', 'k', '👍', 'you too'])(
    '"%s" at "Who is the help for?" gets the question plainly',
    (text) => {
      const t = new Texter(engine);
      t.send('hi');
      expect(t.send(text).join('\n')).toBe('Who is the help for?\n1 Myself\n2 A family member or friend');
      expect(t.last.stateAfter).toBe('who');
    },
  );

  it.each(['gracias', 'vale'])('"%s" at "¿Para quien es la ayuda?" gets it plainly in Spanish', (text) => {
    const t = new Texter(engine);
    t.send('hola');
    expect(t.send(text)[0]).toMatch(/^¿Para quien es la ayuda\?/);
  });

  it('keeps "Sorry" for thanks said with a request it cannot read, and a no with thanks answers a yes/no', () => {
    const t = new Texter(engine);
    t.send('hi');
    expect(t.send('thanks, can i go to the other one instead')[0]).toMatch(/^Sorry, I didn't get that\./);
    t.sendAll('me', 'alcohol', 'no thanks');
    expect(varsOf(t).medication).toBe(false);
  });
});
