import { formatMeetingDetails, formatMeetingLine, mapLink, shortWhere } from '../../src/directory/formatMeetings';
import type { Meeting, MeetingMatch } from '../../src/directory/types';
import { smsLength } from '../../src/sms/gsm7';
import { realDirectory, realCatalogue, importFixture, FEEDS } from './realFeeds';

const labels = {
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  online: 'online',
  phone: 'phone',
  miles: 'mi',
  details: { map: 'Map', notes: 'Notes', types: 'Types', tags: { open: 'open to all' } },
};
const now = new Date('2026-11-24T18:00:00Z');
const bundled = Object.values(FEEDS).flatMap((f) => importFixture(f).meetings);
const inPerson = bundled.filter((m) => m.modes.includes('in_person'));

describe('where, on every in-person line', () => {
  it('shows a street or a place name for every bundled in-person meeting that has an address', () => {
    expect(inPerson.length).toBeGreaterThan(500);
    const withAddress = inPerson.filter((m) => m.address);
    for (const m of withAddress) {
      const where = shortWhere(m);
      const line = formatMeetingLine(
        { meeting: m, distanceMiles: 3, nextStart: now, programName: 'AA' },
        { labels, now },
      );
      expect({ id: m.id, where: where.length > 0 }).toEqual({ id: m.id, where: true });
      expect(line).toContain(`, ${where}, 3 mi`);
    }
    // Almost all of them carry a house number: the street, not only a town or a hall's name.
    const streets = withAddress.filter((m) => /^\d/.test(shortWhere(m)));
    expect(streets.length / withAddress.length).toBeGreaterThan(0.9);
  });

  it('reads the street out of a formatted address and a BMLT "place, street"', () => {
    const base: Meeting = {
      id: 'x',
      programId: 'aa',
      name: 'X',
      day: 1,
      startMinute: 600,
      timezone: 'America/Chicago',
      modes: ['in_person'],
      tags: [],
    };
    expect(shortWhere({ ...base, address: '540 Forest Ave, Brockton, MA 02301, USA' })).toBe('540 Forest Ave');
    expect(shortWhere({ ...base, address: 'Clifton springs Hospital, 128 Main street' })).toBe('128 Main street');
    expect(shortWhere({ ...base, location: 'First Baptist Church', town: 'Tulia' })).toBe('First Baptist Church');
    expect(shortWhere({ ...base, town: 'Tulia' })).toBe('Tulia');
  });
});

describe('the details of one meeting', () => {
  const dir = realDirectory();

  it('gives name, day and time, full address, a map link with no key, and the types in words, in three parts', () => {
    const ourGroup = inPerson.find((m) => m.name === 'Our Group' && m.address === '327 East Central Avenue')!;
    const text = formatMeetingDetails(ourGroup, { labels, maxChars: 380, now, programName: 'AA' });
    expect(text.split('\n')[0]).toMatch(/^AA Our Group, (Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d/);
    expect(text).toContain('327 East Central Avenue, Amarillo, TX');
    expect(text).toMatch(/Map: https:\/\/maps\.google\.com\/\?q=35\.\d+,-101\.\d+/);
    expect(text).toMatch(/Types: .*closed/);
    expect(smsLength(text)).toBeLessThanOrEqual(380);
  });

  it('gives the link and dial-in of a hybrid meeting, and the location notes', () => {
    const hybrid = bundled.find((m) => m.modes.includes('in_person') && m.url && m.phone && m.locationNotes);
    expect(hybrid).toBeDefined();
    const text = formatMeetingDetails(hybrid!, { labels, maxChars: 380, now, programName: 'Al-Anon' });
    expect(text).toContain('online: ');
    // Spelled out for a basic phone, then as one tap.
    expect(text).toContain('phone: 929-205-6099, ID 852 5438 0832, passcode 123456');
    expect(text).toContain(hybrid!.phone);
    expect(smsLength(text)).toBeLessThanOrEqual(380);
  });

  it('gives a hybrid meeting listed to join from afar at the time the list gave, with how to join and no street', () => {
    // Online and phone Al-Anon meetings for a texter in Amarillo, as the fallback lists them.
    const page = dir.search({
      programs: ['alanon'],
      modes: ['online', 'phone'],
      place: { lat: 35.2, lon: -101.84, label: 'Amarillo, TX', country: 'US' },
      now,
      offset: 0,
      limit: 200,
    });
    const match = page.matches.find(
      (m) => m.meeting.modes.includes('in_person') && m.meeting.phone && m.meeting.timezone === 'America/New_York',
    )!;
    expect(match).toBeDefined();
    const zone = 'America/Chicago';
    const listed = formatMeetingLine(match, { labels, now, zone, modes: ['online', 'phone'] });
    const options = { labels, maxChars: 380, now, programName: 'Al-Anon', zone };
    const joining = formatMeetingDetails(match.meeting, { ...options, joining: true });
    const [title] = joining.split('\n');
    // The same day and time as its line in the list: Amarillo's clock, an hour behind New York's.
    expect(listed).toContain(title.slice(title.lastIndexOf(', ') + 2));
    expect(joining).toMatch(/^phone: 929-205-6099, ID \d{3} \d{4} \d{4}, passcode \d+$/m);
    expect(joining).not.toContain('Map: ');
    // Listed as a meeting to go to, it keeps its own clock and the address.
    const going = formatMeetingDetails(match.meeting, options);
    expect(going).toContain('Map: ');
    expect(going.split('\n')[0]).not.toBe(title);
  });

  it('fits every bundled meeting into the budget, address and map link kept', () => {
    for (const m of bundled) {
      const text = formatMeetingDetails(m, {
        labels,
        maxChars: 380,
        now,
        programName: realCatalogue().program(m.programId)?.name,
      });
      expect(smsLength(text)).toBeLessThanOrEqual(380);
      if (m.modes.includes('in_person')) expect(text).toContain('Map: https://maps.google.com/?q=');
      expect(dir.meeting(m.id)?.name ?? m.name).toBe(m.name);
    }
  });

  it('maps an approximately placed meeting by its address, and a placed one by its point', () => {
    const base: Meeting = {
      id: 'x',
      programId: 'aa',
      name: 'X',
      day: 1,
      startMinute: 600,
      timezone: 'America/Chicago',
      modes: ['in_person'],
      lat: 35.1234567,
      lon: -101.7654321,
      tags: [],
    };
    expect(mapLink(base)).toBe('https://maps.google.com/?q=35.12346,-101.76543');
    expect(mapLink({ ...base, address: '12 Elm St', town: 'Tulia', region: 'TX', tags: ['placed_by_postal'] })).toBe(
      'https://maps.google.com/?q=12+Elm+St,+Tulia,+TX',
    );
  });

  it('says the town of a "place, street" whose place is named for the town, once in any other address (probe 42)', () => {
    const base: Meeting = {
      id: 'x',
      programId: 'na',
      name: 'X',
      day: 1,
      startMinute: 600,
      timezone: 'America/New_York',
      modes: ['in_person'],
      lat: 42.96,
      lon: -77.12,
      tags: [],
    };
    const details = (m: Partial<Meeting>) => formatMeetingDetails({ ...base, ...m }, { labels, now, maxChars: 459 });
    expect(
      details({ address: 'Clifton springs Hospital, 128 Main street', town: 'Clifton Springs', region: 'NY' }),
    ).toContain('Clifton springs Hospital, 128 Main street, Clifton Springs, NY');
    // Named already: after a place's name, in a one-part street address, in a street line before the state.
    expect(details({ address: 'Hall, 1 Main St, Geneva, NY 14456', town: 'Geneva', region: 'NY' })).toContain(
      'Hall, 1 Main St, Geneva, NY 14456\n',
    );
    expect(details({ address: '12 Elm St Tulia TX', town: 'Tulia', region: 'TX' })).toContain('12 Elm St Tulia TX\n');
    expect(details({ address: '12 Elm St Tulia, TX 79088', town: 'Tulia', region: 'TX' })).toContain(
      '12 Elm St Tulia, TX 79088\n',
    );
  });

  it('shows a remote meeting in the texter zone when known, else its own zone with the abbreviation', () => {
    const online = bundled.find((m) => !m.modes.includes('in_person') && m.url && m.timezone === 'America/New_York')!;
    const match: MeetingMatch = { meeting: online, nextStart: now, programName: 'Al-Anon' };
    expect(formatMeetingLine(match, { labels, now })).toMatch(/ (EST|EDT), online /);
    const inAmarillo = formatMeetingLine(match, { labels, now, zone: 'America/Chicago' });
    expect(inAmarillo).not.toMatch(/ (EST|EDT|CST|CDT)/);
    // 1pm in New York on that Tuesday is noon in Amarillo.
    expect(inAmarillo).toContain('Tue 12pm, online');
  });
});
