import { buildDirectory } from '../../src/directory/buildDirectory';
import type { Meeting, MeetingQuery, Place } from '../../src/directory/types';
import { realCatalogue } from './realFeeds';

/** The search's narrowing for issue 14: preference tags, program order, and a farthest radius. */
const BASE = { lat: 35.2, lon: -101.8 };
const place: Place = { ...BASE, label: 'Amarillo, TX', country: 'US' };
const milesNorth = (mi: number) => ({ lat: BASE.lat + mi / 69.05, lon: BASE.lon });
// Tuesday 2026-11-24, 5pm in Amarillo.
const now = new Date('2026-11-24T23:00:00Z');

let seq = 0;
function meeting(over: Partial<Meeting>): Meeting {
  seq++;
  return {
    id: `n:${seq}`,
    programId: 'alanon',
    name: `Meeting ${seq}`,
    day: 2,
    startMinute: 19 * 60,
    timezone: 'America/Chicago',
    modes: ['in_person'],
    ...BASE,
    tags: [],
    ...over,
  };
}
const dirOf = (meetings: Meeting[]) => buildDirectory(meetings, realCatalogue());
const query = (over: Partial<MeetingQuery>): MeetingQuery => ({
  programs: ['alanon', 'alateen'],
  modes: ['in_person'],
  place,
  now,
  offset: 0,
  limit: 10,
  ...over,
});
const names = (p: { matches: Array<{ meeting: Meeting }> }) => p.matches.map((m) => m.meeting.name);

describe('preference tags', () => {
  const dir = dirOf([
    meeting({ name: 'women', tags: ['women', 'open'] }),
    meeting({ name: 'women spanish', tags: ['women', 'spanish'], startMinute: 20 * 60 }),
    meeting({ name: 'plain', tags: ['open'], startMinute: 18 * 60 }),
    meeting({ name: 'alateen', programId: 'alateen', tags: ['alateen'], startMinute: 18 * 60 + 30 }),
    meeting({
      name: 'online women',
      modes: ['online'],
      url: 'https://zoom.us/j/1',
      tags: ['women'],
      lat: undefined,
      lon: undefined,
    }),
  ]);

  it('keep only meetings with one tag of each wanted set, in person and online', () => {
    expect(names(dir.search(query({ tags: [['women']] })))).toEqual(['women', 'women spanish']);
    expect(names(dir.search(query({ tags: [['women'], ['spanish']] })))).toEqual(['women spanish']);
    expect(names(dir.search(query({ modes: ['online'], tags: [['women']] })))).toEqual(['online women']);
    expect(names(dir.search(query({ tags: [['young_people', 'alateen']] })))).toEqual(['alateen']);
  });

  it('find nothing rather than something else when no meeting has them', () => {
    expect(dir.search(query({ tags: [['lgbtq']] })).matches).toEqual([]);
  });
});

describe('program order', () => {
  const dir = dirOf([
    meeting({ name: 'al-anon 6pm', startMinute: 18 * 60 }),
    meeting({ name: 'alateen 8pm', programId: 'alateen', startMinute: 20 * 60, ...milesNorth(4) }),
    meeting({ name: 'al-anon 7pm', startMinute: 19 * 60 }),
    meeting({
      name: 'alateen online',
      programId: 'alateen',
      modes: ['online'],
      url: 'https://zoom.us/j/2',
      lat: undefined,
      lon: undefined,
    }),
    meeting({
      name: 'al-anon online',
      modes: ['online'],
      url: 'https://zoom.us/j/3',
      startMinute: 17 * 60 + 30,
      lat: undefined,
      lon: undefined,
    }),
  ]);

  it('lists a program before the next when asked to, soonest first within each', () => {
    expect(names(dir.search(query({ programs: ['alateen', 'alanon'], byProgram: true })))).toEqual([
      'alateen 8pm',
      'al-anon 6pm',
      'al-anon 7pm',
    ]);
    expect(names(dir.search(query({ programs: ['alateen', 'alanon'] })))).toEqual([
      'al-anon 6pm',
      'al-anon 7pm',
      'alateen 8pm',
    ]);
  });

  it('does the same for online meetings', () => {
    const modes: MeetingQuery['modes'] = ['online'];
    expect(names(dir.search(query({ modes, programs: ['alateen', 'alanon'], byProgram: true })))).toEqual([
      'alateen online',
      'al-anon online',
    ]);
    expect(names(dir.search(query({ modes, programs: ['alateen', 'alanon'] })))).toEqual([
      'al-anon online',
      'alateen online',
    ]);
  });
});

describe('the farthest radius', () => {
  const dir = dirOf([meeting({ name: 'near' }), meeting({ name: 'far', ...milesNorth(40) })]);

  it('stops the widening at maxMiles', () => {
    const page = dir.search(query({ maxMiles: 25 }));
    expect(names(page)).toEqual(['near']);
    expect(page.radiusMiles).toBe(25);
    expect(names(dir.search(query({})))).toEqual(['near', 'far']);
  });

  it('looks within a limit the texter said between the rings ("within 5 miles", "30 min drive")', () => {
    const around = dirOf([
      meeting({ name: 'at 1', ...milesNorth(1) }),
      meeting({ name: 'at 4', ...milesNorth(4) }),
      meeting({ name: 'at 8', ...milesNorth(8) }),
      meeting({ name: 'at 28', ...milesNorth(28) }),
      meeting({ name: 'at 40', ...milesNorth(40) }),
    ]);
    const within5 = around.search(query({ maxMiles: 5 }));
    expect(names(within5)).toEqual(['at 1', 'at 4']);
    expect(within5.radiusMiles).toBe(5);
    // Three groups are enough in the first ring, as without a limit.
    expect(around.search(query({ maxMiles: 30 })).radiusMiles).toBe(10);
    // Paging out beyond the texter's own ring goes on with the standard ones.
    expect(names(around.search(query({ beyondMiles: 5 })))).toEqual(['at 8', 'at 28', 'at 40']);
    // Too few near: the rings widen up to the limit and stop there.
    const sparse = dirOf([meeting({ name: 'one', ...milesNorth(1) }), meeting({ name: 'two', ...milesNorth(28) })]);
    const within30 = sparse.search(query({ maxMiles: 30 }));
    expect(names(within30)).toEqual(['one', 'two']);
    expect(within30.radiusMiles).toBe(30);
  });
});

describe('a meeting by id', () => {
  it('is found while loaded, and is undefined once gone', () => {
    const m = meeting({ name: 'by id' });
    expect(dirOf([m]).meeting(m.id)?.name).toBe('by id');
    expect(dirOf([]).meeting(m.id)).toBeUndefined();
  });
});
