import fc from 'fast-check';
import { DuplicateFinder, mergeDuplicateMeetings, TwinsAcrossSources } from '../../src/directory/meetingDedupe';
import type { Meeting } from '../../src/directory/types';

const NAMES = ['Serenity Group', 'Serenity AFG', 'Serenity', 'New Hope', 'New Hope Group', 'District 6', 'District 19'];

/** Meetings crowded into a few starts and a few hundred metres, so twins (and near twins) are common. */
const meeting = fc
  .record({
    program: fc.constantFrom('aa', 'na'),
    day: fc.integer({ min: 0, max: 1 }),
    start: fc.constantFrom(600, 630),
    name: fc.constantFrom(...NAMES),
    north: fc.integer({ min: 0, max: 300 }),
    east: fc.integer({ min: 0, max: 300 }),
    online: fc.boolean(),
    link: fc.constantFrom('https://zoom.us/j/1', 'https://zoom.us/j/2'),
  })
  .map((r): Omit<Meeting, 'id'> => ({
    programId: r.program,
    name: r.name,
    day: r.day,
    startMinute: r.start,
    timezone: 'America/Chicago',
    tags: [],
    ...(r.online
      ? { modes: ['online'], url: r.link }
      : { modes: ['in_person'], lat: 35.2 + r.north / 111_320, lon: -101.8 + r.east / 91_000 }),
  }));

describe('TwinsAcrossSources', () => {
  it('keeps what one DuplicateFinder adding every source in turn keeps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(meeting, { maxLength: 40 }), { maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (sources, failed) => {
          const lists = sources.map((list, s) => list.map((m, i) => ({ ...m, id: `s${s}:${i}` }) as Meeting));
          // As the loader did: a source's import merges its own twins; a failed source's last good
          // meetings come back unmerged. Then one finder over every source in order.
          const one = new DuplicateFinder();
          const across = new TwinsAcrossSources();
          lists.forEach((list, s) => {
            const expected = (failed[s] ? list : mergeDuplicateMeetings(list).meetings).filter(
              (m) => one.add(m) === undefined,
            );
            const got = failed[s]
              ? across.keepNewUnmerged(list)
              : across.keepNew(mergeDuplicateMeetings(list).meetings);
            expect(got.map((m) => m.id)).toEqual(expected.map((m) => m.id));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
