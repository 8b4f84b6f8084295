import { daysSaidTogether, isSeveralDays, sayDays } from '../../src/engine/severalDays';
import { timeWindowOf } from '../../src/directory/parseWhen';

describe('daysSaidTogether', () => {
  it.each([
    ['tuesday or thursday night works', ['tuesday', 'thursday']],
    ['mon, wed or fri', ['monday', 'wednesday', 'friday']],
    ['tues/thurs', ['tuesday', 'thursday']],
    ['tuesday night or thursday morning', ['tuesday', 'thursday']],
    ['martes o el jueves en la noche', ['tuesday', 'thursday']],
    ['saturdays and sundays', ['saturday', 'sunday']],
  ])('reads "%s" as %j', (text, days) => {
    expect(daysSaidTogether(text)).toEqual(days);
  });

  it.each([
    'saturday',
    'monday through friday',
    'he drinks on monday and i can only go on a weekday like friday',
    'any meetings tonight',
  ])('finds no days said together in "%s"', (text) => {
    expect(daysSaidTogether(text)).toEqual([]);
  });
});

describe('sayDays', () => {
  it('shares the first day\'s leading word and ends with the flow\'s "or"', () => {
    expect(sayDays(['on Tuesday', 'on Thursday'], 'or')).toBe('on Tuesday or Thursday');
    expect(sayDays(['el lunes', 'el miercoles', 'el viernes'], 'o')).toBe('el lunes, miercoles o viernes');
    expect(sayDays(['on Saturday'], 'or')).toBe('on Saturday');
  });
});

describe('several days in the search window', () => {
  it('reads a when of several days as any of them', () => {
    expect(isSeveralDays('tuesday,thursday')).toBe(true);
    expect(isSeveralDays('tuesday')).toBe(false);
    expect(timeWindowOf('thursday,tuesday', 'evening')).toEqual({ weekdays: [2, 4], fromMinute: 1020, toMinute: 1439 });
  });

  it('narrows nothing by a list that holds other than days of the week', () => {
    expect(timeWindowOf('tuesday,weekday', undefined)).toBeUndefined();
  });
});
