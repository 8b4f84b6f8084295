import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';
import { withoutTimeZones } from '../../src/understand/timeZoneSaid';

// The twenty-fourth session's probe, C2: "in central", "in eastern" in a question of time became towns.

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);

describe('withoutTimeZones', () => {
  it('leaves out a zone named with "time", a zone code, and a bare zone in a question of time', () => {
    expect(withoutTimeZones(['is', 'that', 'eastern', 'standard', 'time'])).toEqual(['is', 'that']);
    expect(withoutTimeZones(['is', 'that', 'est', 'or', 'cst'])).toEqual(['is', 'that', 'or']);
    expect(withoutTimeZones(['what', 'time', 'is', 'that', 'in', 'central'])).toEqual([
      'what',
      'time',
      'is',
      'that',
      'in',
    ]);
    expect(withoutTimeZones(['a', 'que', 'hora', 'es', 'en', 'hora', 'del', 'centro'])).toEqual([
      'a',
      'que',
      'hora',
      'es',
      'en',
    ]);
  });

  it('keeps a bare zone name when no time is asked, and a state code without "time" after it', () => {
    expect(withoutTimeZones(['meetings', 'in', 'central'])).toBeUndefined();
    expect(withoutTimeZones(['what', 'time', 'in', 'hartford', 'ct'])).toBeUndefined();
  });
});

describe('a time zone in a question of time is no place', () => {
  it.each([
    ['what time is that in central', 'en'],
    ['what time is it in eastern', 'en'],
    ['when do they start in mountain time', 'en'],
    ['is that pacific time?', 'en'],
    ['what time is that in eastern standard time', 'en'],
    ['a que hora es en hora del centro', 'es'],
    ['es hora del pacifico?', 'es'],
  ])('"%s" names no place', (text, lang) => {
    expect(read(text, lang).understood.place).toBeNull();
  });

  it.each([
    ['pacific mo', 'Pacific'],
    ['what time is it in hartford ct', 'Hartford'],
  ])('"%s" still names a town', (text, town) => {
    expect(read(text).understood.place?.town).toBe(town);
  });
});
