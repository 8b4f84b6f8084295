import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { asksOfBuildings } from '../../src/engine/buildingAsked';
import { placeForStateAfterTown } from '../../src/engine/pendingTownState';
import { parseFlowFile } from '../../src/flow/flowParser';
import { asksCostOrTalking } from '../../src/understand/costOrTalkAsked';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';
import { plainLower } from '../../src/text/textWords';
import type { MeetingDirectory, Place } from '../../src/directory/types';

/** What the thirtieth session's probe found, read by the understanding step alone (and two engine readers). */
const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places).understood;

describe('the first meeting asked in other words (costOrTalkAsked.ts)', () => {
  it.each([
    'how much r the meetings? money is tight',
    'how much are meetings',
    'first time ever going to aa, what should i expect',
    'what happens at the first one',
    'i dont wanna share my story is that ok',
    'is it ok if i dont talk',
    'no quiero hablar, esta bien?',
    'que pasa en la primera junta',
  ])('%j asks', (text) => {
    expect(asksCostOrTalking(plainLower(text))).toBe(true);
  });

  it.each([
    'how much r you drinking',
    'how much is he drinking',
    'what should i expect from detox',
    'what happens if he relapses',
    'i dont want to talk',
    'i dont want to talk to him is that ok',
  ])('%j does not', (text) => {
    expect(asksCostOrTalking(plainLower(text))).toBe(false);
  });

  it('lets go of the first of a list when a first meeting is asked about', () => {
    expect(read('what happens at the first one')).toMatchObject({ intents: ['first_meeting'], item: null });
    expect(read('what time is the first one').item).toBe(1);
  });
});

describe('scorn feared by someone on a medicine (medicationWelcome.ts)', () => {
  it.each(['will they look down on me for being on methadone', 'do they treat you different if youre on subs at na'])(
    '%j is answered',
    (text) => {
      expect(read(text).intents).toContain('medication_welcome');
    },
  );

  it.each(['my family looks down on me for being on methadone', 'i look down on methadone'])('%j is not', (text) => {
    expect(read(text).intents).not.toContain('medication_welcome');
  });
});

describe('a "no" to the way chosen before, then the way now chosen (negation.ts)', () => {
  it.each([
    ['actually no in person is better', 'in_person'],
    ['no zoom instead', 'online'],
    ['no en persona es mejor', 'in_person'],
    ['no online, in person is better', 'in_person'],
  ])('%j is %s', (text, mode) => {
    expect(read(text, /persona/.test(text) && !/online/.test(text) ? 'es' : 'en').mode).toBe(mode);
  });

  it.each(['no in person', 'no in person meetings', 'me alcohol no in person, online only'])(
    '%j still turns in person down',
    (text) => {
      expect(read(text).mode).not.toBe('in_person');
    },
  );
});

describe('"fine" is how a way suits, not Fine, NY (everydayTownNames.ts)', () => {
  it.each(['zoom is fine', 'online is fine', 'phone is fine'])('%j names no place', (text) => {
    expect(read(text).place).toBeNull();
  });

  it('still finds Fine with its state', () => {
    expect(read('fine ny').place).toMatchObject({ town: 'Fine', state: 'NY' });
  });
});

describe('the household as whom the help is for', () => {
  it.each(['for us, the grandparents', 'both of us', 'its for all of us', 'for us', 'the both of us'])(
    '%j is the texter',
    (text) => {
      expect(read(text).audience).toBe('self');
    },
  );

  it.each(['para nosotros', 'los dos'])('%j is the texter (Spanish)', (text) => {
    expect(read(text, 'es').audience).toBe('self');
  });

  it('"her son" alone is the texter\'s role, not whom', () => {
    expect(read('her son').audience).toBeNull();
    expect(read('my son').audience).toBe('family');
  });
});

describe('a hedged no', () => {
  it.each(['not that we know', 'not that i know of', 'not as far as i know'])('%j is a no', (text) => {
    expect(read(text).yes).toBe(false);
  });
});

describe('a building named as a time (buildingAsked.ts)', () => {
  it.each(['anything after church today', 'any after school', 'algo despues de la escuela'])(
    '%j asks no building',
    (t) => {
      expect(asksOfBuildings(t)).toBe(false);
    },
  );

  it.each(['is there one at a church after school', 'any meetings not at a church'])('%j still does', (t) => {
    expect(asksOfBuildings(t)).toBe(true);
  });
});

describe('"me" after a town is whom, not Maine (pendingTownState.ts)', () => {
  const auburnNy: Place = { lat: 42.93, lon: -76.57, label: 'Auburn, NY', country: 'US' };
  const auburnMe: Place = { lat: 44.1, lon: -70.23, label: 'Auburn, ME', country: 'US' };
  const directory = {
    lookupPlace: (q: string) =>
      /, ME$/.test(q) ? { kind: 'found', place: auburnMe } : { kind: 'found', place: auburnNy },
  } as unknown as MeetingDirectory;

  it.each(['me', 'ME', 'Me'])('%j keeps Auburn, NY', (text) => {
    expect(placeForStateAfterTown(directory, auburnNy, text)).toBeUndefined();
  });

  it('"maine" still moves it', () => {
    expect(placeForStateAfterTown(directory, auburnNy, 'maine')).toEqual(auburnMe);
  });
});

/** The lead's review: "how much" with "it" or "they" asks a cost only as the whole question. */
describe('how much, asked of something else than meetings', () => {
  it.each(['how much does it take to be an alcoholic', 'how much do they drink', 'how much is too much'])(
    '"%s" asks no cost',
    (text) => {
      expect(asksCostOrTalking(plainLower(text))).toBe(false);
    },
  );
  it.each(['how much is it?', 'how much do they cost', 'how much is it to go'])('"%s" asks the cost', (text) => {
    expect(asksCostOrTalking(plainLower(text))).toBe(true);
  });
});
