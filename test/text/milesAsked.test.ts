import { milesAsked } from '../../src/text/milesAsked';

/** How far a texter says they can go: a limit only, never a distance told in passing. */
describe('milesAsked', () => {
  it.each([
    ['within 5 miles', 5],
    ['anything within 2 mi?', 2],
    ['aa meetings within 5 miles of 79101', 5],
    ['10 miles or less', 10],
    ['nothing more than 20 miles', 20],
    ['up to 25 miles', 25],
    ['5mi max', 5],
    ['anything 5 miles away', 5],
    ['15 min away', 15],
    ['i can drive 30 min', 30],
    ['i can drive about 20 minutes', 20],
    ['a 15 minute drive', 15],
    ['within an hour', 60],
    ['within half an hour', 30],
    ['i can only go like 10 miles', 10],
    ['within 8 km', 5],
    ['a menos de 10 millas', 10],
    ['dentro de 5 millas', 5],
    ['within 500 miles', 100],
  ])('%s -> %d miles', (text, miles) => {
    expect(milesAsked(text)).toBe(miles);
  });

  it.each([
    'i live 30 miles out of town',
    'i live 5 miles away',
    'its 5 miles from me',
    'i drive 10 miles to work',
    'took 5 mins to get here',
    'i walked 2 miles',
    'i only have 30 min',
    'the 5 mile one',
    'sober 5 months',
    'within walking distance',
  ])('reads no limit in "%s"', (text) => {
    expect(milesAsked(text)).toBeUndefined();
  });
});
