import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { hourRuledOutIn } from '../../src/understand/hourRuledOut';
import { readMessage } from '../../src/understand/understand';

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);

describe('an hour or part of the day ruled out', () => {
  it.each([
    ['i cant make noon', { hour: 12 }],
    ['cant make 7', { hour: 7 }],
    ['cant do 5:30', { hour: 5, minute: 30 }],
    ["can't do midnight", { midnight: true }],
    ['i cant make it in the morning', { part: 'morning' }],
    ['cant do afternoons', { part: 'afternoon' }],
    ['i cant do nights', { part: 'evening' }],
    ['noon doesnt work for me', { hour: 12 }],
    ['no puedo a las 12', { hour: 12 }],
    ['no puedo al mediodia', { hour: 12 }],
    ['en la manana no puedo', { part: 'morning' }],
    ['las 12 no me sirven', { hour: 12 }],
    // A part of the day turned down with no verb (the twenty-sixth session).
    ['not mornings', { part: 'morning' }],
    ['no mornings', { part: 'morning' }],
    ['anytime but mornings', { part: 'morning' }],
    ['not in the morning', { part: 'morning' }],
    ['except at night', { part: 'evening' }],
    ['no night meetings', { part: 'evening' }],
    ['menos en la manana', { part: 'morning' }],
    ['no en las noches', { part: 'evening' }],
  ])('reads %j', (text, expected) => {
    expect(hourRuledOutIn(text)).toMatchObject(expected);
  });

  it.each([
    'cant make those',
    'cant do tonight',
    'no puedo manana',
    'i cant do 12 steps',
    'i cant go a night without drinking',
    'i cant drive, anything at 6?',
    'cant wait for the 7pm one',
    'not tonight',
    'not at 7',
    'i drink every night',
    'no manana',
    // A part said after "no" as the one wanted (the twenty-sixth session's review).
    'no, mornings are better',
    'no, evenings only',
    'but mornings are best',
    'no, noches son mejor',
  ])('reads no hour in %j', (text) => {
    expect(hourRuledOutIn(text)).toBeUndefined();
  });

  it('keeps MORE and the no out of an hour ruled out, and turns its part of the day down', () => {
    const noon = read('no i cant make noon').understood;
    expect(noon.intents).not.toContain('more');
    expect(noon.yes).toBeNull();
    expect(read('i cant make it in the morning').understood.part).toBeNull();
    expect(read('cant make those').understood.intents).toContain('more');
  });
});
