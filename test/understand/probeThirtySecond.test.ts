import { readShipped } from '../support/shippedReading';

/** What the thirty-second session's probe found, read by the understanding step. */
const audienceOf = (text: string) => readShipped(text).understood.audience;

describe("a drink offered to the texter is no one's trouble when another is told (drinkOffered.ts)", () => {
  it.each([
    'my husband keeps offering me a drink every night even tho he knows i dont want it. he drinks a lot',
    'my husband keeps asking if i want a drink, he drinks every night',
    'my wife pushes drinks on me and she drinks all day',
    'my boyfriend keeps handing me beers, hes drunk every night',
    'mi esposo me ofrece una cerveza cada noche, el toma mucho',
  ])('%j is someone close', (text) => {
    expect(audienceOf(text)).toBe('family');
  });

  it.each([
    // The texter's own recovery or craving, or the offer the only trouble told.
    'im 6 months sober and my husband keeps offering me drinks',
    'my husband keeps offering me a drink and i cant say no',
    'i need help my friends keep offering me pills',
    'i drink every night and my husband keeps offering me more',
    'i want a drink so bad, my husband drinks in front of me',
    'i need a drink',
  ])('%j is the texter', (text) => {
    expect(audienceOf(text)).toBe('self');
  });

  it('leaves both of them both', () => {
    expect(readShipped('me and my husband both drink').shared).toBeDefined();
    expect(readShipped('i drink and my husband drinks too').shared).toBeDefined();
  });
});

describe('"there mama" after the grandbabies is their mother (coParent.ts)', () => {
  const read = (text: string) => readShipped(text);
  it.each([
    ['im raising my 2 grandbabies cause there mama is on meth', 'grandchilds_mother'],
    ['i have my grandkids, thier dad drinks', 'grandchilds_father'],
    ['my grandbaby is 2 and her mom is on meth', 'grandchilds_mother'],
  ])('%j', (text, relation) => {
    expect(read(text).relation).toBe(relation);
    // A grandparent is no teen: Alateen is not asked about.
    expect(read(text).understood.teen).toBe(false);
  });

  it('leaves "there" in another clause, and a mom of no one named', () => {
    expect(read('my kids went there, mom is drunk').relation).toBe('mom');
    expect(read('there mom is on meth').relation).toBe('mom');
  });
});

describe('the family named by the one who drinks, in words of their own ("families of drunks")', () => {
  it.each([
    'whats the 12 step one for families of drunks, gloucester ma',
    'wives of gamblers',
    'a group for parents of drug users',
  ])('%j is someone close', (text) => {
    expect(audienceOf(text)).toBe('family');
  });

  it.each(['im a drunk', 'i got drunk with my family of friends', 'i am a gambler'])('%j is the texter', (text) => {
    expect(audienceOf(text)).toBe('self');
  });
});

describe('a trouble the texter denies, then said of "he" or "she" (audience.ts someoneElseDoes)', () => {
  it.each([
    'i dont drink, he does',
    'i dont drink hes the one',
    'i dont drink, she is the one',
    'i dont drink, he drinks',
  ])('%j is someone close', (text) => {
    expect(audienceOf(text)).toBe('family');
  });

  it.each(['i dont drink, he knows that', 'i dont drink, she is worried', 'i dont drink but i use pills'])(
    '%j is the texter',
    (text) => {
      expect(audienceOf(text)).toBe('self');
    },
  );
});
