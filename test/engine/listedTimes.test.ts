import { zoneAskedIn, zoneNamedAsked } from '../../src/engine/listedTimes';

describe('a zone asked by a state in a question of time', () => {
  it.each([
    ['what time is it in arizona for these', 'en', 'America/Phoenix', 'Arizona'],
    ['what are these in california time', 'en', 'America/Los_Angeles', 'California'],
    ['what time is that in new mexico', 'en', 'America/Denver', 'New Mexico'],
    ['a que hora es en arizona', 'es', 'America/Phoenix', 'Arizona'],
    ['que hora es en hora de nuevo mexico', 'es', 'America/Denver', 'Nuevo Mexico'],
  ])('"%s" asks the times there', (text, lang, zone, place) => {
    expect(zoneAskedIn(text, lang)).toEqual({ zone, place });
  });

  it.each([
    'im in arizona now what time are meetings',
    'what times are meetings in arizona',
    'my sister in arizona goes',
    'arizona',
    'what time is that in central',
    'i live in texas, when are they',
  ])('"%s" asks none', (text) => {
    expect(zoneAskedIn(text, 'en')).toBeUndefined();
  });
});

describe('a zone asked by its own name', () => {
  it.each([
    ['is that central time', 'en', 'America/Chicago', 'Central'],
    ['is this eastern', 'en', 'America/New_York', 'Eastern'],
    ['thats pacific right', 'en', 'America/Los_Angeles', 'Pacific'],
    ['is that est', 'en', 'America/New_York', 'Eastern'],
    ['is that mt time', 'en', 'America/Denver', 'Mountain'],
    ['es en hora del centro?', 'es', 'America/Chicago', 'la zona central'],
    ['es hora de la montana', 'es', 'America/Denver', 'la zona de montana'],
  ])('"%s" asks the times in that zone', (text, lang, zone, place) => {
    expect(zoneNamedAsked(text, lang)).toEqual({ zone, place });
  });

  it.each([
    // Two zones: which one is meant is no sure thing; the general words about zones answer.
    'is that est or cst',
    'es hora del este o del pacifico',
    // "este" is "this", "centro" a town's centre, "mt" a state, without a word of time zones with them.
    'a que hora es este grupo',
    'el del centro',
    'is that in mt',
    'what timezone is that',
  ])('"%s" names none', (text) => {
    expect(zoneNamedAsked(text, 'en')).toBeUndefined();
  });
});
