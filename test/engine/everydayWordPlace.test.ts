import { compileFlow } from '../../src/engine/flowCompiler';
import { withoutEverydayWordPlace } from '../../src/engine/learnedInContext';
import type { Learned } from '../../src/engine/learnFromText';
import { recoveryFlow } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';

const compiled = compileFlow(recoveryFlow(), { directory: () => fakeDirectory() });

/** What the understanding reads in a text naming a town: the place, filled. */
function placeRead(label: string): Learned {
  return { vars: {}, filled: ['place'], inferred: [], place: { lat: 28.5, lon: -81, label, country: 'US' } };
}

/** A town of several states ("friendship"): kept with its states for the which-state question. */
const pendingRead: Learned = {
  vars: { town: 'Friendship', states: '1 AR, 2 MD' },
  filled: ['town'],
  inferred: [],
  pendingTown: 'Friendship',
};

/** Everyday words that are also towns' names, at a list of meetings (withoutEverydayWordPlace). */
describe('an everyday word at the results is no move to the town of that name', () => {
  it.each([
    ['christmas', 'Christmas, FL'],
    ['Happy', 'Happy, TX'],
    ['mobile?', 'Mobile, AL'],
    ['merry christmas', 'Christmas, FL'],
    ['nothing', 'Nothing, AZ'],
    ['esperanza', 'Esperanza, TX'],
  ])('%p at the results keeps the place searched', (text, label) => {
    const out = withoutEverydayWordPlace(compiled, 'results', placeRead(label), text);
    expect(out.place).toBeUndefined();
    expect(out.filled).not.toContain('place');
  });

  it('a town of several states named by an everyday word asks no state', () => {
    const out = withoutEverydayWordPlace(compiled, 'results', pendingRead, 'friendship');
    expect(out.pendingTown).toBeUndefined();
    expect(out.vars.town).toBeUndefined();
    expect(out.filled).not.toContain('town');
  });

  it.each([
    ['christmas fl', 'Christmas, FL'],
    ['christmas, florida', 'Christmas, FL'],
    ['what about happy', 'Happy, TX'],
    ['in mobile', 'Mobile, AL'],
    ['near hope', 'Hope, AR'],
    ['32709', 'Christmas, FL'],
  ])('%p is said as a place and moves the search', (text, label) => {
    expect(withoutEverydayWordPlace(compiled, 'results', placeRead(label), text).place?.label).toBe(label);
  });

  it('a town that is no everyday word moves the search, and the place question takes any town', () => {
    expect(withoutEverydayWordPlace(compiled, 'results', placeRead('Lubbock, TX'), 'lubbock').place).toBeDefined();
    expect(withoutEverydayWordPlace(compiled, 'where', placeRead('Happy, TX'), 'happy').place).toBeDefined();
  });
});
