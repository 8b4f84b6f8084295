import fc from 'fast-check';
import * as zipcodes from 'zipcodes';
import { buildDirectory } from '../../../src/directory/buildDirectory';
import { GRACE_MINUTES, RADII_MILES } from '../../../src/directory/meetingSearch';
import { ringOf } from '../../../src/directory/nearestUpFront';
import { generateSyntheticMeetings } from '../../../tools/directory/syntheticMeetings';
import { isValidTimeZone } from '../../../src/directory/timeZones';
import type { MeetingMatch, MeetMode, ProgramId } from '../../../src/directory/types';
import { MINUTES_PER_MILE } from '../../../src/directory/bestCandidates';
import { realCatalogue } from '../../directory/realFeeds';

const meetings = generateSyntheticMeetings(20_000, 42);
const dir = buildDirectory(meetings, realCatalogue());
const zips = Object.values(zipcodes.codes).filter((z) => z.country === 'US');

describe('the synthetic nationwide directory', () => {
  it('is deterministic per seed and spread over many zones, programs and ways to attend', () => {
    expect(generateSyntheticMeetings(50, 42)).toEqual(meetings.slice(0, 50));
    expect(generateSyntheticMeetings(50, 43)).not.toEqual(meetings.slice(0, 50));
    expect(new Set(meetings.map((m) => m.timezone)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(meetings.map((m) => m.programId)).size).toBe(11);
    expect(new Set(meetings.map((m) => m.modes.join('+')))).toEqual(
      new Set(['in_person', 'online+phone', 'in_person+online+phone', 'online', 'phone']),
    );
    for (const m of meetings) {
      expect(isValidTimeZone(m.timezone)).toBe(true);
      expect(realCatalogue().has(m.programId)).toBe(true);
    }
  });

  it('answers every search in order: in person by next start and distance within the radius, online/phone by next start', () => {
    const programSets: ProgramId[][] = [['aa', 'smart'], ['na', 'smart', 'mara'], ['alanon', 'smart_family'], ['ga']];
    const modeSets: MeetMode[][] = [['in_person'], ['in_person', 'online', 'phone'], ['online'], ['phone']];
    fc.assert(
      fc.property(
        fc.nat(zips.length - 1),
        fc.nat(programSets.length - 1),
        fc.nat(modeSets.length - 1),
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.nat(12),
        (zi, pi, mi, minutes, offset) => {
          const z = zips[zi];
          const now = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);
          const programs = programSets[pi];
          const modes = modeSets[mi];
          const page = dir.search({
            programs,
            modes,
            place: { lat: z.latitude, lon: z.longitude, label: z.city, country: 'US' },
            now,
            offset,
            limit: 3,
          });
          expect(page.matches.length).toBeLessThanOrEqual(3);
          const inPerson = page.matches.filter((m) => m.distanceMiles !== undefined);
          const remote = page.matches.filter((m) => m.distanceMiles === undefined);
          // Any way to meet with rooms nearby mixes online and phone ones in, the page soonest first after its
          // opening line, which is always a room (the heading says how far the rooms are).
          const mixed = modes.length > 1 && inPerson.length > 0 && remote.length > 0;
          if (!mixed) expect(page.matches).toEqual([...inPerson, ...remote]);
          for (const m of page.matches) {
            expect(programs).toContain(m.meeting.programId);
            expect(m.meeting.modes.some((x) => modes.includes(x))).toBe(true);
            expect(m.nextStart.getTime()).toBeGreaterThan(now.getTime() - GRACE_MINUTES * 60_000);
            // A week at most, plus the hour a daylight-saving change can add.
            expect(m.nextStart.getTime()).toBeLessThanOrEqual(now.getTime() + 7 * 86_400_000 + 3_600_000);
          }
          for (const m of inPerson) expect(m.distanceMiles).toBeLessThanOrEqual(page.radiusMiles! + 0.05);
          // In person, a mile farther counts as MINUTES_PER_MILE later (miles shown to a tenth: 3 minutes).
          const keyOf = (m: MeetingMatch) => m.nextStart.getTime() + (m.distanceMiles ?? 0) * MINUTES_PER_MILE * 60_000;
          const ordered = (list: MeetingMatch[], key: (m: MeetingMatch) => number, slack: number) => {
            for (let i = 1; i < list.length; i++) expect(key(list[i])).toBeGreaterThanOrEqual(key(list[i - 1]) - slack);
          };
          const hour = 3_600_000;
          if (mixed) {
            expect(page.matches[0].distanceMiles).toBeDefined();
            ordered(page.matches.slice(1), (m) => m.nextStart.getTime(), hour);
          } else {
            // Far out, the nearest room may open the first page before the soonest ones (nearestUpFront.ts): then it
            // is no farther than any other room listed, the room it went before is beyond the second ring and a ring
            // farther, and the rest keep the order. A page in order needs no such reading: a near room days off may
            // follow a far one tonight without anything having moved (Draper, UT: 12 mi, 46.6 mi, then 7.4 mi).
            const far = RADII_MILES[1];
            const slack = hour + 3 * 60_000;
            const movedUp = inPerson.length > 1 && keyOf(inPerson[1]) < keyOf(inPerson[0]) - slack;
            if (movedUp) {
              expect(offset).toBe(0);
              expect(inPerson[1].distanceMiles!).toBeGreaterThan(far);
              expect(ringOf(inPerson[0].distanceMiles!, RADII_MILES)).toBeLessThan(
                ringOf(inPerson[1].distanceMiles!, RADII_MILES),
              );
              for (const m of inPerson.slice(1)) {
                expect(m.distanceMiles!).toBeGreaterThanOrEqual(inPerson[0].distanceMiles!);
              }
            }
            ordered(movedUp ? inPerson.slice(1) : inPerson, keyOf, slack);
            ordered(remote, (m) => m.nextStart.getTime(), hour);
          }
        },
      ),
      // Draper, UT, on a May evening: a near room days off after a far one tonight, nothing moved up.
      { numRuns: 400, examples: [[32736, 2, 0, 174285, 0]] },
    );
  });
});
