import { daysLeftOut } from '../../src/understand/daysLeftOut';
import type { HeardPhrase } from '../../src/understand/heardWords';
import { everyDayBut } from '../../src/engine/severalDays';

const day = (value: string, start: number, negated: boolean): HeardPhrase => ({
  entry: { slot: 'when', value },
  start,
  end: start + 1,
  negated,
});

describe('daysLeftOut', () => {
  it('reads the days a text turns down, Monday first', () => {
    expect(daysLeftOut(['any', 'day', 'but', 'wednesday'], [day('wednesday', 3, true)])).toEqual(['wednesday']);
    expect(daysLeftOut(['not', 'on', 'weekends'], [day('weekend', 2, true)])).toEqual(['saturday', 'sunday']);
  });

  it('leaves out the days listed after a left-out one, short names too, and marks their hits', () => {
    const fri = day('friday', 6, false);
    const words = ['any', 'day', 'but', 'mon', 'wed', 'or', 'fri'];
    expect(daysLeftOut(words, [day('monday', 3, true), fri])).toEqual(['monday', 'wednesday', 'friday']);
    expect(fri.negated).toBe(true);
  });

  it('stops the list at a word that is not one of a list', () => {
    const tue = day('tuesday', 4, false);
    expect(daysLeftOut(['monday', 'doesnt', 'work', 'but', 'tuesday'], [day('monday', 0, true), tue])).toEqual([
      'monday',
    ]);
    expect(tue.negated).toBe(false);
  });

  it('leaves nothing out when no day is turned down', () => {
    expect(daysLeftOut(['saturday', 'morning'], [day('saturday', 0, false)])).toEqual([]);
    expect(daysLeftOut(['not', 'tonight'], [day('tonight', 1, true)])).toEqual([]);
  });
});

describe('everyDayBut', () => {
  it.each([
    [['wednesday'], 'monday,tuesday,thursday,friday,saturday,sunday'],
    [['saturday', 'sunday'], 'weekday'],
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], 'weekend'],
    [['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'], 'sunday'],
  ])('gives the rest of the week for %j', (left, when) => {
    expect(everyDayBut(left)).toBe(when);
  });

  it('gives nothing when no day or every day is left out', () => {
    expect(everyDayBut([])).toBeNull();
    expect(everyDayBut(undefined)).toBeNull();
  });
});
