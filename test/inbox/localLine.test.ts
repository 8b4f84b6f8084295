import { engineWith } from '../engine/conversationKit';
import { fakeDirectory } from '../engine/fakeDirectory';
import { LocalLine } from '../../src/inbox/localLine';

/** The one host loop the chat CLI and the flow tests share: the webhook's TextHandler over a memory store. */

const NOW = new Date('2026-11-24T18:00:00-06:00');

describe('LocalLine', () => {
  it('carries a conversation from text to text through the store, with the step trace', async () => {
    const line = new LocalLine({ engine: engineWith(fakeDirectory()) });
    const first = await line.send('hi', NOW);
    expect(first).toMatchObject({ kind: 'start', after: 'who', outcome: 'stored' });
    expect(first.trace?.nodes).toEqual(['welcome', 'who']);
    const second = await line.send('1', NOW);
    expect(second).toMatchObject({ kind: 'answer', before: 'who', after: 'what', outcome: 'stored' });
  });

  it('keeps an opt-out in the store, as the webhook does: silence until START, danger still answered', async () => {
    const line = new LocalLine({ engine: engineWith(fakeDirectory()) });
    await line.send('hi', NOW);
    expect((await line.send('STOP', NOW)).kind).toBe('stop');
    expect((await line.send('hello', NOW)).replies).toEqual([]);
    expect((await line.send('I want to kill myself', NOW)).replies.join('\n')).toContain('988');
    expect((await line.send('START', NOW)).kind).toBe('opt_in');
    expect((await line.send('hi', NOW)).replies.length).toBeGreaterThan(0);
  });

  it('answers a whole scripted conversation sent in one minute (no rate limit)', async () => {
    const line = new LocalLine({ engine: engineWith(fakeDirectory()) });
    for (let i = 0; i < 40; i++) {
      const handled = await line.send(i % 2 ? 'purple' : 'hi', NOW);
      expect(handled.outcome).toBe('stored');
    }
  });
});
