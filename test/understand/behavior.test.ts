import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);

describe('behaviors that are not gambling', () => {
  it.each([
    ['my son is addicted to video games', 'gaming', 'family'],
    ['im addicted to gaming', 'gaming', 'self'],
    ['my husband is addicted to porn', 'porn', 'family'],
    ['i think i have a sex addiction', 'sex', 'self'],
    ['my wife has a shopping addiction', 'shopping', 'family'],
    ['my daughter is addicted to her phone', 'screens', 'family'],
    ['my son is hooked on tiktok', 'screens', 'family'],
    ['binge eating', 'food', null],
    ['my son plays video games all day', 'gaming', 'family'],
  ])('reads "%s" as concern gambling, behavior %s', (text, behavior, audience) => {
    const reading = read(text);
    expect(reading.understood.concern).toBe('gambling');
    expect(reading.understood.audience).toBe(audience);
    expect(reading.behavior).toBe(behavior);
  });

  it.each([
    ['mi hijo es adicto a los videojuegos', 'gaming'],
    ['mi hijo juega los juegos de video todo el dia', 'gaming'],
    ['mi esposo es adicto a la pornografia', 'porn'],
    ['mi esposa tiene adiccion al sexo', 'sex'],
    ['soy adicta a las compras', 'shopping'],
    ['mi hija esta pegada al celular', 'screens'],
    ['tengo adiccion a la comida', 'food'],
    ['otra conducta', 'other'],
  ])('reads the Spanish "%s" as concern gambling, behavior %s', (text, behavior) => {
    const reading = read(text, 'es');
    expect(reading.understood.concern).toBe('gambling');
    expect(reading.behavior).toBe(behavior);
  });

  it.each([
    'casino',
    'slots',
    'sports betting',
    'my dad plays the lottery too much',
    'poker',
    'i have a gambling problem',
  ])('keeps real gambling ("%s") gambling, with no behavior', (text) => {
    const reading = read(text);
    expect(reading.understood.concern).toBe('gambling');
    expect(reading.behavior).toBeUndefined();
  });

  it('keeps "apuestas" gambling in Spanish', () => {
    expect(read('mi esposo hace apuestas', 'es').behavior).toBeUndefined();
    expect(read('mi esposo hace apuestas', 'es').understood.concern).toBe('gambling');
  });

  it('lets real gambling win when a behavior is named beside it', () => {
    const reading = read('my husband bets on sports and watches porn');
    expect(reading.understood.concern).toBe('gambling');
    expect(reading.behavior).toBeUndefined();
  });

  it('keeps the behavior beside another concern, for the gambling half', () => {
    const reading = read('my son drinks and plays video games');
    expect(reading.understood.concern).toBe('unsure');
    expect(reading.concerns).toEqual(['alcohol', 'gambling']);
    expect(reading.behavior).toBe('gaming');
  });

  it('lets a behavior phrase take a concern word inside it ("binge" in "binge eating" is no drinking)', () => {
    expect(read('my wife binges on food').understood.concern).toBe('gambling');
    expect(read('is there a meeting for binge drinking').understood.concern).toBe('alcohol');
    expect(read('is there a meeting for binge drinking').behavior).toBeUndefined();
  });

  it('names the behavior among the words heard, for --explain', () => {
    const heard = read('my son is addicted to video games').heard.find((h) => h.behavior);
    expect(heard).toMatchObject({ slot: 'concern', value: 'gambling', words: 'video games', behavior: 'gaming' });
  });

  it('does not read a phone or social media said in passing as a behavior', () => {
    expect(read('my phone died, need aa meetings').behavior).toBeUndefined();
    expect(read('i found you on social media, my husband drinks').understood.concern).toBe('alcohol');
  });

  it('still finds Media, PA', () => {
    expect(read('aa meetings in media pa').understood.place).toMatchObject({ town: 'Media', state: 'PA' });
  });
});
