import { SoonestMerge, type SoonestList } from '../../src/directory/soonestMerge';
import { seededRandom } from '../../tools/directory/syntheticMeetings';

const WEEK = 7 * 1440;
const GRACE = 15;

/** The plain reading of the rule: every meeting of every list, by delta, then list, then place in its walk. */
function expected(lists: SoonestList[]): Array<[number, number]> {
  const all: Array<{ row: number; delta: number; list: number; step: number }> = [];
  lists.forEach(({ rows, minutes, now }, list) => {
    const start = minutes.findIndex((m) => m >= (now - (GRACE - 1) + WEEK) % WEEK);
    for (let step = 0; step < rows.length; step++) {
      const i = ((start < 0 ? 0 : start) + step) % rows.length;
      let d = (((minutes[i] - now) % WEEK) + WEEK) % WEEK;
      if (d > WEEK - GRACE) d -= WEEK;
      all.push({ row: rows[i], delta: d, list, step });
    }
  });
  all.sort((a, b) => a.delta - b.delta || a.list - b.list || a.step - b.step);
  return all.map((c) => [c.row, c.delta]);
}

describe('SoonestMerge', () => {
  it('gives every meeting of every list once, soonest first, ties to the list given first', () => {
    const rand = seededRandom(7);
    for (let trial = 0; trial < 200; trial++) {
      let row = 0;
      const lists: SoonestList[] = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => {
        // Few distinct minutes, so ties within and across lists are common; the week's ends included.
        const minutes = Int32Array.from({ length: Math.floor(rand() * 9) }, () =>
          rand() < 0.2 ? [0, 5, WEEK - 1, WEEK - 10][Math.floor(rand() * 4)] : Math.floor(rand() * 28) * 360,
        ).sort();
        const rows = Uint32Array.from(minutes, () => row++);
        return {
          rows,
          minutes,
          now: rand() < 0.3 ? [0, 3, WEEK - 2][Math.floor(rand() * 3)] : Math.floor(rand() * WEEK),
        };
      });
      const merge = new SoonestMerge(lists, GRACE);
      const got: Array<[number, number]> = [];
      while (merge.next()) got.push([merge.row, merge.delta]);
      expect(got).toEqual(expected(lists));
    }
  });
});
