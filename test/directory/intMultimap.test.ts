import fc from 'fast-check';
import { IntMultimap } from '../../src/directory/intMultimap';

/** Each key's items, walked as the finder walks them. */
function itemsOf(map: IntMultimap, key: number): number[] {
  const out: number[] = [];
  for (let i = map.first(key); i >= 0; i = map.next(i)) out.push(i);
  return out;
}

describe('IntMultimap', () => {
  it('numbers items in the order added and gives each key its items in that order', () => {
    const map = new IntMultimap(2);
    expect([map.add(7), map.add(3), map.add(7), map.add(0)]).toEqual([0, 1, 2, 3]);
    expect(itemsOf(map, 7)).toEqual([0, 2]);
    expect(itemsOf(map, 3)).toEqual([1]);
    expect(itemsOf(map, 0)).toEqual([3]);
    expect(map.first(5)).toBe(-1);
  });

  it('answers as a Map of arrays would, through growth and colliding slots', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0x3fffffff })), {
          maxLength: 3000,
        }),
        (keys) => {
          const map = new IntMultimap(1);
          const model = new Map<number, number[]>();
          keys.forEach((k, i) => {
            expect(map.add(k)).toBe(i);
            model.set(k, [...(model.get(k) ?? []), i]);
          });
          for (const [k, items] of model) expect(itemsOf(map, k)).toEqual(items);
          expect(map.first(0x3fffffff + 1)).toBe(-1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
