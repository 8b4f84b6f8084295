import type { MeetingDirectory } from '../../src/directory/types';
import {
  articleBeforeOf,
  meansHomeState,
  twoLetterCityAnswer,
  twoLetterCityIn,
} from '../../src/understand/shortCityNames';
import { plainLower, wordsOfPlain } from '../../src/text/textWords';
import { readShipped } from '../support/shippedReading';
import { engineWith, realDirectory, stopRealDirectory, TUESDAY_EVENING, Texter } from './conversationKit';

/**
 * Cities texted by their short names ("LA", "DC", "KC", "stl", "abq"): read as the city where a place is plainly
 * meant, never out of a Spanish "la" (places probe of 2026-12-05: "aa meetings in dc" and "LA" found no place).
 */

let directory: MeetingDirectory;
beforeAll(async () => {
  directory = await realDirectory();
});
afterAll(stopRealDirectory);

const placeOf = (text: string, lang = 'en') => readShipped(text, lang).understood.place;
const words = (text: string) => wordsOfPlain(plainLower(text));

describe('a city by its short name, in a text', () => {
  it.each([
    ['aa meetings in dc', 'Washington', 'DC'],
    ['meetings in LA', 'Los Angeles', 'CA'],
    ['meetings in la tonight', 'Los Angeles', 'CA'],
    ['im in kc need na meeting', 'Kansas City', 'MO'],
    ['i live near sf', 'San Francisco', 'CA'],
    ['the D.C. area', 'Washington', 'DC'],
    ['KC MO', 'Kansas City', 'MO'],
    ['LA', 'Los Angeles', 'CA'],
    ['aa in stl', 'Saint Louis', 'MO'],
    ['abq', 'Albuquerque', 'NM'],
    ['in h-town', 'Houston', 'TX'],
    ['okc', 'Oklahoma City', 'OK'],
  ])('%s', (text, town, state) => {
    expect(placeOf(text)).toMatchObject({ town, state });
  });

  it('reads "estoy en LA" as the city, and a Spanish "la" as no place', () => {
    expect(placeOf('estoy en LA', 'es')).toMatchObject({ town: 'Los Angeles' });
    expect(placeOf('en la tarde', 'es')).toBeNull();
    expect(placeOf('la reunion de la noche', 'es')).toBeNull();
    expect(placeOf('in la noche')).toBeNull();
  });

  it('leaves a town with its state alone: "shreveport la" is Shreveport, LA', () => {
    expect(placeOf('shreveport la')).toMatchObject({ town: 'Shreveport', state: 'LA' });
  });
});

describe('the short names themselves', () => {
  it('are an answer only with words around a place', () => {
    expect(twoLetterCityAnswer(words('im in the dc area please'))?.city).toBe('Washington, DC');
    expect(twoLetterCityAnswer(words('la ca'))?.city).toBe('Los Angeles, CA');
    expect(twoLetterCityAnswer(words('la tx'))).toBeUndefined();
    expect(twoLetterCityAnswer(words('la noche'))).toBeUndefined();
  });

  it('in a sentence, only after a word that leads to a place, at the end of a clause or in capitals', () => {
    expect(twoLetterCityIn('going to la fiesta', words('going to la fiesta'))).toBeUndefined();
    expect(twoLetterCityIn('in la casa', words('in la casa'))).toBeUndefined();
    expect(twoLetterCityIn('meetings in LA for women', words('meetings in LA for women'))?.city).toBe(
      'Los Angeles, CA',
    );
  });

  it('are the texter’s own state when the letters are its code and the city is elsewhere', () => {
    expect(meansHomeState({ name: 'la', city: 'Los Angeles, CA' }, 'LA')).toBe(true);
    expect(meansHomeState({ name: 'la', city: 'Los Angeles, CA' }, 'CA')).toBe(false);
    expect(meansHomeState({ name: 'dc', city: 'Washington, DC' }, 'DC')).toBe(false);
    expect(meansHomeState({ name: 'la', city: 'Los Angeles, CA' }, undefined)).toBe(false);
  });
});

describe('at the place question', () => {
  it('"LA" and "DC" search the city, said back', () => {
    const la = new Texter(engineWith(directory), TUESDAY_EVENING, { homeState: 'CA' });
    expect(la.sendAll('aa', 'no', 'in person', 'LA')[0]).toContain('Los Angeles, CA');
    const dc = new Texter(engineWith(directory), TUESDAY_EVENING, { homeState: 'VA' });
    expect(dc.sendAll('aa', 'no', 'in person', 'dc')[0]).toContain('Washington, DC');
  });

  it('"LA" from a Louisiana number is not Los Angeles', () => {
    const t = new Texter(engineWith(directory), TUESDAY_EVENING, { homeState: 'LA' });
    expect(t.sendAll('aa', 'no', 'in person', 'LA')[0]).toContain('Which town in Louisiana?');
    expect(t.send('shreveport')[0]).toContain('Shreveport, LA');
    const first = new Texter(engineWith(directory), TUESDAY_EVENING, { homeState: 'LA' });
    expect(first.send('aa meetings in LA')[0]).not.toContain('Los Angeles');
  });

  it('a first text that names the city by two letters is said back', () => {
    const t = new Texter(engineWith(directory), TUESDAY_EVENING, { homeState: 'MO' });
    expect(t.send('im in kc need na meeting')[0]).toContain('near Kansas City, MO');
  });
});

describe('"la de", "la del": the Spanish one of a time, not Los Angeles', () => {
  it.each(['la de las 7', 'la del martes', 'la de la noche', 'quiero la del martes'])('%s names no place', (text) => {
    expect(placeOf(text, 'es')).toBeNull();
  });

  it('"LA" in capitals before "de" is still the city', () => {
    expect(articleBeforeOf('LA de noche', words('LA de noche'), 0)).toBe(false);
    expect(articleBeforeOf('la de noche', words('la de noche'), 0)).toBe(true);
    expect(placeOf('busco aa en LA de noche', 'es')?.town).toBe('Los Angeles');
  });
});
