import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';
import { isBareNa } from '../../src/understand/bareNa';

// The nineteenth session's situations probe: a medicine named at the medication question, meetings in a room out of
// reach, whether meetings welcome someone on a medicine, adults asked if they are teens, programs disliked, "na"
// alone, and parents or grown children of someone who drinks or uses.

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);

describe('a medicine named with its form or the taking of it', () => {
  it.each([
    ['i take naltrexone pills', 'en'],
    ['im on the vivitrol shot', 'en'],
    ['i take antabuse tablets', 'en'],
    ['tomo naltrexona', 'es'],
    ['tomo pastillas de naltrexona', 'es'],
    ['estoy tomando campral', 'es'],
  ])('"%s" answers the medication question and names no trouble', (text, lang) => {
    const u = read(text, lang).understood;
    expect(u.medication).toBe(true);
    expect(u.concern).toBeNull();
  });

  it.each([
    ['i drink and take naltrexone pills', 'alcohol'],
    ['i take pills and suboxone', 'drugs'],
    ['i take pills', 'drugs'],
  ])('"%s" still tells the trouble said beside it (%s)', (text, concern) => {
    expect(read(text).understood.concern).toBe(concern);
  });

  it('keeps a medicine that is also a drug word as implied only ("im on suboxone")', () => {
    expect(read('im on suboxone').implied).toEqual(['concern']);
  });
});

describe('meetings in a room out of reach', () => {
  it.each([
    ['i cant go to a local meeting', 'en'],
    ['i cant get to meetings in person', 'en'],
    ['no way to get to a meeting', 'en'],
    ['i have no way to get there', 'en'],
    ['i cant make it to an in person meeting', 'en'],
    ['in person is not possible for me', 'en'],
    ['i dont do in person', 'en'],
    ['not in person', 'en'],
    ['no puedo ir en persona', 'es'],
    ['no puedo ir a las juntas', 'es'],
    ['no tengo como llegar', 'es'],
    ['en persona no puedo', 'es'],
    ['en persona no, en linea', 'es'],
    ['in person isnt an option', 'en'],
    ['in person meetings are too hard for me', 'en'],
    ['my license is suspended', 'en'],
    ['i cant afford gas', 'en'],
    ['theres no bus out here', 'en'],
    ['me quitaron la licencia', 'es'],
  ])('"%s" is online, not in person', (text, lang) => {
    expect(read(text, lang).understood.mode).toBe('online');
  });

  it('keeps the way named after it: "cant make it in person, by phone is fine" is by phone', () => {
    expect(read('cant make it in person, by phone is fine').understood.mode).toBe('phone');
  });

  it.each([
    ['i cant get to a meeting tonight', null],
    ['he cant get to meetings', null],
    ['i dont go to meetings', null],
    ['i cant do online, i need in person', 'in_person'],
    ['i cant stop drinking need a meeting near me', 'in_person'],
    ['in person only', 'in_person'],
    ['in person not zoom', 'in_person'],
    ['in person is best', 'in_person'],
    ['meetings in person out in lubbock', 'in_person'],
    ['no bus but my sister can drive me', 'in_person'],
  ])('"%s" is read as before (%s)', (text, mode) => {
    expect(read(text).understood.mode).toBe(mode);
  });
});

describe('whether meetings welcome someone on a medicine', () => {
  it.each([
    ['can i go to NA if im on suboxone?', 'en'],
    ['is it ok to go to AA on methadone', 'en'],
    ['will they judge me for taking bupe', 'en'],
    ['are people on subs welcome at meetings', 'en'],
    ['does NA allow people on MAT?', 'en'],
    ['puedo ir a NA si tomo metadona?', 'es'],
    ['me van a juzgar en las juntas por tomar suboxone', 'es'],
  ])('"%s" is answered yes (the medication_welcome intent), on medication', (text, lang) => {
    const reading = read(text, lang);
    expect(reading.understood.intents).toContain('medication_welcome');
    expect(reading.understood.medication).toBe(true);
  });

  it.each(['i take suboxone and go to NA', 'im on methadone, looking for NA meetings', 'is there a meeting tonight?'])(
    '"%s" asks nothing of the kind',
    (text) => expect(read(text).understood.intents).not.toContain('medication_welcome'),
  );

  it('leaves the concern implied when only a program names it ("go to AA on methadone")', () => {
    // No "I" said either: whom it is for is implied too (selfUnsaid.ts).
    expect(read('is it ok to go to AA on methadone').implied).toEqual(['concern', 'audience']);
  });
});

describe('adults not asked whether they are teens', () => {
  it.each([
    ['my mother in law drinks', 'en'],
    ['my father-in-law drinks', 'en'],
    ['i have a 15 year old son who smokes weed', 'en'],
    ['raising two teenagers and my husband drinks', 'en'],
    ['meetings for parents of addicts', 'en'],
    ['any for parents', 'en'],
    ['adult children of alcoholics', 'en'],
    ['mi suegra toma', 'es'],
    ['tengo un hijo de 15 que fuma mota', 'es'],
    ['padres de adictos', 'es'],
  ])('"%s" is someone close, and no teen', (text, lang) => {
    const u = read(text, lang).understood;
    expect(u.audience).toBe('family');
    expect(u.teen).toBe(false);
  });

  it.each([
    'my sister in law drinks',
    'i have a kid brother who drinks',
    'my mom drinks',
    'parents',
    'is there help for kids of parents who drink',
  ])('"%s" may be a teen\'s, so the question stays', (text) => expect(read(text).understood.teen).toBeNull());
});

describe('programs disliked', () => {
  it.each([
    ['tried NA, hated it', 'na'],
    ['went to AA a few times and hated it', 'aa'],
    ['AA was too religious for me', 'aa'],
    ['did AA, didnt like it', 'aa'],
    ['tried AA and hated it', 'aa'],
  ])('"%s" turns %s down', (text, id) => {
    const reading = read(text);
    expect(reading.turnedDown).toContain(id);
    expect(reading.understood.programs).not.toContain(id);
  });

  it('reads NA disliked as drugs, implied ("tried NA, hated it")', () => {
    const reading = read('tried NA, hated it');
    expect(reading.understood.concern).toBe('drugs');
    expect(reading.implied).toEqual(['concern']);
  });

  it.each(['is AA religious?', 'i went to aa, it was ok'])('"%s" turns nothing down', (text) => {
    expect(read(text).turnedDown ?? []).toEqual([]);
  });
});

describe('"na" alone as a first text', () => {
  it.each(['na', 'NA', 'n.a.', 'na?'])('"%s" is NA', (text) => expect(isBareNa(text)).toBe(true));
  it.each(['nah', 'na im good', 'nada', 'no'])('"%s" is not', (text) => expect(isBareNa(text)).toBe(false));
});
