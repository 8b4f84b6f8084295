import type { MeetingDirectory } from '../../src/directory/types';
import { inHomeState } from '../../src/engine/homeStateTown';
import { engineWith, realDirectory, stopRealDirectory, TUESDAY_EVENING, Texter } from './conversationKit';

/**
 * A town in several states named by a texter whose number is from one of them: the town in their own state, said
 * back, with no "which state?" (rural probe of 2026-12-05: "im in hereford" from a Texas number).
 */

let directory: MeetingDirectory;
beforeAll(async () => {
  directory = await realDirectory();
});
afterAll(stopRealDirectory);

const TEXAS = { homeZone: 'America/Chicago', homeState: 'TX' };

describe('a town named in several states', () => {
  it('is the one in the state of the number, at the place question', () => {
    const t = new Texter(engineWith(directory), TUESDAY_EVENING, TEXAS);
    const [reply] = t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', 'im in hereford');
    expect(reply).toContain('of Hereford, TX');
    expect(t.last.stateAfter).toBe('results');
  });

  it('is the one in the state of the number in a first text, and said back', () => {
    const t = new Texter(engineWith(directory), TUESDAY_EVENING, TEXAS);
    expect(t.send('my son drinks, we live in hereford')[0]).toContain('near Hereford, TX');
  });

  it('is still asked about when the number is from none of its states, or from no state', () => {
    const colorado = new Texter(engineWith(directory), TUESDAY_EVENING, { homeState: 'NM' });
    expect(colorado.sendAll('hi', 'me', 'alcohol', 'no', 'in person', 'hereford')[0]).toMatch(/Which state\?/);
    const abroad = new Texter(engineWith(directory));
    expect(abroad.sendAll('hi', 'me', 'alcohol', 'no', 'in person', 'hereford')[0]).toMatch(/Which state\?/);
  });

  it('gives way to a state the texter names', () => {
    const t = new Texter(engineWith(directory), TUESDAY_EVENING, TEXAS);
    expect(t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', 'hereford, co')[0]).toContain('Hereford, CO');
  });
});

describe("a ZIP of the number's state without its leading zero", () => {
  const MASSACHUSETTS = { homeZone: 'America/New_York', homeState: 'MA' };

  it.each(['1940', 'zip 2134', 'my zip is 1940.'])("%j is that ZIP in the number's state, said back", (text) => {
    const t = new Texter(engineWith(directory), TUESDAY_EVENING, MASSACHUSETTS);
    const [reply] = t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', text);
    expect(reply).toMatch(/of (Lynnfield|Allston|Boston), MA/);
    expect(reply).not.toContain('5 digits');
  });

  it('is still asked again from a number of a state whose ZIPs start otherwise, or with more said', () => {
    const texas = new Texter(engineWith(directory), TUESDAY_EVENING, TEXAS);
    expect(texas.sendAll('hi', 'me', 'alcohol', 'no', 'in person', '1940')[0]).toContain('5 digits');
    const told = new Texter(engineWith(directory), TUESDAY_EVENING, MASSACHUSETTS);
    expect(told.sendAll('hi', 'me', 'alcohol', 'no', 'in person', 'sober since 1940')[0]).not.toMatch(/Lynnfield/);
  });
});

describe('inHomeState', () => {
  it('leaves a lookup that found one place, or none, as it was', () => {
    const found = directory.lookupPlace('79101');
    expect(inHomeState(directory, found, 'NY')).toBe(found);
    const none = directory.lookupPlace('zzzqqq');
    expect(inHomeState(directory, none, 'TX')).toBe(none);
  });
});
