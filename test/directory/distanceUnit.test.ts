import { distanceSaid, milesOfSaid, ringSaid, unitAt, unitWord } from '../../src/directory/distanceUnit';
import { formatMeetingLines } from '../../src/directory/formatMeetings';
import type { MeetingMatch, ReplyLabels } from '../../src/directory/types';

const labels: ReplyLabels = {
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  online: 'online',
  phone: 'phone',
  miles: 'mi',
};

/** Distances said to a texter in Canada in kilometres, and to everyone else in miles as before (probe 47). */
describe('distanceUnit', () => {
  it('says kilometres for a place in Canada and miles anywhere else, or with no place', () => {
    expect(unitAt({ country: 'CA' })).toBe('km');
    expect(unitAt({ country: 'US' })).toBe('mi');
    expect(unitAt(undefined)).toBe('mi');
  });

  it("takes the flow's words, and km when a flow has no km label", () => {
    expect(unitWord(labels, 'mi')).toBe('mi');
    expect(unitWord(labels, 'km')).toBe('km');
    expect(unitWord({ ...labels, km: 'kms' }, 'km')).toBe('kms');
  });

  it("says a meeting's distance in whole units, under one as <1", () => {
    expect(distanceSaid(0.4, 'mi')).toBe('<1');
    expect(distanceSaid(2.4, 'mi')).toBe('2');
    expect(distanceSaid(0.6, 'km')).toBe('<1');
    expect(distanceSaid(0.7, 'km')).toBe('1');
    expect(distanceSaid(1.9, 'km')).toBe('3');
    expect(distanceSaid(60, 'km')).toBe('97');
  });

  it('says the search rings as round kilometres, and a limit said in km as it was said', () => {
    expect([10, 25, 50, 100].map((r) => ringSaid(r, 'mi'))).toEqual(['10', '25', '50', '100']);
    expect([10, 25, 50, 100].map((r) => ringSaid(r, 'km'))).toEqual(['16', '40', '80', '160']);
    // "within 5, 10, 15, 20, 50, 100 km", as milesAsked reads them (to a tenth of a mile).
    expect([3.1, 6.2, 9.3, 12.4, 31.1, 62.1].map((r) => ringSaid(r, 'km'))).toEqual([
      '5',
      '10',
      '15',
      '20',
      '50',
      '100',
    ]);
    expect(ringSaid(6, 'mi')).toBe('6');
  });

  it('reads a ring said in kilometres back as the miles it stands for', () => {
    for (const r of [10, 25, 50, 100])
      expect(ringSaid(milesOfSaid(Number(ringSaid(r, 'km')), 'km'), 'km')).toBe(ringSaid(r, 'km'));
    expect(milesOfSaid(25, 'mi')).toBe(25);
  });

  it('writes a meeting line in km only when told to', () => {
    const m = {
      meeting: {
        id: 'x:1',
        programId: 'aa',
        name: 'Moira Group',
        day: 2,
        startMinute: 20 * 60,
        timezone: 'America/Toronto',
        modes: ['in_person'],
        lat: 44.16,
        lon: -77.36,
        town: 'Belleville',
        tags: [],
      },
      distanceMiles: 1.9,
      nextStart: new Date('2026-12-09T01:00:00Z'),
    } as unknown as MeetingMatch;
    const page = { matches: [m], hasMore: false };
    const now = new Date('2026-12-08T23:00:00Z');
    expect(formatMeetingLines(page, { labels, maxChars: 200, now })).toMatch(/, 2 mi$/);
    expect(formatMeetingLines(page, { labels, maxChars: 200, now, unit: 'km' })).toMatch(/, 3 km$/);
  });
});
