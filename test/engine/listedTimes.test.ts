import { zoneAskedIn } from '../../src/engine/listedTimes';

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
