import { asksAboutKidsNearby, isChildNearby } from '../../src/understand/kidsNearbyAsked';
import { plainLower } from '../../src/text/textWords';

describe('a child beside the texter at a meeting, asked about', () => {
  it.each([
    'can my baby be on my lap during the zoom',
    'is it ok if my kids are in the room during the meeting',
    'can she sit on my lap while im on the call?',
    "is it alright if my son's in the background on zoom",
    'will it be a problem if my kids can hear the meeting',
    'my husband drinks, can my baby be on my lap during zoom meetings',
    'mis hijos pueden estar conmigo durante la reunion en linea?',
    'esta bien si mi bebe esta en mis piernas durante la junta',
  ])('"%s" asks it', (text) => {
    expect(asksAboutKidsNearby(plainLower(text))).toBe(true);
  });

  it.each([
    // Told, not asked.
    'my kids are around me all day, i drink to cope',
    'i left my kids in the room and went to drink',
    'my kids are home during the day so evenings',
    // Drinking where the child is: no meeting's question.
    'is it ok if my kids are around when i drink during the zoom',
    // No meeting named: about home life.
    'is it ok if my kids are around',
    // Brought along, or left alone: childcare's, or no meeting's.
    'can i bring my kids to the meeting',
    'can my kids stay home alone during the meeting?',
  ])('"%s" does not', (text) => {
    expect(asksAboutKidsNearby(plainLower(text))).toBe(false);
  });

  it('knows the child said back from whom the help could be for', () => {
    expect(isChildNearby('kids')).toBe(true);
    expect(isChildNearby('bebe')).toBe(true);
    expect(isChildNearby('husband')).toBe(false);
  });
});
