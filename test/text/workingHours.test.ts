import { worksNights } from '../../src/text/workingHours';
import { leavesTimeOut } from '../../src/text/timeWords';
import { textWords } from '../../src/text/textWords';

describe('worksNights', () => {
  it.each([
    'i work nights',
    "I'm on nights",
    'im working the night shift this week',
    'i work graveyard',
    'i work 3rd shift so',
    'i work overnights at the hospital',
    'I work evenings',
    'trabajo de noche',
    'trabajo en las noches',
    'tengo turno de noche',
  ])('reads "%s" as the texter working nights', (text) => {
    expect(worksNights(text)).toBe(true);
  });

  it.each([
    'my husband works nights',
    'he is on the night shift',
    'i drink every night',
    'any meetings tonight',
    'i work days',
    'mi esposo trabaja de noche',
    'night meetings please',
  ])('does not read "%s" as the texter working nights', (text) => {
    expect(worksNights(text)).toBe(false);
  });
});

describe('leavesTimeOut and "but"', () => {
  it.each(['any day but wednesday', 'any day of the week but wednesday', 'anytime but monday', 'not on tuesday'])(
    'reads "%s" as a day left out',
    (text) => {
      expect(leavesTimeOut(textWords(text))).toBe(true);
    },
  );

  it.each(['i work days but saturday works', 'busy during the week but sunday im free'])(
    'reads "%s" as the day that works, not one left out',
    (text) => {
      expect(leavesTimeOut(textWords(text))).toBe(false);
    },
  );
});

describe('evenings worked, not evenings that suit', () => {
  it('reads "i work evenings" as work, and "i do evenings" as no shift told', () => {
    expect(worksNights('i work evenings')).toBe(true);
    expect(worksNights('i do evenings')).toBe(false);
    expect(worksNights('i do nights')).toBe(true);
  });
});
