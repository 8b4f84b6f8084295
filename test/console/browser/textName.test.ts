import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFlowTexts } from '../../../src/console/flows/flowTexts';
import { textName, wordListName } from '../../../src/console/browser/textName';

/** The shipped flow, as the console lists it. */
const FLOW = { 'recovery.yaml': readFileSync(join(__dirname, '..', '..', '..', 'flows', 'recovery.yaml'), 'utf8') };
const name = (path: Array<string | number>) => textName(path, `recovery.yaml#${path.join('.')}`);
const listName = (path: Array<string | number>) => wordListName(path, `recovery.yaml#${path.join('.')}`);

describe('plain names of the texts and word lists staff edit', () => {
  it('names a step’s texts by what they do, with the step as the Flow page writes it', () => {
    expect(name(['nodes', 'what', 'ask'])).toBe('The question of step “what”');
    expect(name(['nodes', 'welcome', 'say'])).toBe('What step “welcome” says');
    expect(name(['nodes', 'medication', 'explain'])).toMatch(/^Why step “medication” asks/);
    expect(name(['nodes', 'who', 'other', 'say'])).toBe('Step “who”: the reply to an answer it does not understand');
    expect(name(['nodes', 'where', 'routes', 3, 'say'])).toBe('Step “where”: what it says for one answer (route 4)');
    // The line's own keywords by what they are for; the answers about a meeting by what is asked; staff's own by
    // their words.
    expect(name(['keywords', 'crisis_overdose', 'say'])).toBe('The first words for an overdose');
    expect(name(['keywords', 'check_in', 'say'])).toBe('The check-in after a crisis');
    expect(name(['keywords', 'check_in_ca', 'say'])).toBe('The check-in after a crisis, for a texter in Canada');
    expect(name(['keywords', 'help', 'say'])).toBe('The reply to “help” texts, at any step');
    expect(name(['keywords', 'shown_place', 'say'])).toBe(
      'The answer about the meeting whose details were just shown: place',
    );
    expect(name(['keywords', 'listed_distance', 'say'])).toBe('The answer about the meetings on a list: distance');
    expect(name(['keywords', 'first_meeting', 'say'])).toBe('The reply to “first meeting” texts, at any step');
    // A summary key may hold dots ("audience.family_of"): each part is shown, none as code.
    expect(name(['understand', 'summary', 'audience.family_of'])).toBe('The “Got it” words for audience · family of');
  });

  it('names every text of the shipped flow without the bare path (no "nodes · what · ask")', () => {
    const texts = listFlowTexts(FLOW);
    expect(texts.length).toBeGreaterThan(100);
    // A step keeps its name as the Flow page writes it ("zip_again"), quoted; nothing else is code.
    const bare = texts
      .map((t) => textName(t.path, t.id))
      .filter((n) => / · (say|ask|explain)$/.test(n) || n.replace(/“[^”]*”/g, '').includes('_'));
    expect(bare).toEqual([]);
  });

  it('names word lists by what the words mean, in the simulator’s words', () => {
    expect(listName(['understand', 'slots', 'concern', 'drugs'])).toBe('Words read as Trouble: drugs');
    expect(listName(['understand', 'slots', 'mode', 'in_person'])).toBe('Words read as Meet: in person');
    expect(listName(['understand', 'slots', 'programs', 'aa'])).toBe('Words read as Programs named: AA');
    expect(listName(['understand', 'slots', 'concern_weak', 'alcohol'])).toBe(
      'Words read as Trouble (a weaker hint): alcohol',
    );
    expect(listName(['nodes', 'who', 'routes', 0, 'words'])).toBe('Words that answer step “who” (route 1)');
    expect(listName(['keywords', 'help', 'words'])).toBe('Words that bring the “help” reply');
    expect(listName(['keywords', 'crisis', 'contains'])).toMatch(/^More words that bring the “crisis” reply/);
    expect(listName(['yes_words'])).toBe('Words for yes');
    // A place it does not know is still named, by where it is.
    expect(listName(['labels', 'odd_list'])).toBe('labels · odd_list');
  });
});
