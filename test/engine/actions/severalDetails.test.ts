import { allShownIn, severalItemsIn } from '../../../src/engine/actions/severalDetails';

/** Several meetings of a list picked at once. */
describe('severalItemsIn', () => {
  it.each([
    ['1 and 2', [1, 2]],
    ['2 & 3', [2, 3]],
    ['1,3', [1, 3]],
    ['1, 2 and 3', [1, 2, 3]],
    ['1 2 and 3', [1, 2, 3]],
    ['details for 1 and 2', [1, 2]],
    ['directions to 2 and 3 please', [2, 3]],
    ['the 1st and 2nd', [1, 2]],
    ['la 1 y la 3', [1, 3]],
    ['#1 and #2', [1, 2]],
  ])('reads %p', (text, items) => {
    expect(severalItemsIn(text)).toEqual(items);
  });

  it.each(['1', '2', '1 and 1', 'between 5 and 8', '79101', 'from 6 to 9pm', 'i have 2 kids and 1 dog', '7 30'])(
    'reads no several meetings in %p',
    (text) => {
      expect(severalItemsIn(text)).toBeUndefined();
    },
  );
});

/** "both" of two meetings shown, "all 3" of three. */
describe('allShownIn', () => {
  it('reads both of a page of two, all 3 of a page of three', () => {
    expect(allShownIn('both', 2)).toEqual([1, 2]);
    expect(allShownIn('las dos', 2)).toEqual([1, 2]);
    expect(allShownIn('all 3', 3)).toEqual([1, 2, 3]);
    expect(allShownIn('directions to all three', 3)).toEqual([1, 2, 3]);
  });

  it('reads nothing when the page holds another number of meetings', () => {
    expect(allShownIn('both', 3)).toBeUndefined();
    expect(allShownIn('all 3', 2)).toBeUndefined();
    expect(allShownIn('both of us drink', 2)).toBeUndefined();
  });
});
