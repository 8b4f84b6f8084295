import fc from 'fast-check';
import { closeEnough, osaDistance, typoBudget, withinOneEdit } from '../../src/text/editDistance';

describe('the one edit distance (optimal string alignment)', () => {
  it('counts a letter added, dropped or changed, and two neighbours swapped, as one edit each', () => {
    expect(osaDistance('alcohol', 'alchohol')).toBe(1);
    expect(osaDistance('suicide', 'suicdie')).toBe(1);
    expect(osaDistance('amarillo', 'amarilo')).toBe(1);
    expect(osaDistance('springfield', 'sprngfeld')).toBe(2);
    expect(osaDistance('ca', 'abc')).toBe(3); // OSA: a swapped pair is not edited again
  });

  it('gives up past max, returning max + 1', () => {
    expect(osaDistance('amarillo', 'lubbock', 2)).toBe(3);
    expect(osaDistance('ab', 'abcdef', 1)).toBe(2);
  });

  it('agrees with withinOneEdit on every pair of short words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 }),
        (a, b) => {
          expect(withinOneEdit(a, b)).toBe(osaDistance(a, b) <= 1);
        },
      ),
    );
  });
});

describe('the one typo threshold', () => {
  it('allows no typo under five letters, one from five, two from eight', () => {
    expect([3, 4, 5, 7, 8, 12].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('is the rule closeEnough applies to words', () => {
    expect(closeEnough('tonite', 'tonight')).toBe(false); // two edits
    expect(closeEnough('saturdy', 'saturday')).toBe(true);
    expect(closeEnough('hepl', 'help')).toBe(false); // under five letters: typed exactly
  });
});
