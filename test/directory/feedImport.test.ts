import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidTimeZone } from '../../src/directory/timeZones';
import type { Meeting } from '../../src/directory/types';
import { FEEDS, FIXTURES, importFixture } from './realFeeds';

const raw = (file: string) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

describe('importing the real feeds', () => {
  it('imports 594 of 613 Amarillo AA meetings, 18 listed twice merged, including those without coordinates, placed by ZIP', () => {
    const { meetings, report } = importFixture(FEEDS.amarillo);
    // 5519 "Everyone's A Winner": "Rotates (call for info), Floydada", no address, no link: nowhere to go.
    expect(report).toMatchObject({
      program: 'aa',
      imported: 594,
      merged: 18,
      rejected: [
        {
          slug: '5519',
          reason: expect.stringMatching(/^in person with no specific place \(the feed says "Rotates"\)/),
        },
      ],
    });
    expect(meetings.some((m) => m.id.endsWith(':5519'))).toBe(false);
    expect(meetings.filter((m) => m.tags.includes('placed_by_postal'))).toHaveLength(63);
    // Slaton Downtown Group (5439, 5440): 0,0 and downtown Lubbock's ZIP 79401, placed in Slaton (night probe 12).
    expect(meetings.filter((m) => m.tags.includes('placed_by_town')).map((m) => m.town)).toEqual(['Slaton', 'Slaton']);
    expect(meetings.every((m) => m.programId === 'aa' && m.modes.join() === 'in_person')).toBe(true);
  });

  it('reads the Amarillo quirks: "[open]" types, numeric ZIPs, ".TX" states, El Paso in Mountain time', () => {
    const { meetings } = importFixture(FEEDS.amarillo);
    const bySlug = new Map(meetings.map((m) => [m.id.split(':')[1], m]));
    expect(bySlug.get('5202')).toMatchObject({
      name: 'Touch of Soul',
      day: 1,
      startMinute: 720,
      tags: ['open'],
      region: 'TX',
      timezone: 'America/Chicago',
    });
    expect(bySlug.get('5699')!.region).toBe('TX');
    // 4812 Louisville, Lubbock: latitude and longitude both 0 in the feed; ZIP 79413 places it in Lubbock.
    const lubbock = bySlug.get('5362')!;
    expect(lubbock.lat).toBeCloseTo(33.55, 0);
    expect(lubbock.lon).toBeCloseTo(-101.9, 0);
    expect(meetings.filter((m) => m.town === 'El Paso').every((m) => m.timezone === 'America/Denver')).toBe(true);
  });

  it('imports all 45 Quinte (Ontario) AA meetings with numeric slugs, in Toronto time and province ON', () => {
    const { meetings, report } = importFixture(FEEDS.quinte);
    expect(report).toMatchObject({ imported: 45, rejected: [] });
    expect(meetings.every((m) => m.timezone === 'America/Toronto' && m.region === 'ON')).toBe(true);
    expect(meetings.find((m) => m.id.endsWith(':8'))).toMatchObject({ name: 'Tweed Group', day: 2, startMinute: 1170 });
  });

  it('imports 309 of 360 Al-Anon meetings and says why the other 51 did not come in', () => {
    const { meetings, report } = importFixture(FEEDS.alanon);
    expect(report.imported).toBe(309);
    expect(report.rejected).toHaveLength(51);
    const reasons = new Map<string, number>();
    for (const r of report.rejected) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
    expect(Object.fromEntries(reasons)).toEqual({
      'marked inactive in the feed (attendance_option: inactive)': 31,
      'online meeting, but its dial-in is not a usable number (fewer than 10 digits, or letters)': 2,
      'online meeting, but its link or dial-in is to a placeholder meeting ID (1234567890): a test entry': 3,
      'business meeting: for members who run the group, not a place for a newcomer': 13,
      'online meeting, but its dial-in has no meeting ID and the notes say the details come by e-mail, with no address': 2,
    });
    // Each reason is the feed's own: marked inactive, only "+11" to dial, "Business Meeting" in the name, a
    // shared Zoom number alone whose notes say to e-mail for the details (the address was removed from this
    // copy), or a test entry's placeholder meeting ID 1234567890.
    const feed = raw(FEEDS.alanon) as Array<Record<string, unknown>>;
    for (const r of report.rejected) {
      const m = feed.find((x) => x.slug === r.slug)!;
      if (r.reason.startsWith('marked inactive')) expect(m.attendance_option).toBe('inactive');
      else if (r.reason.startsWith('business')) expect(m.name).toMatch(/Business Meeting/);
      else if (r.reason.includes('e-mail')) {
        expect([m.conference_url ?? null, m.conference_phone]).toEqual([null, expect.stringMatching(/^\+1\d{10}$/)]);
        expect(m.notes).toMatch(/email/);
      } else if (r.reason.includes('placeholder meeting ID')) expect(m.conference_url).toMatch(/\/j\/1234567890$/);
      else expect([m.conference_url ?? null, m.conference_phone]).toEqual([null, '+11']);
    }
    expect(meetings).toHaveLength(309);
  });

  it('derives attendance from the Al-Anon feed: in person, online, hybrid and phone', () => {
    const { meetings } = importFixture(FEEDS.alanon);
    const count = (modes: string) => meetings.filter((m) => m.modes.join('+') === modes).length;
    // A hybrid meeting whose only dial-in is a shared Zoom number with no ID ("for Zoom meeting info, send an
    // email") is in person only: that number leads nowhere.
    expect(count('in_person')).toBe(157);
    expect(count('online+phone')).toBe(91);
    expect(count('in_person+online+phone')).toBe(45);
    expect(count('in_person+phone')).toBe(13);
    expect(count('phone')).toBe(3);
    // Online meetings with a placeholder address ("approximate": "yes") are not places to go.
    expect(meetings.filter((m) => !m.modes.includes('in_person')).every((m) => m.lat === undefined)).toBe(true);
    const hybrid = meetings.find((m) => m.id.endsWith(':6139-one-day-at-a-time-afg'))!;
    expect(hybrid.url).toMatch(/^https:\/\/us06web\.zoom\.us\/j\/\d+/);
    expect(hybrid.phone).toMatch(/^\+19292056099,,\d+#/);
  });

  it("files Al-Anon's Y meetings under Alateen, not young people", () => {
    const { meetings } = importFixture(FEEDS.alanon);
    const alateen = meetings.filter((m) => m.programId === 'alateen');
    expect(alateen.map((m) => m.id.split(':')[1]).sort()).toEqual([
      '30672373-wednesday-night-courage-to-be-me-alateen',
      '30674572-beverly-alateen',
      '30712973-northampton-alateen-group',
      '30813985-hope-a-day-at-a-time-alateen',
      '6275-lynnfield-monday-nite-alateen',
    ]);
    expect(alateen.every((m) => m.tags.includes('alateen'))).toBe(true);
  });

  it('imports the 53 NA meetings from BMLT, turning weekday_tinyint 2 (1 = Sunday) into Monday', () => {
    const { meetings, report } = importFixture(FEEDS.na);
    // 2640 and 1964 "Courage to Change": Monday 7pm at 1 Sterling Place, Watertown, listed twice.
    expect(report).toMatchObject({ program: 'na', imported: 52, merged: 1, rejected: [] });
    expect(meetings.some((m) => m.id.endsWith(':2640'))).toBe(false);
    expect(new Set(meetings.map((m) => m.day))).toEqual(new Set([1]));
    expect(meetings.find((m) => m.id.endsWith(':2566'))).toMatchObject({
      name: 'Step up and Be Free',
      startMinute: 19 * 60,
      town: 'Clifton Springs',
      timezone: 'America/New_York',
      tags: ['open', 'rotating_format', 'topic'],
    });
  });

  it("reads AA's Y as young people", () => {
    const feed = [
      {
        slug: 'yp',
        name: 'Young and Sober',
        day: '3',
        time: '19:00:00',
        types: 'y, o',
        address: '100 S Polk St',
        postal_code: '79101',
        city: 'Amarillo',
        state: 'TX',
      },
    ];
    const { meetings } = importFixture(FEEDS.amarillo, feed);
    expect(meetings[0]).toMatchObject({
      programId: 'aa',
      day: 3,
      startMinute: 1140,
      tags: ['young_people', 'open', 'placed_by_postal'],
    });
  });
});

describe('importing messy entries', () => {
  const importRows = (rows: unknown[], file = 'aa-test.meeting-guide.json') => importFixture(file, rows);

  it('expands a day array into one meeting per day', () => {
    const { meetings } = importRows([
      {
        slug: 'multi',
        name: 'Daily',
        day: [1, '3', 5],
        time: '7:30 PM',
        address: '1 Main St',
        latitude: '35.2',
        longitude: '-101.8',
      },
    ]);
    expect(meetings.map((m) => [m.id, m.day, m.startMinute])).toEqual([
      ['aa-test:multi-1', 1, 1170],
      ['aa-test:multi-3', 3, 1170],
      ['aa-test:multi-5', 5, 1170],
    ]);
  });

  it('places a meeting by town and state when it has neither coordinates nor ZIP', () => {
    const { meetings } = importRows([
      { slug: 't', name: 'No ZIP', day: 2, time: '19:00', address: '1 Main St', city: 'Amarillo', state: '.TX' },
    ]);
    expect(meetings[0].lat).toBeCloseTo(35.2, 0);
    expect(meetings[0].tags).toContain('placed_by_town');
  });

  it('places a meeting by its town when its ZIP is another town miles away, by the ZIP when it is a neighbourhood', () => {
    const row = { name: 'Downtown', day: 2, time: '20:00', address: '605 S. 19th Street', state: 'TX' };
    const { meetings } = importRows([
      { ...row, slug: 'slaton', city: 'Slaton', postal_code: '79401', latitude: 0, longitude: 0 },
      { ...row, slug: 'lubbock', city: 'Lubbock', postal_code: '79401' },
      { ...row, slug: 'dorchester', city: 'Dorchester', state: 'MA', postal_code: '02124' },
      { ...row, slug: 'unknown', name: 'Other Group', city: 'Nowhereville', postal_code: '79401' },
    ]);
    const bySlug = new Map(meetings.map((m) => [m.id.split(':')[1], m]));
    // Slaton's middle, about 15 miles south-east of Lubbock's 79401.
    expect(bySlug.get('slaton')!.lat).toBeCloseTo(33.44, 1);
    expect(bySlug.get('slaton')!.tags).toContain('placed_by_town');
    expect(bySlug.get('lubbock')!.tags).toContain('placed_by_postal');
    expect(bySlug.get('dorchester')!.tags).toContain('placed_by_postal');
    // A town the tables do not know: at the ZIP, marked so the line names the town rather than miles.
    expect(bySlug.get('unknown')!.tags).toContain('placed_by_postal_other_town');
  });

  it('rejects, with a reason each, what cannot become a meeting', () => {
    const { report } = importRows([
      { slug: 'noday', name: 'A', time: '19:00', latitude: 35.2, longitude: -101.8 },
      { slug: 'badday', name: 'B', day: 7, time: '19:00', latitude: 35.2, longitude: -101.8 },
      { slug: 'notime', name: 'C', day: 1, time: '25:00', latitude: 35.2, longitude: -101.8 },
      { slug: 'noname', day: 1, time: '19:00', latitude: 35.2, longitude: -101.8 },
      { slug: 'nowhere', name: 'D', day: 1, time: '19:00', address: '1 Main St' },
      { slug: 'closed', name: 'E', day: 1, time: '19:00', types: ['TC'], latitude: 35.2, longitude: -101.8 },
      { slug: 'nolink', name: 'F', day: 1, time: '19:00', types: ['ONL'], conference_url: 'not a url' },
      { slug: 'dup', name: 'G', day: 1, time: '19:00', address: '1 Main St', latitude: 35.2, longitude: -101.8 },
      { slug: 'dup', name: 'H', day: 1, time: '19:00', address: '1 Main St', latitude: 35.2, longitude: -101.8 },
      'junk',
    ]);
    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([
      { slug: '#10', reason: 'not a meeting object' },
      { slug: 'noday', reason: expect.stringMatching(/^no valid day/) },
      { slug: 'badday', reason: expect.stringMatching(/^no valid day/) },
      { slug: 'notime', reason: expect.stringMatching(/^no valid start time/) },
      { slug: 'noname', reason: 'no name' },
      { slug: 'nowhere', reason: expect.stringMatching(/^in person but the place is unknown/) },
      { slug: 'closed', reason: 'temporarily closed (TC) and no online link or dial-in' },
      { slug: 'nolink', reason: 'online meeting, but its link is not a usable http(s) address' },
      { slug: 'dup', reason: expect.stringMatching(/^duplicate slug/) },
    ]);
  });

  it('offers a meeting with no specific place (a town only, approximate, rotating) online only when it can be joined so', () => {
    const base = { day: 1, time: '19:00', city: 'Floydada', state: 'TX', postal_code: '79235' };
    const { meetings, report } = importRows([
      {
        ...base,
        slug: 'rot',
        name: 'Rotating',
        location: 'Rotates (call for info), Floydada',
        conference_url: 'https://zoom.us/j/5',
      },
      {
        ...base,
        slug: 'approx',
        name: 'Approx',
        address: '100 Main St',
        approximate: 'yes',
        attendance_option: 'hybrid',
        conference_phone: '+16465588656,,123#',
      },
      { ...base, slug: 'town', name: 'Town only' },
      {
        ...base,
        slug: 'named',
        name: 'Named with point',
        location: 'First Baptist Church',
        latitude: 33.98,
        longitude: -101.33,
      },
    ]);
    expect(meetings.map((m) => [m.id.split(':')[1], m.modes.join('+'), m.lat === undefined])).toEqual([
      ['rot', 'online', true],
      ['approx', 'phone', true],
      ['named', 'in_person', false],
    ]);
    expect(report.rejected).toEqual([
      {
        slug: 'town',
        reason: expect.stringMatching(
          /^in person with no specific place \(only a town \(Floydada\), no street address\)/,
        ),
      },
    ]);
  });

  it('keeps a temporarily closed meeting that still meets online, as online only', () => {
    const { meetings } = importRows([
      {
        slug: 'tc',
        name: 'Moved online',
        day: 1,
        time: '19:00',
        types: ['TC', 'ONL'],
        latitude: 35.2,
        longitude: -101.8,
        conference_url: 'https://zoom.us/j/1',
      },
    ]);
    expect(meetings[0].modes).toEqual(['online']);
    expect(meetings[0].lat).toBeUndefined();
  });

  it('refuses a whole feed whose program is unknown, in one line naming program=ID: and the ids, never guessing AA', () => {
    const rows = [
      { slug: 'x', name: 'X', day: 1, time: '19:00', address: '1 Main St', latitude: 35.2, longitude: -101.8 },
    ];
    expect(() => importFixture('mystery-feed.json', rows)).toThrow(/program=ID:.*\baa\b.*\balanon\b/);
    expect(() => importFixture('mystery-feed.json', rows)).not.toThrow(/\n/);
  });

  it('reads BMLT virtual, hybrid and closed meetings from venue_type and VM/HY/TC formats', () => {
    const row = (id: string, extra: Record<string, string>) => ({
      id_bigint: id,
      meeting_name: `M${id}`,
      weekday_tinyint: '1',
      start_time: '19:00:00',
      latitude: '42.96',
      longitude: '-77.12',
      formats: '',
      location_street: '128 Main Street',
      ...extra,
    });
    const { meetings, report } = importFixture(FEEDS.na, {
      meetings: [
        row('1', { venue_type: '2', virtual_meeting_link: 'https://zoom.us/j/1' }),
        row('2', {
          formats: 'HY',
          virtual_meeting_link: 'https://zoom.us/j/2',
          phone_meeting_number: '+1 646 558 8656,,2#',
        }),
        row('3', { formats: 'TC' }),
        row('4', { formats: 'VM', phone_meeting_number: '+16465588656,,4#' }),
      ],
    });
    expect(meetings.map((m) => [m.id.split(':')[1], m.day, m.modes.join('+')])).toEqual([
      ['1', 0, 'online'],
      ['2', 0, 'in_person+online+phone'],
      ['4', 0, 'phone'],
    ]);
    expect(report.rejected).toEqual([{ slug: '3', reason: 'temporarily closed (TC) and no online link or dial-in' }]);
  });
});

describe('every imported meeting', () => {
  const all: Meeting[] = Object.values(FEEDS).flatMap((f) => importFixture(f).meetings);

  it('has a day 0-6, a minute 0-1439 and a valid IANA zone', () => {
    expect(all).toHaveLength(594 + 45 + 309 + 52);
    for (const m of all) {
      expect(Number.isInteger(m.day) && m.day >= 0 && m.day <= 6).toBe(true);
      expect(Number.isInteger(m.startMinute) && m.startMinute >= 0 && m.startMinute <= 1439).toBe(true);
      expect(isValidTimeZone(m.timezone)).toBe(true);
    }
  });

  it('has coordinates when in person, and a link or dial-in when online or by phone', () => {
    for (const m of all) {
      expect(m.modes.length).toBeGreaterThan(0);
      if (m.modes.includes('in_person')) expect(Number.isFinite(m.lat) && Number.isFinite(m.lon)).toBe(true);
      if (m.modes.includes('online')) expect(m.url).toMatch(/^https?:\/\//);
      if (m.modes.includes('phone')) expect(m.phone!.replace(/\D/g, '').length).toBeGreaterThanOrEqual(10);
    }
  });

  it('has a unique id', () => {
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
  });
});
