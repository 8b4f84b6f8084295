import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';

// The eighteenth session's situations probe: programs turned down, whom the help is for, a child's age, and
// buprenorphine as its patients say it.

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);

describe('programs turned down', () => {
  it.each([
    // Faith turned down turns down every group of a higher power.
    ['anything besides AA? im an atheist', ['aa', 'twelve_step']],
    ['something other than aa', ['aa']],
    ['i dont want AA, tried it, hated the god stuff. i drink and smoke weed', ['aa', 'twelve_step']],
    ['aa isnt for me', ['aa']],
    ['aa is not for me, i drink', ['aa']],
    ['i need a non 12 step group for drinking', ['twelve_step']],
    ['not al anon, something else, my son drinks', ['alanon']],
  ])('"%s" turns down %j and asks for none of them', (text, refused) => {
    const reading = read(text);
    expect(reading.turnedDown).toEqual(refused);
    for (const id of refused) expect(reading.understood.programs).not.toContain(id);
  });

  it.each(['aa meetings near 79101', 'i want aa', 'no aa meetings near me?', 'i want smart not aa'])(
    '"%s" turns no program down that it asks for',
    (text) => {
      const reading = read(text);
      expect(reading.turnedDown ?? []).not.toContain(reading.understood.programs[0]);
    },
  );

  it('reads a dislike of the god stuff as SMART Recovery, not as a program told of', () => {
    const reading = read('i dont want AA, tried it, hated the god stuff. i drink and smoke weed');
    expect(reading.understood.programs).toEqual(['smart']);
    expect(reading.toldOf).toBeUndefined();
  });

  it.each(['aa isnt for me', 'aa is not for me', 'meetings arent for me, i drink'])(
    'reads "%s" as the texter, not as help for someone else',
    (text) => expect(read(text).understood.audience).toBe('self'),
  );

  it('still reads "its not for me" as help for someone else', () => {
    expect(read('its not for me its for my son').understood.audience).toBe('family');
  });
});

describe('whom the help is for', () => {
  it.each([
    ['a family member of mine drinks too much', 'family'],
    ['a friend of mine uses meth', 'family'],
    ['i want to help someone i love who drinks', 'family'],
    ['someone i love uses meth', 'family'],
    ['i have a friend who is addicted to pills', 'family'],
    ['i know someone who drinks', 'family'],
    ['my friend gave me this number', 'self'],
    ['my mom made me text this', 'self'],
    ['my sister sent me this number, my husband drinks', 'family'],
    ['my son drinks', 'family'],
    ['i drink', 'self'],
    ['me and my husband both drink', 'self'],
  ])('reads "%s" as %s', (text, audience) => {
    expect(read(text).understood.audience).toBe(audience);
  });

  it('says back the relative after a referrer', () => {
    expect(read('my sister sent me this number, my husband drinks').relation).toBe('husband');
  });
});

describe('a child under 13', () => {
  it.each(["i'm 12 and my dad drinks", 'im 11 my mom is always high', 'im 10 and my mom uses'])(
    'reads "%s" as young enough for Alateen',
    (text) => expect(read(text).understood.teen).toBe(true),
  );

  it.each(['im 5 days sober', 'im 45 and i drink'])('reads "%s" as no teen', (text) => {
    expect(read(text).understood.teen).not.toBe(true);
  });
});

describe('buprenorphine as people say it', () => {
  it.each(['i take subs', "i'm on bup", 'my subs dr said go to meetings', 'i take subs, can i even go to NA?'])(
    'reads "%s" as the texter on medication, about drugs',
    (text) => {
      const u = read(text).understood;
      expect(u.medication).toBe(true);
      expect(u.audience).toBe('self');
      expect(u.concern).toBe('drugs');
    },
  );

  it.each(['do they have subs', 'i want a sub sandwich'])('reads "%s" as no medication', (text) => {
    expect(read(text).understood.medication).toBeNull();
  });
});
