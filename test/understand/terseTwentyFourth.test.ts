import { readShipped } from '../support/shippedReading';

// Terse texts that lost what they said (the twenty-fourth session's probe, /tmp/findings/probe24-understanding.md,
// B1, B3 and A3).

const read = readShipped;

describe('a town followed by its state, whose code is an everyday word, before more answers', () => {
  it.each([
    ['pills. me. columbus oh. in person', 'Columbus', 'OH'],
    ['columbus oh in person', 'Columbus', 'OH'],
    ['me alcohol toledo oh no meds', 'Toledo', 'OH'],
    ['alcohol dayton oh in person', 'Dayton', 'OH'],
    ['worcester ma in person', 'Worcester', 'MA'],
    ['detroit mi online', 'Detroit', 'MI'],
    ['me alcohol lexington ky no meds', 'Lexington', 'KY'],
    ['tulsa ok in person', 'Tulsa', 'OK'],
  ])('"%s" is %s, %s', (text, town, state) => {
    expect(read(text).understood.place).toMatchObject({ town, state });
  });

  it.each(['columbus in person', 'dayton al anon'])('"%s" takes no state from a word that starts a phrase', (text) => {
    expect(read(text).understood.place?.state ?? null).toBeNull();
  });
});

describe('a town said bare among terse answers', () => {
  it.each([
    ['son opioids vivitrol tampa', 'Tampa', 'en'],
    ['me alcohol no meds in person amarillo', 'Amarillo', 'en'],
    ['husband drinks dayton', 'Dayton', 'en'],
    ['son meth ocala', 'Ocala', 'en'],
    ['me pills asheville', 'Asheville', 'en'],
    ['alcohol dayton', 'Dayton', 'en'],
    ['wife pills grand rapids', 'Grand Rapids', 'en'],
    ['hijo cristal tampa', 'Tampa', 'es'],
    ['yo alcohol no en persona laredo', 'Laredo', 'es'],
  ])('"%s" names %s, kept by the engine only in the texter\'s state', (text, town, lang) => {
    const r = read(text, lang);
    expect(r.understood.place?.town).toBe(town);
    expect(r.townAlone).toBe(true);
  });

  it.each([
    'my son sells',
    'my son sells meth',
    'alcohol hurt',
    'me alcohol happy',
    'husband drinks again',
    'alcohol, veteran',
    'my son is on meth and he is always busy',
  ])('"%s" names no town', (text) => {
    expect(read(text).understood.place).toBeNull();
  });
});

describe('a bare "no" among terse answers answers medication, and the way to meet after it stands', () => {
  it.each([
    ['me alcohol no in person 79101', 'en'],
    ['me, alcohol, no, in person, 79101', 'en'],
    ['aa no in person 30601', 'en'],
    ['yo alcohol no en persona 79401', 'es'],
    ['me nope in person 40507', 'en'],
  ])('"%s"', (text, lang) => {
    const u = read(text, lang).understood;
    expect(u.mode).toBe('in_person');
    expect(u.medication).toBe(false);
    expect(u.audience).toBe('self');
  });

  it.each([
    'no in person, online only',
    'not in person',
    'me alcohol no in person, online only',
    'me alcohol not in person',
  ])('"%s" still turns in person down', (text) => {
    expect(read(text).understood.mode).toBe('online');
  });

  it('"me alcohol no drugs" turns the drugs down, and answers no medication', () => {
    expect(read('me alcohol no drugs').understood.medication).toBeNull();
  });
});

describe('whom a terse text is for', () => {
  it.each([
    'want to quit drinking',
    'need to stop using',
    'alcohol dayton oh in person',
    'alcohol no in person 79101',
    '1, alcohol, no, in person, 79101',
    'me in person',
  ])('"%s" is the texter\'s own', (text) => {
    expect(read(text).understood.audience).toBe('self');
  });

  it('"2, alcohol, in person, 79101" is for someone close', () => {
    expect(read('2, alcohol, in person, 79101').understood.audience).toBe('family');
  });

  it.each(['alcohol', 'alcohol 79101', '2 drinks a day', 'he drinks in person 79101', 'my son wants to quit drinking'])(
    '"%s" is not taken as the texter\'s',
    (text) => {
      expect(read(text).understood.audience).not.toBe('self');
    },
  );

  it('"1 1 2 1 79101" keeps only the place', () => {
    expect(read('1 1 2 1 79101').understood.audience).toBeNull();
  });
});
