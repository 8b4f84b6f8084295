import { readShipped } from '../support/shippedReading';

/** What the forty-first session's probe (a regression sweep of probes 38 to 40) found, in the shipped words. */
const read = (text: string, lang = 'en') => readShipped(text, lang).understood;

describe('"<meetings|one> at night" told of rather than asked for is no evening (hear.ts isNightTold)', () => {
  it.each([
    'meetings at night are hard for me',
    'aa at night is too late',
    'the group at night was closed',
    'the ones at night are too far',
    'i only have one at night',
    'i take one at night to sleep',
  ])('%j names no part of the day', (text) => {
    expect(read(text).part).toBeNull();
  });

  it.each([
    'aa at night',
    'any aa at night near great falls mt',
    'meetings at night are best',
    'aa at night is what i need',
    'is there one at night',
    'i can only do one at night',
    'anything at night',
  ])('%j is still the evening', (text) => {
    expect(read(text).part).toBe('evening');
  });
});

describe("an age told after a teen's opening one is the texter's now (numbers.ts statedAge)", () => {
  it.each(['15 and my mom drinks, im 42 now', '16 and my dad drank when i was a kid, now im 35'])(
    '%j is no teen',
    (text) => {
      expect(read(text).teen).not.toBe(true);
    },
  );

  it.each(['15 and my dad uses meth, near fargo', '16, my mom drinks alot', '15 and my dad drinks, my sister is 12'])(
    '%j is still a teen',
    (text) => {
      expect(read(text).teen).toBe(true);
    },
  );
});
