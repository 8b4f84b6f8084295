import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/engine/engine';
import { KEYWORD_TABLE } from '../../src/engine/keywordTable';
import type { StepTrace } from '../../src/engine/stepTrace';
import { engineWith, flowFromSource, flowsOf, realDirectory, stopRealDirectory, Texter } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';

/** The trace each step returns: what the flow test runner, chat --explain and the console read. */

function traceOf(texter: Texter): StepTrace {
  const trace = texter.turns[texter.turns.length - 1].out.trace;
  if (!trace) throw new Error('the step returned no trace');
  return trace;
}

afterAll(() => stopRealDirectory());

describe('the step trace', () => {
  it('shows the nodes passed through on the way to the first question, and the route taken', () => {
    const texter = new Texter(engineWith(fakeDirectory()));
    texter.send('hi');
    expect(traceOf(texter)).toEqual({
      flow: 'recovery',
      events: ['START'],
      nodes: ['welcome', 'who'],
      routes: ['nodes.welcome.goto'],
      actions: [],
      replies: texter.turns[0].out.replies,
    });
    texter.send('1');
    expect(traceOf(texter).keyword).toBeUndefined();
    expect(traceOf(texter)).toMatchObject({ events: ['TEXT'], nodes: ['what'] });
    expect(traceOf(texter).routes).toEqual([expect.stringMatching(/^nodes\.who\.routes\[\d\]$/)]);
  });

  it('gives every new conversation on one engine the same start and the same trace (the start is made once)', () => {
    const engine = engineWith(fakeDirectory());
    const first = new Texter(engine);
    const second = new Texter(engine);
    first.send('hi');
    second.send('hello');
    expect(traceOf(second)).toEqual({ ...traceOf(first), replies: second.turns[0].out.replies });
    expect(second.turns[0].out.replies).toEqual(first.turns[0].out.replies);
    expect(second.turns[0].out.session).toEqual(first.turns[0].out.session);
    // The kept start is never changed by the conversations that grew from it.
    first.send('1');
    const third = new Texter(engine);
    third.send('hi');
    expect(third.turns[0].out.session).toEqual(second.turns[0].out.session);
  });

  it('names a missed answer as the node’s `other` route', () => {
    const texter = new Texter(engineWith(fakeDirectory()));
    texter.send('hi');
    texter.send('purple');
    expect(traceOf(texter).routes).toEqual(['nodes.who.other']);
    expect(traceOf(texter).nodes).toEqual([]);
  });

  it('lists the actions run, the keyword rule, and the replies', async () => {
    const texter = new Texter(engineWith(await realDirectory()));
    texter.sendAll('hi', '1', '1', 'no', '1', '79101');
    expect(traceOf(texter).actions).toEqual(['find_meetings']);
    expect(traceOf(texter).nodes).toEqual(['search', 'results_near', 'results']);
    expect(traceOf(texter).replies).toEqual(texter.turns[texter.turns.length - 1].out.replies);
    texter.send('HELP');
    expect(traceOf(texter)).toMatchObject({ keyword: 'help', events: ['KEYWORD help'], routes: ['keywords.help'] });
  });

  it('names the rule that took a crisis text, a STOP and a text after opting out', () => {
    const texter = new Texter(engineWith(fakeDirectory()));
    texter.send('hi');
    texter.send('I took too many pills');
    expect(traceOf(texter).keyword).toBe('crisis');
    texter.send('STOP');
    expect(traceOf(texter)).toMatchObject({ keyword: 'carrier_opt_out', events: [], nodes: [] });
    texter.send('hello?');
    expect(traceOf(texter).keyword).toBe('opted_out');
  });

  it('names a flow keyword by its name, and the route it took', () => {
    const source = readFileSync('flows/recovery.yaml', 'utf8').replace(
      '\nkeywords:\n',
      '\nkeywords:\n  where_now:\n    words: [WHERENOW]\n    goto: where\n',
    );
    const flow = flowFromSource('recovery', source);
    const texter = new Texter(createEngine({ flows: flowsOf(flow), directory: () => fakeDirectory() }));
    texter.send('hi');
    texter.send('WHERENOW');
    expect(traceOf(texter)).toMatchObject({
      keyword: 'keyword:where_now',
      events: ['KEYWORD where_now'],
      routes: ['keywords.where_now'],
      nodes: ['where'],
    });
  });
});

describe('the keyword table', () => {
  it('keeps its priority order: safety and the carrier first, the flow’s own keywords last', () => {
    expect(KEYWORD_TABLE.map((r) => r.name)).toEqual([
      'opted_out',
      'carrier_opt_out',
      'carrier_opt_in',
      'not_ready',
      'opt_out',
      'crisis',
      'erase',
      'person',
      'paused',
      'start_language',
      'help',
      'restart',
      'switch_language',
      'shown_meeting',
      'flow_keyword',
    ]);
  });

  it('is what decides urgency: exactly the rules marked urgent', () => {
    const engine = engineWith(fakeDirectory());
    expect(KEYWORD_TABLE.filter((r) => r.urgent).map((r) => r.name)).toEqual([
      'carrier_opt_out',
      'carrier_opt_in',
      'opt_out',
      'crisis',
      'person',
      'help',
    ]);
    expect(engine.isUrgent('STOP')).toBe(true);
    expect(engine.isUrgent('I want to kill myself')).toBe(true);
    expect(engine.isUrgent('can I talk to a person')).toBe(true);
    expect(engine.isUrgent('79101')).toBe(false);
  });
});
