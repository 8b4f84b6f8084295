import { formatMeetingLines, formatOnlineOptions } from '../../src/directory/formatMeetings';
import type { MeetingQuery, Place, Situation } from '../../src/directory/types';
import { realDirectory } from './realFeeds';

/** The "done when" checks, tried as a texter would, on the real bundled feeds. */
const dir = realDirectory();
const labels = {
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  online: 'online',
  phone: 'phone',
  miles: 'mi',
};
// Tuesday 2026-11-24, 1pm in New York.
const now = new Date('2026-11-24T18:00:00Z');

function placeOf(text: string): Place {
  const r = dir.lookupPlace(text);
  if (r.kind !== 'found') throw new Error(`${text}: ${r.kind}`);
  return r.place;
}
function searchFor(situation: Situation, where: string, modes: MeetingQuery['modes'] = ['in_person'], limit = 3) {
  const programs = dir.programsFor(situation).map((p) => p.id);
  return dir.search({ programs, modes, place: placeOf(where), now, offset: 0, limit });
}

describe('done when', () => {
  it('yourself + drugs near 14432 gives nearby NA meetings from the BMLT data', () => {
    const page = searchFor({ audience: 'self', concern: 'drugs' }, '14432');
    expect(page.matches).toHaveLength(3);
    expect(
      page.matches.every((m) => m.meeting.programId === 'na' && m.meeting.id.startsWith('na-finger-lakes-ny:')),
    ).toBe(true);
    expect(page.radiusMiles).toBeLessThanOrEqual(25);
    for (const m of page.matches) expect(m.distanceMiles).toBeLessThanOrEqual(page.radiusMiles!);
  });

  it('family + alcohol near 02108 gives Al-Anon', () => {
    const page = searchFor({ audience: 'family', concern: 'alcohol' }, '02108');
    expect(page.matches).toHaveLength(3);
    expect(page.matches.every((m) => m.meeting.programId === 'alanon' && m.programName === 'Al-Anon')).toBe(true);
    expect(page.radiusMiles).toBe(10);
  });

  it('a family teen + alcohol near Beverly, MA gets the Alateen meetings there among the Al-Anon ones', () => {
    const page = searchFor({ audience: 'family', concern: 'alcohol', teen: true }, 'Beverly, MA', ['in_person'], 20);
    expect(page.matches.filter((m) => m.meeting.programId === 'alateen').map((m) => m.meeting.name)).toEqual([
      '30674572 Beverly Alateen',
      '6275 Lynnfield Monday Nite Alateen',
    ]);
    // Without the teen answer, Alateen meetings are not offered.
    const adult = searchFor({ audience: 'family', concern: 'alcohol' }, 'Beverly, MA', ['in_person'], 20);
    expect(adult.matches.some((m) => m.meeting.programId === 'alateen')).toBe(false);
  });

  it('79101 gives real Amarillo AA meetings with day and time', () => {
    const page = searchFor({ audience: 'self', concern: 'alcohol' }, '79101');
    expect(page.matches).toHaveLength(3);
    expect(page.matches.every((m) => m.meeting.programId === 'aa' && m.meeting.town === 'Amarillo')).toBe(true);
    const text = formatMeetingLines(page, { labels, maxChars: 459, now });
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    // Name, day and time, the street, the distance.
    const line = /^AA .+, (Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d{1,2}(:\d\d)?(am|pm), \d+ [A-Z][^,]*, (<1|\d+) mi$/;
    for (const l of lines) expect(l).toMatch(line);
  });

  it('medication brings MARA', () => {
    expect(dir.programsFor({ audience: 'self', concern: 'drugs', medication: true }).map((p) => p.name)).toContain(
      'MARA',
    );
  });

  it('a ZIP in Alaska finds nothing in person within 100 miles, yet still gets online and phone options', () => {
    const situation: Situation = { audience: 'family', concern: 'alcohol' };
    const inPerson = searchFor(situation, '99701');
    expect(inPerson).toEqual({ matches: [], radiusMiles: 100, hasMore: false });
    const any = searchFor(situation, '99701', ['in_person', 'online', 'phone']);
    expect(any.matches).toHaveLength(3);
    expect(any.matches.every((m) => m.meeting.modes.some((mode) => mode !== 'in_person'))).toBe(true);
    const text = formatMeetingLines(any, { labels, maxChars: 459, now });
    expect(text).toMatch(/(online|phone) /);
    // For AA, which has no online meetings in the bundled feeds, the catalogue's own links answer.
    const aa = searchFor({ audience: 'self', concern: 'alcohol' }, '99701', ['in_person', 'online', 'phone']);
    expect(aa.matches).toHaveLength(0);
    expect(formatOnlineOptions(dir.programsFor({ audience: 'self', concern: 'alcohol' }), 459)).toBe(
      'AA aa-intergroup.org/meetings\nSMART Recovery meetings.smartrecovery.org/meetings',
    );
  });
});
