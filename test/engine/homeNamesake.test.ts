import type { MeetingDirectory } from '../../src/directory/types';
import { homeNamesake } from '../../src/engine/homeStateTown';
import { realDirectory, stopRealDirectory } from './conversationKit';

/**
 * A bare town the tables take for a larger namesake elsewhere is the one of the texter's number's state, when it has
 * one (the twenty-sixth session's probe, M4: "washington" from an Iowa number searched Washington, DC).
 */

let directory: MeetingDirectory;
beforeAll(async () => {
  directory = await realDirectory();
});
afterAll(stopRealDirectory);

const labelOf = (text: string, homeState: string | undefined, searchState?: string) => {
  const found = homeNamesake(directory, directory.lookupPlace(text), text, homeState, searchState);
  return found.kind === 'found' ? found.place.label : found.kind;
};

describe('homeNamesake', () => {
  it.each([
    ['washington', 'IA', 'Washington, IA'],
    ['washington', 'PA', 'Washington, PA'],
    ['im in washington', 'IA', 'Washington, IA'],
  ])('%j from %s is %s', (text, home, label) => {
    expect(labelOf(text, home)).toBe(label);
  });

  it.each([
    // The namesake's state named, a ZIP, no home state, a home state with no town of that name.
    ['washington dc', 'IA', 'Washington, DC'],
    ['dayton ohio', 'KY', 'Dayton, OH'],
    ['20001', 'IA', 'Washington, DC'],
    ['washington', undefined, 'Washington, DC'],
    ['dayton', 'ME', 'Dayton, OH'],
  ])('%j from %s stays %s', (text, home, label) => {
    expect(labelOf(text, home)).toBe(label);
  });

  // Oregon's "or" in small letters with a word after it may be the word (the forty-fourth session's probe).
  const inOregon = (text: string, home: string) => {
    const found = homeNamesake(directory, directory.lookupPlace(text.replace(' or ', ', OR ')), text, home);
    return found.kind === 'found' ? found.place.label : found.kind;
  };
  it.each([
    ['albany or na', 'NY', 'Albany, NY'],
    ['were in albany or na', 'NY', 'Albany, NY'],
  ])('%j from %s is %s', (text, home, label) => {
    expect(inOregon(text, home)).toBe(label);
  });
  it.each([
    ['portland or na', 'TX', 'Portland, OR'],
    ['albany, or na', 'NY', 'Albany, OR'],
    ['ALBANY OR NA', 'NY', 'Albany, OR'],
    ['albany or', 'NY', 'Albany, OR'],
    ['albany or na', 'OR', 'Albany, OR'],
  ])('%j from %s stays %s', (text, home, label) => {
    expect(inOregon(text, home)).toBe(label);
  });

  it('leaves the namesake in the state searched at a list', () => {
    expect(labelOf('washington', 'IA', 'DC')).toBe('Washington, DC');
  });

  it('leaves a lookup that found no place, or several, as it was', () => {
    const none = directory.lookupPlace('zzzqqq');
    expect(homeNamesake(directory, none, 'zzzqqq', 'TX')).toBe(none);
    const several = directory.lookupPlace('springfield');
    expect(homeNamesake(directory, several, 'springfield', 'IL')).toBe(several);
  });
});
