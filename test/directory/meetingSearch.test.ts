import { buildDirectory } from '../../src/directory/buildDirectory';
import type { Meeting, MeetingQuery, Place } from '../../src/directory/types';
import { realCatalogue } from './realFeeds';

const BASE = { lat: 35.2, lon: -101.8 };
const place: Place = { ...BASE, label: 'Amarillo, TX', country: 'US' };
const milesNorth = (mi: number) => ({ lat: BASE.lat + mi / 69.05, lon: BASE.lon });

let seq = 0;
function meeting(over: Partial<Meeting> & { time?: string }): Meeting {
  const { time, ...rest } = over;
  const [h, m] = (time ?? '19:00').split(':').map(Number);
  seq++;
  return {
    id: `t:${seq}`,
    programId: 'aa',
    name: `Meeting ${seq}`,
    day: 2,
    startMinute: h * 60 + m,
    timezone: 'America/Chicago',
    modes: ['in_person'],
    ...BASE,
    tags: [],
    ...rest,
  };
}
const dirOf = (meetings: Meeting[]) => buildDirectory(meetings, realCatalogue());
const query = (over: Partial<MeetingQuery>): MeetingQuery => ({
  programs: ['aa'],
  modes: ['in_person'],
  place,
  now: new Date(),
  offset: 0,
  ...over,
});
const names = (p: { matches: Array<{ meeting: Meeting }> }) => p.matches.map((m) => m.meeting.name);

describe('ranking by next start', () => {
  it('orders by when each meeting next starts in its own time zone, a mile farther counting as 30 minutes later', () => {
    // Tuesday 2026-11-24 23:00 UTC = 6pm New York, 5pm Chicago, 3pm Los Angeles.
    const now = new Date('2026-11-24T23:00:00Z');
    const dir = dirOf([
      meeting({ name: 'NY 6:30pm', timezone: 'America/New_York', time: '18:30' }), // 23:30Z
      meeting({ name: 'Chicago 5:45pm', time: '17:45' }), // 23:45Z
      meeting({ name: 'LA 3pm', timezone: 'America/Los_Angeles', time: '15:00' }), // 23:00Z, now
      meeting({ name: 'LA 3pm farther', timezone: 'America/Los_Angeles', time: '15:00', ...milesNorth(3) }),
    ]);
    const page = dir.search(query({ now, limit: 10 }));
    // "LA 3pm farther" is 3 miles out: as if it started 90 minutes later, after Chicago's 45.
    expect(names(page)).toEqual(['LA 3pm', 'NY 6:30pm', 'Chicago 5:45pm', 'LA 3pm farther']);
    expect(page.matches.map((m) => m.nextStart.toISOString())).toEqual([
      '2026-11-24T23:00:00.000Z',
      '2026-11-24T23:30:00.000Z',
      '2026-11-24T23:45:00.000Z',
      '2026-11-24T23:00:00.000Z',
    ]);
    expect(page.matches[0].programName).toBe('AA');
  });

  it('wraps from Saturday night to Sunday morning', () => {
    // Saturday 2026-11-28 23:50 in Chicago = 2026-11-29 05:50 UTC.
    const now = new Date('2026-11-29T05:50:00Z');
    const dir = dirOf([
      meeting({ name: 'Sat 8am', day: 6, time: '08:00' }),
      meeting({ name: 'Sun 12:30am', day: 0, time: '00:30' }),
      meeting({ name: 'Sun 7am', day: 0, time: '07:00' }),
      meeting({ name: 'Sat 11:45pm', day: 6, time: '23:45' }),
    ]);
    const page = dir.search(query({ now, limit: 10 }));
    expect(names(page)).toEqual(['Sat 11:45pm', 'Sun 12:30am', 'Sun 7am', 'Sat 8am']);
    expect(page.matches[3].nextStart.toISOString()).toBe('2026-12-05T14:00:00.000Z');
  });

  it('still counts a meeting that started under 15 minutes ago, across the week boundary too', () => {
    const dir = dirOf([meeting({ name: 'Sat 11:55pm', day: 6, time: '23:55' })]);
    // Sunday 00:09 local: started 14 minutes ago.
    const inGrace = dir.search(query({ now: new Date('2026-11-29T06:09:59Z') }));
    expect(inGrace.matches[0].nextStart.toISOString()).toBe('2026-11-29T05:55:00.000Z');
    // Sunday 00:10 local: started 15 minutes ago, so the next one is a week away.
    const late = dir.search(query({ now: new Date('2026-11-29T06:10:00Z') }));
    expect(late.matches[0].nextStart.toISOString()).toBe('2026-12-06T05:55:00.000Z');
  });

  it('gives the right instant across a daylight-saving change', () => {
    // Saturday 2026-10-31 8am EDT; US clocks fall back on Sunday 2026-11-01.
    const dir = dirOf([meeting({ timezone: 'America/New_York', day: 0, time: '19:00' })]);
    const page = dir.search(query({ now: new Date('2026-10-31T12:00:00Z') }));
    expect(page.matches[0].nextStart.toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });
});

describe('radius', () => {
  it('looks within 10 miles first and says so', () => {
    const dir = dirOf([1, 2, 3, 30].map((mi) => meeting({ ...milesNorth(mi) })));
    const page = dir.search(query({ now: new Date('2026-11-24T12:00:00Z'), limit: 10 }));
    expect(page.radiusMiles).toBe(10);
    expect(page.matches).toHaveLength(3);
    expect(page.matches.map((m) => Math.round(m.distanceMiles!))).toEqual([1, 2, 3]);
  });

  it('widens to 25, 50 and 100 miles until at least 3 meetings fit', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(
      dirOf([5, 20, 40, 90].map((mi) => meeting({ ...milesNorth(mi) }))).search(query({ now, limit: 10 })).radiusMiles,
    ).toBe(50);
    expect(
      dirOf([5, 20, 24].map((mi) => meeting({ ...milesNorth(mi) }))).search(query({ now, limit: 10 })).radiusMiles,
    ).toBe(25);
    const far = dirOf([5, 60, 90, 120].map((mi) => meeting({ ...milesNorth(mi) }))).search(query({ now, limit: 10 }));
    expect(far.radiusMiles).toBe(100);
    expect(far.matches).toHaveLength(3);
  });

  it('counts only meetings of the chosen programs toward the 3', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const dir = dirOf([
      ...[1, 2, 3].map((mi) => meeting({ programId: 'na', ...milesNorth(mi) })),
      ...[1, 40, 45].map((mi) => meeting({ programId: 'aa', ...milesNorth(mi) })),
    ]);
    const page = dir.search(query({ now, programs: ['aa'], limit: 10 }));
    expect(page.radiusMiles).toBe(50);
    expect(page.matches.every((m) => m.meeting.programId === 'aa')).toBe(true);
  });

  it('looks in the next ring out with beyondMiles, leaving out the meetings already within it', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const dir = dirOf([1, 2, 3, 20, 40, 45, 48, 80].map((mi) => meeting({ name: `${mi} mi`, ...milesNorth(mi) })));
    expect(dir.search(query({ now, limit: 10 }))).toMatchObject({ radiusMiles: 10, hasMore: false });
    const ring = dir.search(query({ now, limit: 10, beyondMiles: 10 }));
    expect(ring.radiusMiles).toBe(50);
    expect(names(ring).sort()).toEqual(['20 mi', '40 mi', '45 mi', '48 mi']);
    const last = dir.search(query({ now, limit: 10, beyondMiles: 50 }));
    expect({ radius: last.radiusMiles, names: names(last) }).toEqual({ radius: 100, names: ['80 mi'] });
    expect(dir.search(query({ now, limit: 10, beyondMiles: 100 })).matches).toEqual([]);
  });

  it('puts the room in town first when the soonest listed are all a ring farther out, and pages stay one list', () => {
    // Van Horn, TX on a Saturday morning (the twenty-third session's probe): one group in town, on Monday night;
    // Marfa and Alpine, 69 and 84 mi off, meet today. Tuesday 2026-11-24 12:00Z is 6am in Chicago.
    const now = new Date('2026-11-24T12:00:00Z');
    const dir = dirOf([
      meeting({ name: 'In town Thu', day: 4, ...milesNorth(1) }),
      meeting({ name: 'Marfa noon', time: '12:00', ...milesNorth(69) }),
      meeting({ name: 'Alpine 5:30', time: '17:30', ...milesNorth(84) }),
      meeting({ name: 'Alpine 7', time: '19:00', ...milesNorth(84) }),
      meeting({ name: 'Fort Davis 8', time: '20:00', ...milesNorth(90) }),
    ]);
    const first = dir.search(query({ now, limit: 3 }));
    expect(first.radiusMiles).toBe(100);
    expect(names(first)).toEqual(['In town Thu', 'Marfa noon', 'Alpine 5:30']);
    const second = dir.search(query({ now, limit: 3, offset: 3 }));
    expect(names(second)).toEqual(['Alpine 7', 'Fort Davis 8']);
    // On the first page already, but third: first all the same.
    const third = dirOf([
      meeting({ name: 'In town Wed', day: 3, ...milesNorth(1) }),
      meeting({ name: 'Marfa noon', time: '12:00', ...milesNorth(69) }),
      meeting({ name: 'Alpine 5:30', time: '17:30', ...milesNorth(84) }),
    ]);
    expect(names(third.search(query({ now, limit: 3 })))).toEqual(['In town Wed', 'Marfa noon', 'Alpine 5:30']);
    // "anything closer?" was nearest first already; a town with a room in the first ring listed keeps soonest first.
    expect(names(dir.search(query({ now, limit: 3, nearestFirst: true })))[0]).toBe('In town Thu');
    const town = dirOf([
      meeting({ name: 'Near Thu', day: 4, ...milesNorth(1) }),
      meeting({ name: 'Close tonight', ...milesNorth(8) }),
      meeting({ name: 'Far tonight', ...milesNorth(40) }),
      meeting({ name: 'Farther tonight', ...milesNorth(45) }),
    ]);
    expect(names(town.search(query({ now, limit: 3 })))).toEqual(['Close tonight', 'Far tonight', 'Farther tonight']);
  });

  it('returns nothing in person, having looked 100 miles, when nothing is near', () => {
    const page = dirOf([meeting({})]).search(
      query({ place: { lat: 64.84, lon: -147.72, label: 'Fairbanks, AK', country: 'US' }, now: new Date() }),
    );
    expect(page).toEqual({ matches: [], radiusMiles: 100, hasMore: false });
  });
});

describe('twins', () => {
  it('shows a meeting a feed lists twice under two slugs only once', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const twin = { name: 'Top of Texas', time: '19:00', address: '1301 South Taylor Street', ...milesNorth(1) };
    const dir = dirOf([
      meeting(twin),
      meeting(twin),
      meeting({ ...twin, time: '12:00' }),
      meeting({ ...twin, programId: 'na' }),
    ]);
    const page = dir.search(query({ now, programs: ['aa', 'na'], limit: 10 }));
    expect(page.matches.map((m) => `${m.meeting.programId} ${m.meeting.startMinute}`).sort()).toEqual([
      'aa 1140',
      'aa 720',
      'na 1140',
    ]);
  });
});

describe('paging with offset', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const dir = dirOf(
    Array.from({ length: 8 }, (_, i) => meeting({ name: `M${i}`, time: `${10 + i}:00`, ...milesNorth(i % 3) })),
  );

  it('gives each meeting once, in order, and says when there are no more', () => {
    const pages = [0, 3, 6].map((offset) => dir.search(query({ now, offset, limit: 3 })));
    // An hour apart and 0, 1 or 2 miles out: M3 (at 1pm, here) ties M2 (at noon, 2 miles) and is nearer.
    expect(pages.map(names)).toEqual([
      ['M0', 'M1', 'M3'],
      ['M2', 'M4', 'M6'],
      ['M5', 'M7'],
    ]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    expect(dir.search(query({ now, offset: 9 }))).toMatchObject({ matches: [], hasMore: false });
  });

  it('mixes online and phone meetings in among the in-person ones (every third line), soonest first on a page', () => {
    const mixed = dirOf([
      meeting({ name: 'near', time: '13:00' }),
      meeting({
        name: 'online soon',
        time: '12:30',
        modes: ['online'],
        url: 'https://zoom.us/j/1',
        lat: undefined,
        lon: undefined,
      }),
      meeting({
        name: 'phone later',
        time: '20:00',
        modes: ['phone'],
        phone: '+16465588656,,1#',
        lat: undefined,
        lon: undefined,
      }),
      meeting({ name: 'hybrid near', time: '12:00', modes: ['in_person', 'online'], url: 'https://zoom.us/j/2' }),
    ]);
    const all = mixed.search(query({ now, modes: ['in_person', 'online', 'phone'], limit: 10 }));
    expect(names(all)).toEqual(['hybrid near', 'online soon', 'near', 'phone later']);
    const first = mixed.search(query({ now, modes: ['in_person', 'online', 'phone'], limit: 3 }));
    expect(names(first)).toEqual(['hybrid near', 'online soon', 'near']);
    // The list's own order beside it: a reply with room for two writes these, and the next page starts at the third.
    expect(first.listOrder?.map((m) => m.meeting.name)).toEqual(['hybrid near', 'near', 'online soon']);
    const second = mixed.search(query({ now, modes: ['in_person', 'online', 'phone'], offset: 2, limit: 1 }));
    expect(names(second)).toEqual(['online soon']);
    expect(second.hasMore).toBe(true);
    expect(names(mixed.search(query({ now, modes: ['phone'], place: undefined, limit: 10 })))).toEqual(['phone later']);
  });

  // The search keeps only the meetings a page can show; pages must still be slices of one ordered list.
  describe('in a city with far more meetings than a page', () => {
    const times = ['12:00', '12:30', '18:00', '19:00'];
    const crowd = Array.from({ length: 400 }, (_, i) =>
      meeting({
        // Ids out of step with the order added, so a tie broken by id is not the order added.
        id: `city:${(i * 37) % 400}`,
        name: `C${i}`,
        programId: i % 3 ? 'aa' : 'na',
        time: times[i % times.length],
        day: i % 2 ? 2 : 3,
        // Every fifth meeting shares one spot: same time and distance, told apart by id alone.
        ...(i % 5 ? milesNorth((i % 17) * 0.4) : milesNorth(2)),
      }),
    );
    const city = dirOf(crowd);
    const idOf = new Map(crowd.map((m) => [m.name, m.id]));

    it.each([false, true])('pages through the same order as one long page (byProgram %s)', (byProgram) => {
      const programs = ['na', 'aa'];
      const whole = city.search(query({ now, programs, byProgram, limit: 1000 }));
      expect(whole.matches).toHaveLength(400);
      expect(whole.hasMore).toBe(false);
      for (const [offset, limit] of [
        [0, 1],
        [0, 3],
        [3, 3],
        [9, 4],
        [130, 3],
        [397, 3],
        [398, 5],
      ]) {
        const page = city.search(query({ now, programs, byProgram, offset, limit }));
        expect(names(page)).toEqual(names(whole).slice(offset, offset + limit));
        expect(page.hasMore).toBe(offset + limit < 400);
      }
      // The long page itself: by program when asked, then next start, distance and id.
      const key = (m: (typeof whole.matches)[number]) =>
        [byProgram ? programs.indexOf(m.meeting.programId) : 0, m.nextStart.getTime(), m.distanceMiles!] as const;
      for (let i = 1; i < whole.matches.length; i++) {
        const [a, b] = [key(whole.matches[i - 1]), key(whole.matches[i])];
        const order = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        expect(order).toBeLessThanOrEqual(0);
        const [x, y] = [whole.matches[i - 1].meeting, whole.matches[i].meeting];
        if (order === 0 && x.lat === y.lat) expect(idOf.get(x.name)! < idOf.get(y.name)!).toBe(true);
      }
    });
  });
});

describe('online and phone meetings', () => {
  it('orders them by next start across time zones, with no place needed', () => {
    const now = new Date('2026-11-24T23:00:00Z'); // Tue 6pm New York
    const remote = (name: string, timezone: string, day: number, time: string) =>
      meeting({
        name,
        timezone,
        day,
        time,
        modes: ['online'],
        url: 'https://zoom.us/j/9',
        lat: undefined,
        lon: undefined,
      });
    const dir = dirOf([
      remote('NY Wed 8am', 'America/New_York', 3, '08:00'), // Wed 13:00Z
      remote('LA Tue 4pm', 'America/Los_Angeles', 2, '16:00'), // Wed 00:00Z
      remote('Chicago Tue 4:50pm', 'America/Chicago', 2, '16:50'), // started 10 min ago
      remote('Denver Tue 4pm', 'America/Denver', 2, '16:00'), // 23:00Z now
      remote('NY Tue 5pm', 'America/New_York', 2, '17:00'), // an hour ago: next week
    ]);
    const page = dir.search({ programs: ['aa'], modes: ['online'], now, offset: 0, limit: 10 });
    expect(names(page)).toEqual(['Chicago Tue 4:50pm', 'Denver Tue 4pm', 'LA Tue 4pm', 'NY Wed 8am', 'NY Tue 5pm']);
    expect(page.radiusMiles).toBeUndefined();
  });
});

describe('time words', () => {
  const now = new Date('2026-11-24T18:00:00Z'); // Tue noon in Chicago
  const dir = dirOf([
    meeting({ name: 'Tue 7pm', day: 2, time: '19:00' }),
    meeting({ name: 'Tue 9am', day: 2, time: '09:00' }),
    meeting({ name: 'Wed 7pm', day: 3, time: '19:00' }),
    meeting({ name: 'Sat 10am', day: 6, time: '10:00' }),
  ]);

  it('narrows to tonight', () => {
    expect(names(dir.search(query({ now, when: dir.parseWhen('tonight'), limit: 10 })))).toEqual(['Tue 7pm']);
  });

  it('narrows to tomorrow and to Saturday morning', () => {
    expect(names(dir.search(query({ now, when: dir.parseWhen('tomorrow'), limit: 10 })))).toEqual(['Wed 7pm']);
    expect(names(dir.search(query({ now, when: dir.parseWhen('saturday morning'), limit: 10 })))).toEqual(['Sat 10am']);
  });

  it('reads "tomorrow" in the small hours as the day just begun, then the next', () => {
    const smallHours = new Date('2026-11-25T06:45:00Z'); // Wed 12:45am in Chicago
    const found = names(dir.search(query({ now: smallHours, when: dir.parseWhen('tomorrow'), limit: 10 })));
    expect(found).toEqual(['Wed 7pm']);
    const afterFour = new Date('2026-11-25T10:30:00Z'); // Wed 4:30am: tomorrow is Thursday
    expect(names(dir.search(query({ now: afterFour, when: dir.parseWhen('tomorrow'), limit: 10 })))).toEqual([]);
  });

  describe('a meeting at 00:00, read as the evening before as its line says it ("Sat midnight")', () => {
    // Saturday 2026-11-28, 9pm in Chicago; the meeting starts at 00:00 on Sunday.
    const saturdayNight = new Date('2026-11-29T03:00:00Z');
    const nightDir = dirOf([
      meeting({ name: 'Sat midnight', day: 0, time: '00:00' }),
      meeting({ name: 'Sat 10pm', day: 6, time: '22:00' }),
      meeting({ name: 'Sun 1am', day: 0, time: '01:00' }),
      meeting({ name: 'Sun 7pm', day: 0, time: '19:00' }),
      meeting({ name: 'Sun midnight', day: 1, time: '00:00' }),
    ]);
    const found = (when: string, now = saturdayNight) =>
      names(nightDir.search(query({ now, when: nightDir.parseWhen(when), limit: 10 })));

    it('is tonight\'s, and Saturday\'s, not the first of "tomorrow" or of Sunday', () => {
      // The night goes on past midnight: a 1am meeting is tonight's too (the sixteenth session's probe).
      expect(found('tonight')).toEqual(['Sat 10pm', 'Sat midnight', 'Sun 1am']);
      expect(found('saturday')).toEqual(['Sat 10pm', 'Sat midnight']);
      expect(found('tomorrow')).toEqual(['Sun 1am', 'Sun 7pm', 'Sun midnight']);
      expect(found('sunday')).toEqual(['Sun 1am', 'Sun 7pm', 'Sun midnight']);
    });

    it('ends the evening and the night, and is no morning', () => {
      expect(found('tomorrow night')).toEqual(['Sun 7pm', 'Sun midnight']);
      expect(found('sunday morning')).toEqual([]);
    });

    it('is read at its own hour when the small hours are asked for ("before 6am", "at midnight")', () => {
      expect(
        nightDir.search(query({ now: saturdayNight, when: { fromMinute: 0, toMinute: 359 }, limit: 10 })),
      ).toMatchObject({
        matches: [
          { meeting: { name: 'Sat midnight' } },
          { meeting: { name: 'Sun 1am' } },
          { meeting: { name: 'Sun midnight' } },
        ],
      });
    });
  });

  it('reads "today" so a meeting already over today is not counted', () => {
    expect(names(dir.search(query({ now, when: dir.parseWhen('today'), limit: 10 })))).toEqual(['Tue 7pm']);
  });

  it("reads the window of an online meeting in the texter's zone, where it is shown, when their zone is known", () => {
    const online = (name: string, time: string) =>
      meeting({
        name,
        day: 3,
        time,
        timezone: 'America/New_York',
        modes: ['online'],
        url: 'https://zoom.us/j/1',
      });
    // Wednesday noon and 1pm in New York are 11am and noon in Chicago.
    const remote = dirOf([online('noon ET', '12:00'), online('1pm ET', '13:00')]);
    const afternoon = remote.parseWhen('tomorrow afternoon');
    const ask = (zone?: string) =>
      names(remote.search(query({ now, modes: ['online'], when: afternoon, limit: 10, ...(zone ? { zone } : {}) })));
    expect(ask('America/Chicago')).toEqual(['1pm ET']);
    expect(ask('America/New_York')).toEqual(['noon ET', '1pm ET']);
    // No zone known: the meeting's own.
    expect(ask()).toEqual(['noon ET', '1pm ET']);
    // A zone that is not one is read as none.
    expect(ask('Nowhere/Atlantis')).toEqual(['noon ET', '1pm ET']);
  });
});

describe('bad queries', () => {
  it('answers an invalid clock with an empty page instead of throwing', () => {
    const dir = dirOf([meeting({})]);
    expect(dir.search(query({ now: new Date('nonsense') }))).toEqual({ matches: [], hasMore: false });
  });

  it('lists a meeting once even when its program is asked for twice', () => {
    const dir = dirOf([meeting({ modes: ['online'], url: 'https://zoom.us/j/1', lat: undefined, lon: undefined })]);
    expect(
      dir.search(query({ programs: ['aa', 'aa'], modes: ['online'], now: new Date(), limit: 5 })).matches,
    ).toHaveLength(1);
  });

  it('searches every program when none is named', () => {
    const dir = dirOf([meeting({ programId: 'na' }), meeting({ programId: 'aa' })]);
    expect(dir.search(query({ programs: [], now: new Date(), limit: 5 })).matches).toHaveLength(2);
  });
});

describe('the US-Canada border', () => {
  // Geneva, NY and Picton, ON: 80 miles apart in a straight line, across Lake Ontario.
  const geneva: Place = { lat: 42.8689, lon: -76.9777, label: 'Geneva, NY', country: 'US' };
  const picton = { lat: 44.0077, lon: -77.1408, timezone: 'America/Toronto' };
  const now = new Date('2026-12-02T22:00:00Z');

  it('leaves out meetings across the border when our lists have meetings on the texter side', () => {
    const dir = dirOf([
      meeting({ name: 'Picton AA', region: 'ON', ...picton }),
      // No region: the zone tells the side.
      meeting({ name: 'Picton AA, zone only', ...picton }),
      meeting({
        name: 'Auburn NA',
        programId: 'na',
        region: 'NY',
        lat: 42.93,
        lon: -76.57,
        timezone: 'America/New_York',
      }),
    ]);
    expect(names(dir.search(query({ now, place: geneva, limit: 10 })))).toEqual([]);
    expect(names(dir.search(query({ now, place: geneva, programs: ['aa', 'na'], limit: 10 })))).toEqual(['Auburn NA']);
    // And the other way: a texter in Picton is not sent to New York.
    const inPicton: Place = { lat: 44.0, lon: -77.13, label: 'Picton, ON', country: 'CA' };
    expect(names(dir.search(query({ now, place: inPicton, programs: ['na'], limit: 10 })))).toEqual([]);
  });

  it('crosses only when our lists have no meeting at all on the texter side within the search', () => {
    const dir = dirOf([meeting({ name: 'Picton AA', region: 'ON', ...picton })]);
    const page = dir.search(query({ now, place: geneva, limit: 10 }));
    expect(names(page)).toEqual(['Picton AA']);
    expect(page.radiusMiles).toBe(100);
  });
});

describe('meetings meant for other family members (programs.yaml meeting_focus)', () => {
  // Tuesday 2026-11-24 23:00 UTC = 5pm in Chicago.
  const now = new Date('2026-11-24T23:00:00Z');
  const later = ['adult_children'];

  it("lists a program's meetings tagged `later` after its other meetings, in person", () => {
    const dir = dirOf([
      meeting({ programId: 'alanon', name: 'Adult Children 5:30pm', time: '17:30', tags: ['adult_children'] }),
      meeting({ programId: 'alanon', name: 'Parents 8pm', time: '20:00', tags: ['parents'] }),
      meeting({ programId: 'alanon', name: 'Open 6pm', time: '18:00', tags: ['open'] }),
      meeting({ programId: 'naranon', name: 'Nar-Anon 9pm', time: '21:00' }),
    ]);
    const q = query({ programs: ['naranon', 'alanon'], byProgram: true, now, limit: 10 });
    expect(names(dir.search({ ...q, later }))).toEqual([
      'Nar-Anon 9pm',
      'Open 6pm',
      'Parents 8pm',
      'Adult Children 5:30pm',
    ]);
    // Without it, the soonest first within each program, as before.
    expect(names(dir.search(q))).toEqual(['Nar-Anon 9pm', 'Adult Children 5:30pm', 'Open 6pm', 'Parents 8pm']);
  });

  it('orders online and phone meetings the same way, and pages stay one list', () => {
    const remote = { modes: ['phone' as const], lat: undefined, lon: undefined, programId: 'alanon' };
    const dir = dirOf([
      meeting({ ...remote, name: 'AC 5:30pm', time: '17:30', tags: ['adult_children'] }),
      meeting({ ...remote, name: 'AC 6pm', time: '18:00', tags: ['adult_children'] }),
      meeting({ ...remote, name: 'Open 7pm', time: '19:00' }),
      meeting({ ...remote, name: 'Parents Wed', day: 3, time: '12:00', tags: ['parents'] }),
    ]);
    const q = query({ programs: ['alanon'], modes: ['phone'], byProgram: true, now, later, limit: 2 });
    expect(names(dir.search(q))).toEqual(['Open 7pm', 'Parents Wed']);
    expect(names(dir.search({ ...q, offset: 2 }))).toEqual(['AC 5:30pm', 'AC 6pm']);
  });
});
