import { readShipped } from '../support/shippedReading';

/** What the thirty-fourth session's probe found, read by the understanding step with the shipped flow's words. */
const read = (text: string, lang = 'en') => readShipped(text, lang).understood;

describe('going in the state itself asks whether one must be sober (soberToGo.ts GOING_AS)', () => {
  it.each([
    ['is it ok to show up high', 'en'],
    ['can i come drunk', 'en'],
    ['is it alright if i come in hungover', 'en'],
    ['can i still show up wasted', 'en'],
    ['puedo ir crudo?', 'es'],
  ])('%j asks it', (text, lang) => {
    expect(read(text, lang).intents).toContain('sober_to_go');
  });

  it.each([
    'do you think he will come high to my party?',
    'i always show up drunk to work',
    'he came home drunk again, is there al-anon near me?',
    'i drank for years, is it ok if i come',
  ])('%j does not', (text) => {
    expect(read(text).intents).not.toContain('sober_to_go');
  });
});

describe('a drink offered beside a program named is still the texter (audience.ts)', () => {
  it('her own quitting, AA named: hers', () => {
    expect(read('my boyfriend keeps handing me beers but im trying to quit, aa in lubbock').audience).toBe('self');
  });

  it('his drinking told besides: his', () => {
    expect(read('my husband keeps offering me a drink, he drinks a lot, al-anon near quincy').audience).toBe('family');
  });
});

describe('an ordinal before "option" or "choice" is a menu number (slotReaders.ts ITEM_NOUNS)', () => {
  it.each(['the second option', 'second option please', 'the second choice'])('%j is 2', (text) => {
    expect(read(text).item).toBe(2);
  });

  it.each(['what are my options', 'is there another option'])('%j is none', (text) => {
    expect(read(text).item).toBeNull();
  });
});

describe('grandparents named as family (flows/recovery.yaml)', () => {
  it.each(['my grandparents drink too much', 'grandparents of addicts support group in albany'])(
    '%j is someone close',
    (text) => {
      expect(read(text).audience).toBe('family');
    },
  );

  it('the texter who lives with them and drinks is still the texter', () => {
    expect(read('i live with my grandparents and i drink').audience).toBe('self');
  });
});
