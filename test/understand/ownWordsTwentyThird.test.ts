import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';

/**
 * The twenty-second session's probe, left open: the closest meeting asked for with its program between ("closest AA
 * meeting to 79109") is a meeting in person; a way to meet named inside that phrase ("closest online meeting") stays.
 */
const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places).understood;

describe('the closest meeting asked for', () => {
  it.each([
    'closest AA meeting to 79109',
    'whats the nearest na meeting to me',
    'where is the closest open aa group',
    'nearest smart recovery meeting in lubbock',
  ])('%j is in person', (text) => {
    expect(read(text).mode).toBe('in_person');
  });

  it('in Spanish, with the program between, is in person', () => {
    expect(read('la junta de aa mas cercana a 79109', 'es').mode).toBe('in_person');
  });

  it.each(['closest online aa meeting', 'nearest zoom na meeting', 'the closest phone meeting'])(
    '%j keeps the way named inside it',
    (text) => {
      expect(read(text).mode).not.toBe('in_person');
    },
  );

  it('a phrase whose own last word is the way turned down still asks for a room', () => {
    expect(read('i cant do online, i need somewhere to go').mode).toBe('in_person');
  });
});

describe('a first meeting worried about', () => {
  it.each([
    'first time going, is that ok',
    'never been to a meeting before, will it be weird',
    'es mi primera vez, esta bien?',
  ])('%j is the first_meeting intent, and no newcomers wish', (text) => {
    const understood = read(text, text.startsWith('es ') ? 'es' : 'en');
    expect(understood.intents).toContain('first_meeting');
    expect(understood.wants).not.toContain('newcomer');
  });

  it('newcomers named beside the worry are still wished for', () => {
    expect(read('any beginner meetings? its my first time, im nervous').wants).toContain('newcomer');
  });

  it('the first one of the list is no first time', () => {
    expect(read('is the first one ok for women').intents).not.toContain('first_meeting');
  });
});

describe('a school named high', () => {
  it('is no one high', () => {
    expect(read('im by lubbock high school').concern).toBeNull();
    expect(read('he got high at school').concern).toBe('drugs');
  });
});
