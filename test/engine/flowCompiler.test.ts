import { createActor } from 'xstate';
import { compileFlow, FlowCompileError, type ConversationContext } from '../../src/engine/flowCompiler';
import type { FlowFile } from '../../src/flow/flowSchema';
import { recoveryFlow, TUESDAY_EVENING } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';

/** The compiler: one XState state per node, named guards and actions, and refusals with a reason. */

const services = { directory: () => fakeDirectory() };

function tiny(
  nodes: FlowFile['nodes'],
  extra: Partial<FlowFile> = {},
): { id: string; version: string; flow: FlowFile } {
  return {
    id: 'tiny',
    version: 'v1',
    flow: { name: 'Tiny', languages: ['en'], start: 'a', keywords: {}, nodes, ...extra },
  };
}

describe('compileFlow', () => {
  it('builds one state per node of the shipped flow, with named guards and actions', () => {
    const loaded = recoveryFlow();
    const compiled = compileFlow(loaded, services);
    expect(Object.keys(compiled.machine.root.states).sort()).toEqual(Object.keys(loaded.flow.nodes).sort());
    const { guards, actions } = compiled.machine.implementations;
    expect(Object.keys(guards)).toEqual(
      expect.arrayContaining(['routeMatches', 'missesLeft', 'varsMatch', 'keywordIs']),
    );
    expect(Object.keys(actions)).toEqual(
      expect.arrayContaining(['say', 'setVars', 'countMiss', 'resetMisses', 'runAction', 'reask']),
    );
  });

  it('runs a question: routes by number or word, counts misses, then gives up to `then`', () => {
    const compiled = compileFlow(
      tiny({
        a: {
          ask: 'Pick 1 or red',
          routes: [{ number: 1, words: ['red'], set: { colour: 'red' }, goto: 'b' }],
          other: { say: 'Eh?', retries: 1, then: 'c' },
        },
        b: { say: 'You chose {{colour}}.', end: true },
        c: { say: 'Never mind.', end: true },
      }),
      services,
    );
    const actor = createActor(compiled.machine, { input: { lang: 'en', now: TUESDAY_EVENING } }).start();
    const context = () => actor.getSnapshot().context as ConversationContext;
    expect(context().outbox).toEqual(['Pick 1 or red']);
    actor.send({ type: 'TEXT', text: 'blue', now: TUESDAY_EVENING });
    expect(actor.getSnapshot().value).toBe('a');
    expect(context().misses).toBe(1);
    expect(context().outbox.slice(1)).toEqual(['Eh?', 'Pick 1 or red']);
    actor.send({ type: 'TEXT', text: 'RED!', now: TUESDAY_EVENING });
    expect(actor.getSnapshot().value).toBe('b');
    expect(context().outbox[context().outbox.length - 1]).toBe('You chose red.');

    const other = createActor(compiled.machine, { input: { lang: 'en', now: TUESDAY_EVENING } }).start();
    other.send({ type: 'TEXT', text: 'blue', now: TUESDAY_EVENING });
    other.send({ type: 'TEXT', text: 'green', now: TUESDAY_EVENING });
    expect(other.getSnapshot().value).toBe('c');
  });

  it('takes `when` branches on arrival, after `set`', () => {
    const compiled = compileFlow(
      tiny({
        a: { set: { x: 'yes' }, when: [{ if: { x: 'yes' }, goto: 'b' }], goto: 'c' },
        b: { say: 'b', end: true },
        c: { say: 'c', end: true },
      }),
      services,
    );
    const actor = createActor(compiled.machine, { input: { lang: 'en', now: TUESDAY_EVENING } }).start();
    expect(actor.getSnapshot().value).toBe('b');
  });

  const refusals: Array<[string, ReturnType<typeof tiny>, RegExp]> = [
    ['a goto to a missing node', tiny({ a: { say: 'x', goto: 'nowhere' } }), /nodes\.a\.goto.*"nowhere"/],
    ['a missing start node', tiny({ b: { say: 'x', end: true } }), /start/],
    ['an unknown action', tiny({ a: { do: 'fly_away', say: 'x', end: true } }), /unknown action "fly_away"/],
    [
      'a node with both ask and goto',
      tiny({ a: { ask: 'x', routes: [{ any: true, goto: 'a' }], goto: 'a' } }),
      /exactly one of ask, goto or end/,
    ],
    [
      'a loop with no question',
      tiny({ a: { say: 'x', goto: 'b' }, b: { say: 'y', goto: 'a' } }),
      /loops with no question/,
    ],
    [
      'a bad pattern',
      tiny({ a: { ask: 'x', routes: [{ pattern: '(', goto: 'a' }] } }),
      /not a valid regular expression/,
    ],
    ['actions without meeting labels', tiny({ a: { do: 'find_meetings', say: 'x', end: true } }), /labels/],
  ];

  it.each(refusals)('refuses %s with a FlowCompileError', (_name, loaded, message) => {
    expect(() => compileFlow(loaded, services)).toThrow(FlowCompileError);
    expect(() => compileFlow(loaded, services)).toThrow(message);
  });
  it('looks a place answer up once per text, though both the route and its action need it', () => {
    const directory = fakeDirectory();
    const lookups: string[] = [];
    const counting = { ...directory, lookupPlace: (text: string) => (lookups.push(text), directory.lookupPlace(text)) };
    const compiled = compileFlow(
      tiny({
        a: { ask: 'Where?', routes: [{ location: true, goto: 'b' }], other: { say: 'Eh?', retries: 1, then: 'b' } },
        b: { say: 'Near {{place}}.', end: true },
      }),
      { directory: () => counting },
    );
    const actor = createActor(compiled.machine, { input: { lang: 'en', now: TUESDAY_EVENING } }).start();
    actor.send({ type: 'TEXT', text: '79101', now: TUESDAY_EVENING });
    expect((actor.getSnapshot().context as ConversationContext).outbox).toContain('Near Amarillo, TX.');
    expect(lookups).toEqual(['79101']);
  });
});
