import { readShipped } from '../support/shippedReading';
import { timeFromNowIn } from '../../src/text/timeFromNow';

/** What the thirty-sixth session's probe (time words, places, Spanish) found, read with the shipped flow's words. */
const read = (text: string, lang = 'en') => readShipped(text, lang).understood;

describe('a program, a town and only words of a time are meetings in person (understand.ts programAndPlaceOnly)', () => {
  it.each([
    'aa saturday nite amarillo',
    'aa meetings every day at noon amarillo',
    'aa on my lunch break tmrw amarillo',
    'aa this wknd amarillo',
    'aa early am amarillo',
  ])('%j is in person, with its town', (text) => {
    const u = read(text);
    expect(u.mode).toBe('in_person');
    expect(u.place?.town).toBe('Amarillo');
  });

  it.each([
    ['aa online tmrw nite amarillo', 'online'],
    ['aa by phone saturday nite amarillo', 'phone'],
  ])('%j keeps the way it names', (text, mode) => {
    expect(read(text).mode).toBe(mode);
  });

  it('a longer sentence with a time is not made in person by its time words alone', () => {
    expect(
      read('my husband has been drinking every single night this week and i dont know what to do amarillo').mode,
    ).toBeNull();
  });
});

describe('a time texted short keeps the town after it (places.ts TIME_AROUND_TOWN)', () => {
  it.each([
    ['al anon this wknd worcester', 'Worcester'],
    ['al anon sunday mornings worcester', 'Worcester'],
    ['aa saturday nite amarillo', 'Amarillo'],
  ])('%j names %s', (text, town) => {
    expect(read(text).place?.town).toBe(town);
  });
});

describe('"na" first, words of a time, then the town: NA asked (programsNamed.ts leadsToMeetings)', () => {
  it.each(['na late nite geneva ny', 'na sat morning geneva ny', 'na tonite geneva ny'])('%j asks NA', (text) => {
    expect(read(text).programs).toContain('na');
  });

  it.each(['na late is fine', 'na early morning works better', 'na, late night works'])('%j is no NA', (text) => {
    expect(read(text).programs).not.toContain('na');
  });
});

describe('time words as texted', () => {
  it.each([
    ['this wknd', 'when', 'weekend'],
    ['wkend', 'when', 'weekend'],
    ['next sat', 'when', 'saturday'],
    ['this sun', 'when', 'sunday'],
    ['early am', 'part', 'morning'],
    ['b4 work', 'part', 'morning'],
    ['late nite', 'part', 'evening'],
    ['noonish', 'part', 'afternoon'],
    ['tmw', 'when', 'tomorrow'],
    ['tmw nite', 'part', 'evening'],
  ] as const)('%j is %s %s', (text, slot, value) => {
    expect(read(text)[slot]).toBe(value);
  });

  it.each(['i sat in my car and drank', 'i sat on the couch all day drinking', 'the sun was up when i got home'])(
    '%j names no day',
    (text) => {
      expect(read(text).when).toBeNull();
    },
  );
});

describe('"tiene 25" ending the text is an age, as "hes 25" is (ageOfThem.ts)', () => {
  it.each(['tiene 25', 'el tiene 25', 'tiene 25 anos'])('%j is an age', (text) => {
    expect(read(text, 'es').teen).toBe(false);
  });

  it.each(['tiene 2 hijos', 'tiene 25 dias sin tomar'])('%j is no age', (text) => {
    expect(read(text, 'es').teen).toBeNull();
  });
});

describe('a town right after a time told by a duty (places.ts workTimeEndsAt)', () => {
  it.each([
    ['need a meeting before work amarillo', 'Amarillo'],
    ['aa after my shift lubbock', 'Lubbock'],
    ['meetings after school canyon', 'Canyon'],
  ])('%j names %s', (text, town) => {
    expect(read(text).place?.town).toBe(town);
  });

  it.each(['i work odd hours', 'aa meeting before work odd hours', 'i need a meeting, i work odd hours'])(
    '%j names no town',
    (text) => {
      expect(read(text).place).toBeNull();
    },
  );
});

describe('meetings shown too early ask for later ones (timeFromNow.ts LATER)', () => {
  it.each(['too early', 'those are too early for me', 'demasiado temprano'])('%j is later', (text) => {
    expect(timeFromNowIn(text)).toEqual({ kind: 'later' });
  });

  it.each(['too early in the morning', 'muy temprano', 'i get up early'])('%j is not', (text) => {
    expect(timeFromNowIn(text)).toBeUndefined();
  });
});

describe('"na this" names NA only before a time (flow lexicon)', () => {
  it.each(['na this weekend', 'na this saturday', 'na this morning geneva ny'])('%j asks NA', (text) => {
    expect(read(text).programs).toContain('na');
  });

  it.each(['na this one is too far', 'na this is too late', 'na this sucks'])('%j says no', (text) => {
    expect(read(text).programs).not.toContain('na');
  });
});

describe('a phone with no internet is a wish for phone meetings (flow lexicon, mode phone)', () => {
  it.each([
    ['i have a basic phone', 'en'],
    ['no data on my phone', 'en'],
    ['no smartphone', 'en'],
    ['dont have a smart phone', 'en'],
    ['solo tengo un celular basico', 'es'],
    ['no tengo datos', 'es'],
    ['tengo un telefono de tapita', 'es'],
  ])('%j is by phone', (text, lang) => {
    expect(read(text, lang).mode).toBe('phone');
  });

  it.each(['i have an old phone number', 'he has no data on his phone'])('%j is not', (text) => {
    expect(read(text).mode).toBeNull();
  });
});

describe('the shortenings of tomorrow take no everyday word (review of the thirty-sixth probe)', () => {
  // "tmrow" is one letter from "throw": known_words keeps it as written.
  it.each(['i want to throw up', 'throw away my pills'])('%j names no day', (text) => {
    expect(read(text).when).toBeNull();
  });
});
