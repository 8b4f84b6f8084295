import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';

/** What the twenty-ninth session's probe found, read by the understanding step alone. */
const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places).understood;

describe('a child named by age with a space ("my 15 yo")', () => {
  it.each(['my 15 yo is vaping weed every day', 'my 17 yo drinks', 'our 16 yo is on pills'])('%j', (text) => {
    expect(read(text)).toMatchObject({ audience: 'family', teen: false });
  });

  it('leaves "yo" as slang alone', () => {
    expect(read('my dad drinks yo').teen).toBeNull();
  });
});

describe('help for the texter as the one close to someone who uses', () => {
  it.each([
    ['i mean its for me, im the parent', 'en'],
    ['its for me, im his mom', 'en'],
    ['for me, im her dad', 'en'],
    ['me, im the wife', 'en'],
    ['para mi, soy su esposa', 'es'],
    ['para mi, soy la mama', 'es'],
  ])('%j is family, and no teen', (text, lang) => {
    expect(read(text, lang)).toMatchObject({ audience: 'family', teen: false });
  });

  it.each(['for me, im a single mom', 'its for me, im his mom and i drink too', 'its for me im the one who drinks'])(
    '%j stays the texter',
    (text) => {
      expect(read(text).audience).toBe('self');
    },
  );
});

describe('the cost of going, or talking there, asked in other words', () => {
  it.each([
    'does it cost anything?? we dont have much money rn',
    'do i gotta pay for that',
    'do i gotta say anything at these',
    'what do i even say when i get there',
    'how much do they charge',
    'can i just sit there and listen',
  ])('%j is the first_meeting intent', (text) => {
    expect(read(text).intents).toContain('first_meeting');
  });

  it.each(['cuanto cobran', 'tengo que decir algo en la junta', 'que digo cuando llegue'])(
    '%j is the first_meeting intent in Spanish',
    (text) => {
      expect(read(text, 'es').intents).toContain('first_meeting');
    },
  );

  it.each([
    'how much does rehab cost',
    'do i have to pay for suboxone',
    'is he facing charges',
    'what do i say when he comes home drunk',
    'i need to talk to someone',
    'im free after 5',
    'tengo que hablar con alguien',
  ])('%j is not', (text) => {
    expect(read(text).intents).not.toContain('first_meeting');
  });
});
