import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';

/**
 * The twenty-first session's probe, left open: a medicine a doctor prescribes that some misuse, said as taken
 * ("i take gabapentin"), is a prescription and an answer to the medication question, not the texter's drug; someone
 * lost to a drug by its name is grief; a job or a house lost to drinking is not.
 */
const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places).understood;

describe('a prescribed medicine that some misuse', () => {
  it.each(['i take gabapentin', 'im on neurontin', 'taking gabapentin', 'im prescribed neurontin'])(
    'said as taken (%j), is a medicine for recovery and no drug',
    (text) => {
      expect(read(text)).toMatchObject({ concern: null, medication: true });
    },
  );

  it('keeps the drinking said beside it', () => {
    expect(read('im prescribed gabapentin for alcohol')).toMatchObject({ concern: 'alcohol', medication: true });
  });

  it.each([
    'hes abusing gabapentin',
    'my son takes too much gabapentin',
    'gabapentin',
    'my husband is addicted to neurontin',
    'she buys gabapentin off the street',
  ])('misused or named alone (%j), is still drugs', (text) => {
    expect(read(text).concern).toBe('drugs');
  });
});

describe('someone lost, and what else is lost', () => {
  it.each([
    'my sponsor just died of an overdose',
    'lost my friend to fentanyl yesterday',
    'lost my best friend to drugs',
    'my roommate suddenly died of an overdose',
    'my grandpa passed away from alcoholism',
  ])("%j is grief, and the drug is not the texter's", (text) => {
    const understood = read(text);
    expect(understood.intents).toContain('grief');
    expect(understood.concern).toBeNull();
  });

  it.each(['i lost my job to drinking', 'we lost our house to his drinking', 'i lost my license to a dui'])(
    '%j is no loss of a person',
    (text) => {
      expect(read(text).intents).not.toContain('grief');
    },
  );
});

describe('faith turned down in the words around it', () => {
  it.each([
    ['not with god stuff', 'en'],
    ['without the god stuff', 'en'],
    ['nothing religious', 'en'],
    ['no praying please', 'en'],
    ['i dont want to pray', 'en'],
    ['non faith based', 'en'],
    ['no church meetings', 'en'],
    ['juntas que no sean religiosas', 'es'],
    ['nada de iglesia por favor', 'es'],
  ])('%j asks for SMART Recovery', (text, lang) => {
    expect(read(text, lang).programs).toEqual(['smart']);
  });

  it.each([
    ['i have no problem with the god stuff', 'en'],
    ['i dont want to go to church', 'en'],
    ['sin dios no puedo', 'es'],
  ])('%j does not', (text, lang) => {
    expect(read(text, lang).programs).toEqual([]);
  });
});

describe("the twenty-second session's texting probe", () => {
  it.each([
    ['bud', 'drugs'],
    ['snow', 'drugs'],
    ['rock', 'drugs'],
    ['roxy', 'drugs'],
    ['china white', 'drugs'],
    ['alc', 'alcohol'],
  ])('%j alone is a drug or drink, not a town', (text, concern) => {
    expect(read(text)).toMatchObject({ concern, place: null });
  });

  it('takes such a town when its state is said', () => {
    expect(read('i live in happy tx').place).toMatchObject({ town: 'Happy', state: 'TX' });
    expect(read('happy friday! need a meeting for my drinking').place).toBeNull();
  });

  it.each(['good morning, i need help finding AA in amarillo', 'good evening', 'good afternoon, my son drinks'])(
    '%j greets, and asks for no part of the day',
    (text) => {
      expect(read(text)).toMatchObject({ part: null, when: null });
    },
  );

  it('still hears the morning asked for', () => {
    expect(read('any good morning meetings in amarillo').part).toBe('morning');
    expect(read('morning meetings').part).toBe('morning');
  });

  it.each(['sorry to bother you', 'sorry to bother, need a meeting'])('%j names no mother', (text) => {
    expect(read(text).audience).not.toBe('family');
  });
});

describe("the texter's own pills or drink taken by someone else", () => {
  it.each([
    ['my son steals my pills', 'drugs'],
    ["hi i'm 70 and my grandson steals my pills", 'drugs'],
    ['my son took my xanax', 'drugs'],
    ['my son keeps taking my beer', 'alcohol'],
    ['my daughter keeps stealing my oxy', 'drugs'],
  ])('%j is help for the one who takes them', (text, concern) => {
    expect(read(text)).toMatchObject({ audience: 'family', concern });
  });

  it.each(['i take my meds', 'im taking my pills', 'my drinking hurts my family'])("%j stays the texter's", (text) => {
    expect(read(text).audience).toBe('self');
  });
});
