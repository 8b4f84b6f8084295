import { readShipped } from '../support/shippedReading';

// Questions asked at a list that were read as a search (the twenty-fourth session's probe, C4).

const read = readShipped;

describe('whether one must be sober to go', () => {
  it.each([
    ["can i go if i've been drinking today", 'en'],
    ['is it ok to show up if im hungover', 'en'],
    ['what if i had a few beers before', 'en'],
    ['do i have to quit drinking before i go', 'en'],
    ['can my husband go if hes been drinking', 'en'],
    ['puedo ir si ya tome unas cervezas', 'es'],
    ['tengo que dejar de tomar antes de ir?', 'es'],
    // Being welcome, no going named (the thirty-first session's probe).
    ['is the 1st one ok if ive used today', 'en'],
    ['am i welcome if im high', 'en'],
    ['is it alright if im a little drunk', 'en'],
    ['esta bien si ya tome hoy', 'es'],
  ])('"%s" asks it, and searches no day', (text, lang) => {
    const u = read(text, lang).understood;
    expect(u.intents).toContain('sober_to_go');
    expect(u.when).toBeNull();
    // The same answer for every meeting: "the 1st one" answers no menu.
    expect(u.item).toBeNull();
  });

  it.each([
    'i used to drink and want to go to a meeting',
    'my husband drinks, can i go to a meeting',
    'can i go to a meeting tonight',
    'what if he is drunk when he comes home',
    'is it ok if my husband has been drinking for years',
    'its ok if i used to drink',
  ])('"%s" does not ask it', (text) => {
    expect(read(text).understood.intents).not.toContain('sober_to_go');
  });
});

describe('whether one on a medicine for recovery may go, no meeting named', () => {
  it.each([
    ['is it ok to go if im on methadone', 'en'],
    ['can i still go if i take suboxone', 'en'],
    ['puedo ir si tomo metadona?', 'es'],
  ])('"%s" asks it', (text, lang) => {
    expect(read(text, lang).understood.intents).toContain('medication_welcome');
  });

  it.each(['can i go on methadone', 'i want to go on suboxone'])('"%s" asks to start one, not to go', (text) => {
    expect(read(text).understood.intents).not.toContain('medication_welcome');
  });
});
