import { readShipped } from '../support/shippedReading';

const read = (text: string, lang = 'en') => {
  const reading = readShipped(text, lang);
  return { audience: reading.understood.audience, forThem: reading.forThem === true };
};

describe('the person the help is about wants help themselves', () => {
  it.each([
    'my husband wants to quit drinking',
    'looking for a meeting for my husband, he wants to quit drinking',
    'my wife is ready to get sober',
    'my son asked for help with his drug use',
    'my husband is on methadone and wants meetings',
    'he says he wants to quit but he keeps drinking',
    'my dad needs a meeting',
    'can you find my son a meeting',
    'i need to get my husband to an aa meeting',
    'my daughter asked me to find her a meeting',
    'my parents want to get clean',
  ])('%s', (text) => {
    expect(read(text)).toEqual({ audience: 'family', forThem: true });
  });

  it.each([
    'mi hijo quiere dejar de usar',
    'busco juntas para mi esposo',
    'quiero llevar a mi hijo a juntas',
    'mis papas quieren dejar de tomar',
    // A word that is family only after "mi" (the flow's "mi|mis viejo|senora..."): "mi viejo" is someone else.
    'mi viejo quiere dejar de tomar',
    'mi senora quiere ir a juntas',
  ])('%s (Spanish)', (text) => {
    expect(read(text, 'es')).toEqual({ audience: 'family', forThem: true });
  });

  it.each([
    // Not wanting it: the family's own groups.
    'my son doesnt want to stop using',
    'my husband wont quit drinking',
    // What the family says of anyone, not the person's own wish.
    'my dad needs help',
    // The texter is the one asked to go, or the one who wants it.
    'my wife needs me to go to meetings',
    'i need a meeting, my husband drinks',
    'i want help for myself, my wife drinks',
    // Meetings for the whole family are Al-Anon's and Nar-Anon's.
    'i need meetings for my family',
    'my husband is in recovery and i need support',
    // The texter wants it for them.
    'i want my son to quit',
  ])('%s: not their own wish', (text) => {
    expect(read(text).forThem).toBe(false);
  });

  it('reads "mi esposo no quiere dejar de tomar" as not wanting it', () => {
    expect(read('mi esposo no quiere dejar de tomar', 'es').forThem).toBe(false);
  });

  it('is never set for a texter about themselves', () => {
    expect(read('my mom wants me to stop drinking')).toEqual({ audience: 'self', forThem: false });
  });
});
