import fc from 'fast-check';
import {
  clockTime,
  formatMeetingLines,
  formatMeetingPage,
  formatOnlineOptions,
  formatProgramList,
} from '../../src/directory/formatMeetings';
import type { Meeting, MeetingMatch, MeetingPage, ReplyLabels } from '../../src/directory/types';
import { isGsm7, smsLength } from '../../src/sms/gsm7';
import { realCatalogue, realDirectory } from './realFeeds';

const labels: ReplyLabels = {
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  online: 'online',
  phone: 'phone',
  miles: 'mi',
};
const now = new Date('2026-11-24T23:00:00Z');
/** The default meeting's next start from `now`: Tuesday 7:30pm in Chicago, 8:30pm in New York. */
const tue730 = new Date('2026-11-25T01:30:00Z');

function match(over: Partial<Meeting>, extra: Partial<MeetingMatch> = {}): MeetingMatch {
  return {
    meeting: {
      id: 'x:1',
      programId: 'aa',
      name: 'Touch of Soul',
      day: 2,
      startMinute: 19 * 60 + 30,
      timezone: 'America/Chicago',
      modes: ['in_person'],
      lat: 35,
      lon: -101,
      town: 'Amarillo',
      tags: [],
      ...over,
    },
    distanceMiles: 4.2,
    nextStart: now,
    programName: 'AA',
    ...extra,
  };
}
const page = (...matches: MeetingMatch[]): MeetingPage => ({ matches, hasMore: false });

describe("a meeting a week away on today's weekday", () => {
  // now is Tuesday 5pm in Amarillo; the meeting is on Tuesdays.
  const withNext = { ...labels, next: 'next' };
  const line = (startMinute: number, nextStart: Date) =>
    formatMeetingLines(
      { matches: [match({ startMinute }, { nextStart })], hasMore: false },
      {
        labels: withNext,
        maxChars: 200,
        now,
      },
    );

  it('says "next Tue" when tonight\'s has passed, so it is not read as today\'s', () => {
    expect(line(16 * 60, new Date('2026-12-01T22:00:00Z'))).toContain('next Tue 4pm');
  });

  it('says plain "Tue" for tonight\'s, and plain days for the rest of the week', () => {
    expect(line(19 * 60 + 30, new Date('2026-11-25T01:30:00Z'))).toContain(', Tue 7:30pm,');
    const monday = formatMeetingLines(
      {
        matches: [match({ day: 1, startMinute: 19 * 60 }, { nextStart: new Date('2026-12-01T01:00:00Z') })],
        hasMore: false,
      },
      { labels: withNext, maxChars: 200, now },
    );
    expect(monday).toContain(', Mon 7pm,');
  });
});

describe('noon and midnight in words', () => {
  const words = { ...labels, midnight: 'midnight', noon: 'noon' };
  const line = (day: number, startMinute: number, given: ReplyLabels = words) =>
    formatMeetingLines(page(match({ day, startMinute })), { labels: given, maxChars: 200, now });

  it('says a meeting at 00:00 as midnight of the evening before, which "Sun 12am" is misread as noon or Sunday night', () => {
    expect(line(0, 0)).toContain(', Sat midnight,');
    expect(line(3, 0)).toContain(', Tue midnight,');
  });

  it('says a meeting at 12:00 as noon on its own day, and keeps 12:30am and 12:30pm as they are', () => {
    expect(line(5, 12 * 60)).toContain(', Fri noon,');
    expect(line(5, 30)).toContain(', Fri 12:30am,');
    expect(line(5, 12 * 60 + 30)).toContain(', Fri 12:30pm,');
  });

  it('writes 12am and 12pm when the flow gives no words for them', () => {
    expect(line(0, 0, labels)).toContain(', Sun 12am,');
    expect(line(0, 12 * 60, labels)).toContain(', Sun 12pm,');
  });
});

describe('formatMeetingLines', () => {
  it('says the street of a meeting nearby, and the town and state of one farther off', () => {
    const opts = { labels, maxChars: 459, now };
    const at = (miles: number) =>
      formatMeetingLines(
        page(match({ address: '85 Dundas St, Trenton, ON', town: 'Trenton', region: 'ON' }, { distanceMiles: miles })),
        opts,
      );
    expect(at(4.2)).toBe('AA Touch of Soul, Tue 7:30pm, 85 Dundas St, 4 mi');
    expect(at(86.6)).toBe('AA Touch of Soul, Tue 7:30pm, Trenton ON, 87 mi');
  });

  it("writes a meeting's line again when its feed changed what the line says (same id, kept parts)", () => {
    const opts = { labels, maxChars: 459, now };
    expect(formatMeetingLines(page(match({ name: 'Touch of Soul' })), opts)).toBe(
      'AA Touch of Soul, Tue 7:30pm, Amarillo, 4 mi',
    );
    expect(formatMeetingLines(page(match({ name: 'New Hope', address: '5 Oak St, Amarillo' })), opts)).toBe(
      'AA New Hope, Tue 7:30pm, 5 Oak St, 4 mi',
    );
    const remote = { modes: ['online', 'phone'] as Meeting['modes'], lat: undefined, lon: undefined };
    const online = (phone: string) =>
      formatMeetingLines(page(match({ ...remote, url: 'https://zoom.us/j/1', phone }, { distanceMiles: undefined })), {
        ...opts,
        zone: 'America/Chicago',
      });
    expect(online('+1 555 0100')).toContain('phone +1 555 0100');
    expect(online('+1 555 0199')).toContain('phone +1 555 0199');
  });

  it('writes program, name, weekday and time, town and distance on one line', () => {
    expect(formatMeetingLines(page(match({})), { labels, maxChars: 459, now })).toBe(
      'AA Touch of Soul, Tue 7:30pm, Amarillo, 4 mi',
    );
  });

  it('names the town instead of miles for a meeting placed at a ZIP of another town (placed_by_postal_other_town)', () => {
    const unsure = match({
      address: '605 S. 19th Street',
      town: 'Nowhereville',
      region: 'TX',
      tags: ['placed_by_postal_other_town'],
    });
    expect(formatMeetingLines(page(unsure), { labels, maxChars: 459, now })).toBe(
      'AA Touch of Soul, Tue 7:30pm, Nowhereville TX',
    );
  });

  it('gives online meetings their link and zone, and phone meetings their dial-in', () => {
    const online = match(
      {
        modes: ['online'],
        url: 'https://zoom.us/j/123',
        lat: undefined,
        lon: undefined,
        timezone: 'America/New_York',
        startMinute: 18 * 60,
      },
      { distanceMiles: undefined },
    );
    const phone = match(
      { modes: ['phone'], phone: '+19292056099,,885#', lat: undefined, lon: undefined, startMinute: 7 * 60 },
      { distanceMiles: undefined, nextStart: new Date('2026-12-01T13:00:00Z') },
    );
    // No place, so no zone of the texter's: both in Eastern time, named, though the second meets in Chicago.
    expect(formatMeetingLines(page(online, phone), { labels, maxChars: 459, now })).toBe(
      'AA Touch of Soul, Tue 6pm EST, online zoom.us/j/123\nAA Touch of Soul, Tue 8am EST, phone 929-205-6099, ID 885',
    );
    // With the texter's zone, in it and unnamed.
    expect(formatMeetingLines(page(phone), { labels, maxChars: 459, now, zone: 'America/Chicago' })).toBe(
      'AA Touch of Soul, Tue 7am, phone 929-205-6099, ID 885',
    );
  });

  it('uses the labels it is given (Spanish)', () => {
    const es: ReplyLabels = {
      days: ['Dom', 'Lun', 'Mar', 'Mie', 'Jue', 'Vie', 'Sab'],
      online: 'en linea',
      phone: 'por tel',
      miles: 'mi',
    };
    const online = match(
      { modes: ['online'], url: 'https://zoom.us/j/1', lat: undefined, lon: undefined },
      { distanceMiles: undefined, nextStart: tue730 },
    );
    expect(formatMeetingLines(page(online), { labels: es, maxChars: 459, now })).toBe(
      'AA Touch of Soul, Mar 8:30pm EST, en linea zoom.us/j/1',
    );
  });

  it('makes feed text plain GSM-7: curly quotes, emoji and group numbers go', () => {
    const out = formatMeetingLines(
      page(match({ name: '1234 \u201CHope\u201D \uD83D\uDE4F Group (formerly Bourne)', town: 'Sagamore\u00A0Beach' })),
      { labels, maxChars: 459, now },
    );
    expect(out).toBe('AA "Hope"  Group, Tue 7:30pm, Sagamore Beach, 4 mi'.replace('  ', ' '));
    expect(isGsm7(out)).toBe(true);
  });

  it('keeps a number that is the name itself: "710 Group" is not "AA Group"', () => {
    const out = formatMeetingLines(page(match({ name: '710 Group' })), { labels, maxChars: 459, now });
    expect(out.startsWith('AA 710 Group, ')).toBe(true);
  });

  it('cuts a very long name and drops whole lines that do not fit', () => {
    const long = match({ name: 'A'.repeat(200) });
    const line = formatMeetingLines(page(long), { labels, maxChars: 459, now });
    expect(line).toBe(`AA ${'A'.repeat(37)}..., Tue 7:30pm, Amarillo, 4 mi`);
    const three = page(match({ name: 'One' }), match({ name: 'Two' }), match({ name: 'Three' }));
    const full = formatMeetingLines(three, { labels, maxChars: 459, now });
    expect(full.split('\n')).toHaveLength(3);
    const two = formatMeetingLines(three, { labels, maxChars: full.length - 1, now });
    expect(two.split('\n')).toEqual(full.split('\n').slice(0, 2));
  });

  it('falls back to the dial-in alone when the link does not fit', () => {
    const both = match(
      {
        modes: ['online', 'phone'],
        url: 'https://us06web.zoom.us/j/84208537811?pwd=' + 'x'.repeat(40),
        phone: '+19292056099,,84208537811#',
        lat: undefined,
        lon: undefined,
      },
      { distanceMiles: undefined, nextStart: tue730 },
    );
    const out = formatMeetingLines(page(both), { labels, maxChars: 90, now });
    expect(out).toBe('AA Touch of Soul, Tue 8:30pm EST, phone 929-205-6099, ID 842 0853 7811');
  });

  it('drops every link before dropping a meeting, so three online meetings still fit a short reply', () => {
    const online = (name: string, id: string) =>
      match(
        {
          name,
          modes: ['online', 'phone'],
          url: `https://us06web.zoom.us/j/${id}?pwd=Y1N6ZGF4TDlKZGhjeEtxeEZ0UkJqUT09`,
          phone: `+19292056099,,${id}#`,
          lat: undefined,
          lon: undefined,
        },
        { distanceMiles: undefined, nextStart: tue730 },
      );
    const three = page(
      online('Early', '88538130466'),
      online('Noon', '88538130467'),
      online('Late AFG', '88538130468'),
    );
    const out = formatMeetingLines(three, { labels, maxChars: 230, now });
    expect(out.split('\n')).toEqual([
      'AA Early, Tue 8:30pm EST, phone 929-205-6099, ID 885 3813 0466',
      'AA Noon, Tue 8:30pm EST, phone 929-205-6099, ID 885 3813 0467',
      'AA Late, Tue 8:30pm EST, phone 929-205-6099, ID 885 3813 0468',
    ]);
    expect(formatMeetingLines(three, { labels, maxChars: 1000, now }).split('\n')[0]).toBe(
      'AA Early, Tue 8:30pm EST, online us06web.zoom.us/j/88538130466?pwd=Y1N6ZGF4TDlKZGhjeEtxeEZ0UkJqUT09, phone 929-205-6099, ID 885 3813 0466',
    );
  });

  it('leaves out lines only from the end, and says how many meetings it showed', () => {
    const three = page(
      match({ name: 'One' }),
      match({ name: 'Two with a much longer name here' }),
      match({ name: 'Three' }),
    );
    const full = formatMeetingPage(three, { labels, maxChars: 459, now });
    expect(full.shown).toBe(3);
    const cut = formatMeetingPage(three, { labels, maxChars: full.text.split('\n')[0].length + 5, now });
    expect(cut).toEqual({ text: 'AA One, Tue 7:30pm, Amarillo, 4 mi', shown: 1 });
    expect(formatMeetingPage(page(), { labels, maxChars: 459, now })).toEqual({ text: '', shown: 0 });
  });

  it('returns an empty string for an empty page, for the flow to say so in its own words', () => {
    expect(formatMeetingLines({ matches: [], hasMore: false, radiusMiles: 100 }, { labels, maxChars: 459, now })).toBe(
      '',
    );
  });

  it('never exceeds maxChars and is always GSM-7, for any real page and any feed text', () => {
    const dir = realDirectory();
    const boston = dir.lookupPlace('02108');
    if (boston.kind !== 'found') throw new Error('02108');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 500 }),
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.integer({ min: 0, max: 7 * 24 * 60 }),
        (offset, maxChars, name, minutes) => {
          const when = new Date(now.getTime() + minutes * 60_000);
          const p = dir.search({
            programs: ['alanon', 'alateen'],
            modes: ['in_person', 'online', 'phone'],
            place: boston.place,
            now: when,
            offset,
            limit: 3,
          });
          const withOdd = {
            ...p,
            matches: p.matches.map((m, i) => (i === 0 ? { ...m, meeting: { ...m.meeting, name } } : m)),
          };
          const out = formatMeetingLines(withOdd, { labels, maxChars, now: when });
          return smsLength(out) <= maxChars && isGsm7(out);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes times as 7:30pm, 7pm, 12pm and 12am', () => {
    expect([19 * 60 + 30, 19 * 60, 12 * 60, 0, 9 * 60 + 5].map(clockTime)).toEqual([
      '7:30pm',
      '7pm',
      '12pm',
      '12am',
      '9:05am',
    ]);
  });
});

describe('formatProgramList', () => {
  const programs = realCatalogue().programsFor({ audience: 'self', concern: 'unsure' });

  it('gives each program its one-line description, link and phone when there is room', () => {
    const out = formatProgramList(programs, 'en', 1000);
    expect(out.split('\n')).toEqual([
      'SMART Recovery. Science-based self-help groups for any addiction, in person and online. meetings.smartrecovery.org/meetings',
      'AA: Alcoholics Anonymous. Free groups for anyone who wants to stop drinking. aa.org/find-aa',
      'NA: Narcotics Anonymous. Free groups for anyone who wants to stop using drugs. na.org/meetingsearch',
      'Group therapy and treatment near you. Free, confidential help line 24/7. findtreatment.gov 1-800-662-4357',
    ]);
  });

  it('switches to the compact form so no program is dropped in a short reply', () => {
    const out = formatProgramList(programs, 'es', 140);
    expect(out.split('\n')).toEqual([
      'SMART Recovery meetings.smartrecovery.org/meetings',
      'AA aa.org/find-aa',
      'NA na.org/meetingsearch',
      'Terapia de grupo 1-800-662-4357',
    ]);
    expect(smsLength(out)).toBeLessThanOrEqual(140);
  });

  it('writes Spanish descriptions in GSM-7 without forcing UCS-2', () => {
    const out = formatProgramList(programs, 'es', 1000);
    expect(out).toContain('NA: Narcoticos Anonimos.');
    expect(isGsm7(out)).toBe(true);
  });

  it('names every program for a family member and drugs, each with its link or number, SMART Family too', () => {
    const family = realCatalogue().programsFor({ audience: 'family', concern: 'drugs', teen: false });
    for (const max of [130, 160]) {
      const out = formatProgramList(family, 'en', max);
      expect(out).toMatch(/^Nar-Anon nar-anon.org\/find-a-meeting\nAl-Anon( \S+)+\nSMART Family & Friends \S+/);
      expect(smsLength(out)).toBeLessThanOrEqual(max);
    }
    // Compact: each program keeps the shorter of its link and its phone line (Al-Anon's number).
    expect(formatProgramList(family, 'en', 130)).toBe(
      'Nar-Anon nar-anon.org/find-a-meeting\nAl-Anon 1-888-425-2666\n' +
        'SMART Family & Friends meetings.smartrecovery.org/meetings',
    );
    // Every program named carries a way to reach it: never a bare name.
    const situations = [
      { audience: 'family', concern: 'unsure' },
      { audience: 'self', concern: 'unsure' },
      { audience: 'self', concern: 'drugs', medication: true },
    ] as const;
    for (const situation of situations) {
      const lines = formatProgramList(realCatalogue().programsFor(situation), 'en', 160).split('\n');
      for (const line of lines) expect(line).toMatch(/ (\S+\.\S+|[\d-]{12,})$/);
    }
  });

  it('answers the same situation with the same frozen list, and writes a list that can change afresh each time', () => {
    const catalogue = realCatalogue();
    const situation = { audience: 'family', concern: 'drugs', teen: false } as const;
    const family = catalogue.programsFor(situation);
    expect(catalogue.programsFor({ ...situation })).toBe(family);
    expect(Object.isFrozen(family)).toBe(true);
    expect(formatProgramList(family, 'en', 20)).toBe(formatProgramList(family, 'en', 20));
    const mutable = [...family];
    expect(formatProgramList(mutable, 'en', 1000)).toMatch(/^Nar-Anon/);
    mutable.reverse();
    expect(formatProgramList(mutable, 'en', 1000)).toMatch(/^SMART Family & Friends/);
  });

  it('drops whole programs, from the end, only when even their shortest link or number does not fit', () => {
    const family = realCatalogue().programsFor({ audience: 'family', concern: 'drugs', teen: false });
    expect(formatProgramList(family, 'en', 70)).toBe('Nar-Anon nar-anon.org/find-a-meeting\nAl-Anon 1-888-425-2666');
  });

  it('names every program in the online options too, keeping phone lines before links when short', () => {
    const family = realCatalogue().programsFor({ audience: 'family', concern: 'drugs', teen: false });
    expect(formatOnlineOptions(family, 459)).toBe(
      'Nar-Anon nar-anon.org/find-a-meeting\nAl-Anon al-anon.org/al-anon-meetings/find-an-al-anon-meeting 1-888-425-2666\nSMART Family & Friends meetings.smartrecovery.org/meetings',
    );
    // Short of room, the last keep their site's own name, never a bare name (the texting probe of 2026-12-06).
    expect(formatOnlineOptions(family, 110)).toBe(
      'Nar-Anon nar-anon.org/find-a-meeting\nAl-Anon 1-888-425-2666\nSMART Family & Friends meetings.smartrecovery.org',
    );
    expect(formatOnlineOptions(family, 100)).toBe(
      'Nar-Anon nar-anon.org\nAl-Anon al-anon.org\nSMART Family & Friends meetings.smartrecovery.org',
    );
    expect(formatOnlineOptions(family, 80, { phoneLabel: 'phone' })).toBe('Nar-Anon nar-anon.org\nAl-Anon al-anon.org');
    for (const max of [40, 60, 90, 110, 200])
      for (const line of formatOnlineOptions(family, max).split('\n').filter(Boolean))
        expect(line).toMatch(/\S+\.(?:org|com)|\d{3}-\d{4}/);
  });

  it('never gives bare names alone: when even the first program cannot keep its link, programs go from the end', () => {
    const onMedication = realCatalogue().programsFor({ audience: 'self', concern: 'drugs', medication: true });
    expect(formatOnlineOptions(onMedication, 30)).toBe('MARA mara-international.org');
    expect(formatOnlineOptions(onMedication, 20)).toBe('');
  });

  it("names programs in the texter's language where they have a name of their own in it", () => {
    const gambling = realCatalogue().programsFor({ audience: 'self', concern: 'gambling' });
    expect(formatOnlineOptions(gambling, 459, { lang: 'es' }).split('\n')[0]).toBe(
      'Jugadores Anonimos gamblersanonymous.org',
    );
    expect(formatOnlineOptions(gambling, 459, { lang: 'en' }).split('\n')[0]).toBe(
      'Gamblers Anonymous gamblersanonymous.org',
    );
    expect(formatProgramList(gambling, 'es', 459, { shortest: true }).split('\n')[0]).toMatch(/^Jugadores Anonimos /);
  });

  it('lists online and phone options per program for when nothing is near', () => {
    expect(
      formatOnlineOptions(realCatalogue().programsFor({ audience: 'self', concern: 'drugs', medication: true }), 459),
    ).toBe('MARA mara-international.org\nNA virtual-na.org\nSMART Recovery meetings.smartrecovery.org/meetings');
  });
});
describe('online meetings with long links', () => {
  const online = (name: string, url: string) =>
    match({ name, modes: ['online'], url, lat: undefined, lon: undefined }, { distanceMiles: undefined });
  const long = 'https://us06web.zoom.us/j/85880792695?pwd=ZG1aUFBhTTRzUnB0WENuNHlnSUkrUT09';

  it('keeps three meetings a page, leaving the links out where they do not fit, the first lines first to keep theirs', () => {
    const page = {
      matches: [online('One', 'https://zoom.us/j/1'), online('Two', long), online('Three', long)],
      hasMore: false,
    };
    const text = formatMeetingLines(page, { labels, maxChars: 150, now, modes: ['online'] });
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/online zoom\.us\/j\/1$/);
    expect(lines[1]).toMatch(/, online$/);
    expect(smsLength(text)).toBeLessThanOrEqual(150);
  });
});
