import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';
import { familyNamedAsMotive } from '../../src/understand/familyAsMotive';
import { familyNamedAsSupplier } from '../../src/understand/familyAsSupplier';
import { ownsAThingAfter } from '../../src/understand/thingOwner';
import { clockTimeIn } from '../../src/text/clockWords';

// The twentieth session's texting probe: texters asking for themselves read as family, a parent's answer with the
// child's age, "i dont use the internet", how someone uses read as when to meet, medicine for something else, street
// corners read as clock times, and Spanish family words said back.

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);
const words = (text: string) => text.split(' ');

describe('the texter asking for themselves, with someone close only named', () => {
  it.each([
    'addicted to adderall, college student in lubbock',
    'nursing student addicted to xanax',
    'i have 2 kids and a drinking problem',
    'i got 2 kids and a pill problem',
    'my wife will kill me if she finds out i relapsed',
    'my mom will kill me if she finds out i smoke weed',
    "addicted to my wife's oxys",
    'i keep stealing my dads pain pills',
    'my kids deserve a sober dad',
    'my kids need me sober',
    'single mom addicted to pills',
    'visiting my mom in lubbock this week, need aa meeting',
    'i want to get sober for my kids',
    'i want to stop drinking for my wife',
    'hooked on kratom and phenibut',
  ])('"%s" is for the texter', (text) => {
    const r = read(text);
    expect(r.understood.audience).toBe('self');
    expect(r.relation).toBeUndefined();
  });

  it.each([
    ['i have a son who drinks', 'son'],
    ['i have a daughter who uses meth', 'daughter'],
    ['i have a daughter and a son who uses', 'son'],
    ['my husbands drinking is out of control', 'husband'],
    ['my husband will kill me when hes drunk', 'husband'],
    ['my husbands pills are missing and my son uses', 'son'],
    ['im a teacher worried about a student who drinks', 'student'],
    ['my neighbor sells drugs to my son', 'son'],
    ['my cousin sold my son pills', 'son'],
    ['my grandkids mom is on meth', 'grandchilds_mother'],
    ['grandkids dad is in prison for meth', 'grandchilds_father'],
    ['need aa for my brother', 'brother'],
  ])('"%s" is for their %s', (text, relation) => {
    const r = read(text);
    expect(r.understood.audience).toBe('family');
    expect(r.relation).toBe(relation);
  });

  it.each([
    'im the mother of an addict',
    'im a mom of a 19 yr old who uses meth',
    'adult child of alcoholic, need group',
  ])('"%s" is still for someone close', (text) => {
    expect(read(text).understood.audience).toBe('family');
  });

  it('reads a family word as whose the pills are only before a thing owned, not a use', () => {
    expect(ownsAThingAfter(words('addicted to my wifes oxys'), 3)).toBe(true);
    expect(ownsAThingAfter(words('stealing my moms pain pills'), 2)).toBe(true);
    expect(ownsAThingAfter(words('my husbands drinking'), 1)).toBe(false);
    expect(ownsAThingAfter(words('my moms pill habit'), 1)).toBe(false);
    expect(ownsAThingAfter(words('my mom pills'), 1)).toBe(false);
  });

  it('reads a family word as why the texter changes, or who they want to be', () => {
    expect(familyNamedAsMotive(words('my kids deserve a sober dad'), 1, 2)).toBe(true);
    expect(familyNamedAsMotive(words('my kids deserve a sober dad'), 5, 6)).toBe(true);
    expect(familyNamedAsMotive(words('i want to be a better mom'), 6, 7)).toBe(true);
    expect(familyNamedAsMotive(words('get sober for my kids'), 4, 5)).toBe(true);
    expect(familyNamedAsMotive(words('find meetings for my son'), 4, 5)).toBe(false);
    expect(familyNamedAsMotive(words('my son needs a sober house'), 1, 2)).toBe(false);
  });

  it('reads who supplies someone else named as no one the help is for', () => {
    expect(familyNamedAsSupplier(words('my neighbor sells drugs to my son'), 1, 2)).toBe(true);
    expect(familyNamedAsSupplier(words('my brother keeps giving my dad beer'), 1, 2)).toBe(true);
    expect(familyNamedAsSupplier(words('my son is selling drugs'), 1, 2)).toBe(false);
    expect(familyNamedAsSupplier(words('my son gives his friends weed'), 1, 2)).toBe(false);
  });
});

describe('an age said of him or her', () => {
  it.each(['she is 14', 'hes 17', 'hes 15', 'he is 16', 'my kid is 16', 'tiene 16 años'])(
    '"%s" says the texter is no teen',
    (text) => {
      expect(read(text, text.includes('tiene') ? 'es' : 'en').understood.teen).toBe(false);
    },
  );

  it.each(['im 15', 'im 15 hes 17', 'teen here, dad drinks', 'minor here my mom drinks'])(
    '"%s" is a teen texting',
    (text) => {
      expect(read(text).understood.teen).toBe(true);
    },
  );

  it('reads "my kid" as the texter\'s child, not "my kid brother"', () => {
    expect(read('my kid').understood.teen).toBe(false);
    expect(read('my kid brother drinks').understood.teen).toBeNull();
  });
});

describe('no internet, said any way', () => {
  it.each([
    'i dont use the internet',
    'i dont do the internet',
    'i never use computers',
    'i dont use email',
    'no uso internet',
  ])('"%s" is by phone', (text) => {
    expect(read(text, text.startsWith('no ') ? 'es' : 'en').understood.mode).toBe('phone');
  });

  it('keeps "i cant do online" a room', () => {
    expect(read('i cant do online').understood.mode).toBe('in_person');
  });
});

describe('how someone uses is not when to meet', () => {
  it.each([
    'i do lines on the weekend. lubbock',
    'we smoke weed on the weekend',
    'i do coke at night',
    'he does lines on the weekend',
  ])('"%s" names a drug and no time', (text) => {
    const u = read(text).understood;
    expect(u.concern).toBe('drugs');
    expect(u.when).toBeNull();
  });

  it.each(['i need a meeting on the weekend, i do lines', 'im gonna use tonight', 'drugs on the weekend'])(
    '"%s" keeps the time',
    (text) => {
      expect(read(text).understood.when).not.toBeNull();
    },
  );

  it.each(['i huff gas', 'i huff', 'sniffing gas', 'did a few lines last night', 'doing lines'])(
    '"%s" is drugs',
    (text) => {
      expect(read(text).understood.concern).toBe('drugs');
    },
  );

  it('leaves lines that are no drug alone', () => {
    expect(read('the phone lines are busy').understood.concern).toBeNull();
  });
});

describe('medicine for something else', () => {
  it.each([
    'only my adhd meds',
    'i take meds for adhd',
    'methadone for pain not addiction',
    "i'm prescribed methadone for pain not addiction",
    'i take methadone for chronic pain',
  ])('"%s" is no medication for recovery', (text) => {
    expect(read(text).understood.medication).toBe(false);
  });

  it.each(['im on methadone', 'im on suboxone for pain and addiction', 'suboxone for my addiction'])(
    '"%s" is medication for recovery',
    (text) => {
      expect(read(text).understood.medication).toBe(true);
    },
  );
});

describe('a street corner', () => {
  it.each([
    ['im at 4th and quaker in lubbock', 'Lubbock'],
    ['4th and university lubbock', 'Lubbock'],
    ['50th and indiana lubbock aa meeting', 'Lubbock'],
    ['corner of 19th and quaker, lubbock aa', 'Lubbock'],
    ['i live at 7th and polk amarillo', 'Amarillo'],
  ])('"%s" is in %s, with no meeting picked', (text, town) => {
    const u = read(text).understood;
    expect(u.place?.town).toBe(town);
    expect(u.item).toBeNull();
  });

  it('still picks "the 4th one" and "the 2nd and 3rd"', () => {
    expect(read('the 4th one').understood.item).toBe(4);
    expect(read('the 2nd and 3rd').understood.item).toBe(2);
  });

  it('reads no clock time in "at 4th", and one in "at 4"', () => {
    expect(clockTimeIn('im at 4th and quaker in lubbock')).toBeUndefined();
    expect(clockTimeIn('meet at 1st and main')).toBeUndefined();
    expect(clockTimeIn('at 4')).toEqual({ hour: 4 });
  });
});

describe('more of the same probe', () => {
  it('reads "el centro de amarillo" as downtown Amarillo, and "en el centro" alone as El Centro', () => {
    expect(read('estoy en el centro de amarillo', 'es').understood.place?.town).toBe('Amarillo');
    expect(read('en las afueras de amarillo', 'es').understood.place?.town).toBe('Amarillo');
    expect(read('en el centro', 'es').understood.place?.town).toBe('El Centro');
  });

  it.each(['i drink lean. midland', 'he drinks lean'])('"%s" is drugs, not alcohol', (text) => {
    expect(read(text).understood.concern).toBe('drugs');
  });

  it('keeps a drink and a drug named apart as more than one thing', () => {
    expect(read('i drink and smoke weed').understood.concern).toBe('unsure');
  });

  it.each(["i od'd last night but im ok now", 'percs got me again. big spring tx', 'meth has me hooked'])(
    '"%s" is the texter\'s own drugs',
    (text) => {
      const u = read(text).understood;
      expect(u.audience).toBe('self');
      expect(u.concern).toBe('drugs');
    },
  );

  it('leaves "odd" that is strange alone', () => {
    expect(read('i feel odd').understood.concern).toBeNull();
  });

  it('reads a teen\'s age said first, before "and i"', () => {
    expect(read('13 and i vape nic and weed at school').understood.teen).toBe(true);
    expect(read('2 and i need help').understood.teen).toBeNull();
  });

  it('reads "im 16 too" as the same age, not the same drinking', () => {
    const r = read("my best friend is 16 and drinks every day, i'm worried. im 16 too");
    expect(r.understood.audience).toBe('family');
    expect(r.shared).toBeUndefined();
    expect(read('my husband drinks and i do too').shared).toBeDefined();
  });

  it('reads "630pm" without its colon', () => {
    expect(clockTimeIn('aa amarillo 630pm')).toEqual({ hour: 6, minute: 30, half: 'pm' });
    expect(clockTimeIn('675pm')).toBeUndefined();
  });
});
