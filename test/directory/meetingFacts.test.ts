import { formatMeetingDetails } from '../../src/directory/formatMeetings';
import { meetingFacts } from '../../src/directory/meetingFacts';
import type { Meeting } from '../../src/directory/types';

const labels = {
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  online: 'online',
  phone: 'phone',
  miles: 'mi',
  next: 'next',
  midnight: 'midnight',
  noon: 'noon',
  details: { map: 'Map', notes: 'Notes', types: 'Types', tags: { open: 'open to all' } },
};
/** Wednesday 7pm in Amarillo. */
const WEDNESDAY_EVENING = new Date('2026-12-02T19:00:00-06:00');
const room: Meeting = {
  id: 'x',
  programId: 'aa',
  name: 'Touch of Soul',
  day: 3,
  startMinute: 20 * 60,
  timezone: 'America/Chicago',
  modes: ['in_person'],
  lat: 35.21628,
  lon: -101.84852,
  address: '107 North Hughes Street',
  town: 'Amarillo',
  region: 'TX',
  postalCode: '79107',
  location: 'Touch of Soul Club',
  locationNotes: 'Side door',
  tags: ['closed'],
};
const facts = (m: Meeting, now = WEDNESDAY_EVENING, extra: object = {}) =>
  meetingFacts(m, { labels, maxChars: 380, now, programName: 'AA', nameMax: 50, whereMax: 140, ...extra });

describe('the facts of the meeting whose details were shown', () => {
  it('words the name, day and time and where exactly as its details do', () => {
    const f = facts(room);
    const details = formatMeetingDetails(room, { labels, maxChars: 380, now: WEDNESDAY_EVENING, programName: 'AA' });
    expect(details.split('\n')[0]).toBe(`${f.name}, ${f.when}`);
    expect(f).toMatchObject({ name: 'AA Touch of Soul', when: 'Wed 8pm', daysAway: 0, evening: true, kind: 'closed' });
    for (const line of f.where.split('\n')) expect(details).toContain(line);
    expect(f.where).not.toContain('Types');
  });

  it('tells today from tonight, tomorrow and next week, in the meeting zone', () => {
    expect(facts({ ...room, startMinute: 19 * 60 + 30 })).toMatchObject({ daysAway: 0, evening: true });
    expect(facts({ ...room, day: 4, startMinute: 7 * 60 })).toMatchObject({ daysAway: 1, evening: false });
    // Already over today: next Wednesday's, said "next Wed".
    expect(facts({ ...room, startMinute: 12 * 60 })).toMatchObject({ when: 'next Wed noon', daysAway: 7 });
    expect(facts({ ...room, day: 1, startMinute: 10 * 60 })).toMatchObject({ daysAway: 5 });
  });

  it('counts a midnight meeting with the evening before, as its time is said', () => {
    // 00:00 on Thursday is "Wed midnight": tonight, not tomorrow.
    expect(facts({ ...room, day: 4, startMinute: 0 })).toMatchObject({
      when: 'Wed midnight',
      daysAway: 0,
      evening: true,
    });
  });

  it('says neither open nor closed when the listing says neither', () => {
    expect(facts({ ...room, tags: [] }).kind).toBeUndefined();
    expect(facts({ ...room, tags: ['open', 'women'] }).kind).toBe('open');
  });

  it('keeps within its budget by the notes, then the place name, never cutting the map link', () => {
    const f = facts(room, WEDNESDAY_EVENING, { whereMax: 100 });
    expect(f.where).toBe(
      '107 North Hughes Street, Amarillo, TX 79107\nMap: https://maps.google.com/?q=35.21628,-101.84852',
    );
  });

  it('gives the dial-in before a long link when both do not fit', () => {
    const online: Meeting = {
      ...room,
      modes: ['online', 'phone'],
      url: 'https://us02web.zoom.us/j/88538130466?pwd=Y1N6ZGF4TDlKZGhjeEtxeEZ0UkJqUT09',
      phone: '+19292056099,,88538130466#,,,,,#498378#',
    };
    const f = facts(online, WEDNESDAY_EVENING, { whereMax: 80 });
    expect(f.where).toMatch(/^phone: 929-205-6099/);
    expect(facts(online).where).toContain('zoom.us');
  });
});
