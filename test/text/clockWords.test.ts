import { clockBoundIn, clockTimeIn, isAtClock, minuteOfClock, partOfClock } from '../../src/text/clockWords';
import {
  clockFromMinute,
  clockFromValueOf,
  clockIsBefore,
  clockIsFrom,
  clockMinute,
  clockUntilMinute,
} from '../../src/engine/askedClock';

describe('clockTimeIn', () => {
  it('reads a time pointed at in English and Spanish, with am or pm when said', () => {
    expect(clockTimeIn('the 8pm one')).toEqual({ hour: 8, half: 'pm' });
    expect(clockTimeIn('the one at 7:30')).toEqual({ hour: 7, minute: 30 });
    expect(clockTimeIn("the 8 o'clock")).toEqual({ hour: 8 });
    expect(clockTimeIn('la de las 8')).toEqual({ hour: 8 });
    expect(clockTimeIn('a las siete y media de la noche')).toEqual({ hour: 7, minute: 30, half: 'pm' });
    expect(clockTimeIn('la de la una')).toEqual({ hour: 1 });
  });

  it('leaves numbers that are no time alone: a pick from the list, a ZIP, a street number', () => {
    expect(clockTimeIn('2')).toBeUndefined();
    expect(clockTimeIn('la 1')).toBeUndefined();
    expect(clockTimeIn('el 2')).toBeUndefined();
    expect(clockTimeIn('79101')).toBeUndefined();
    expect(clockTimeIn('the one at 3512 moss lane')).toBeUndefined();
    expect(clockTimeIn('the 2nd one')).toBeUndefined();
    expect(clockTimeIn('at 45')).toBeUndefined();
  });
});

describe('noon and midnight in words', () => {
  const noon = { hour: 12, half: 'pm' };
  it.each([
    'is there one at noon',
    'around midday',
    'at lunch time',
    'on my lunch break',
    'al mediodía',
    'a medio dia',
  ])('%s is 12pm', (text) => {
    expect(clockTimeIn(text)).toEqual(noon);
    expect(minuteOfClock(clockTimeIn(text)!)).toBe(12 * 60);
  });

  it('reads midnight as 12am', () => {
    expect(clockTimeIn('anything at midnight')).toEqual({ hour: 12, half: 'am' });
    expect(minuteOfClock(clockTimeIn('a medianoche')!)).toBe(0);
  });

  it('is no time in "afternoon", "after lunch" or "despues del mediodia", and a clock said in digits comes first', () => {
    expect(clockTimeIn('this afternoon')).toBeUndefined();
    expect(clockTimeIn('after lunch')).toBeUndefined();
    expect(clockTimeIn('at 1pm after lunch')).toEqual({ hour: 1, half: 'pm' });
  });

  it('is a bound after "before", "after", "til" and their Spanish', () => {
    expect(clockBoundIn('anything before noon')).toEqual({ ...noon, bound: 'before' });
    expect(clockBoundIn('antes del mediodia')).toEqual({ ...noon, bound: 'before' });
    expect(clockBoundIn('i work til noon')).toEqual({ ...noon, bound: 'until' });
    expect(clockBoundIn('despues del mediodia')).toEqual(noon);
    expect(clockBoundIn('this afternoon')).toBeUndefined();
  });

  // The twenty-fifth session's probe read "after my shift at 3" as around 3.
  it.each(['after my shift at 3', 'my shift ends at 3', 'after work at 3', 'after school at 3', 'work ends at 3'])(
    'is after the end of a shift or school in %j',
    (text) => {
      expect(clockBoundIn(text)).toEqual({ hour: 3 });
    },
  );
});

describe('isAtClock and partOfClock', () => {
  it('matches a start on the 12-hour clock, and am or pm only when said', () => {
    expect(isAtClock({ hour: 8 }, 20 * 60)).toBe(true);
    expect(isAtClock({ hour: 8 }, 8 * 60)).toBe(true);
    expect(isAtClock({ hour: 8, half: 'am' }, 20 * 60)).toBe(false);
    expect(isAtClock({ hour: 7, minute: 30 }, 19 * 60)).toBe(false);
    expect(isAtClock({ hour: 12, half: 'pm' }, 12 * 60)).toBe(true);
  });

  it('puts an hour without am or pm where meetings are: 1 to 4 in the afternoon, 5 to 11 in the evening', () => {
    expect(partOfClock({ hour: 7 })).toBe('evening');
    expect(partOfClock({ hour: 2 })).toBe('afternoon');
    expect(partOfClock({ hour: 7, half: 'am' })).toBe('morning');
    expect(partOfClock({ hour: 19 })).toBe('evening');
  });
});

describe('minuteOfClock', () => {
  it('reads an hour without am or pm as the afternoon or evening, when meetings are, and 12 as noon', () => {
    expect(minuteOfClock({ hour: 7 })).toBe(19 * 60);
    expect(minuteOfClock({ hour: 7, minute: 30 })).toBe(19 * 60 + 30);
    expect(minuteOfClock({ hour: 12 })).toBe(12 * 60);
    expect(minuteOfClock({ hour: 19 })).toBe(19 * 60);
  });

  it('keeps am and pm as said, 12am being midnight', () => {
    expect(minuteOfClock({ hour: 7, half: 'am' })).toBe(7 * 60);
    expect(minuteOfClock({ hour: 12, half: 'am' })).toBe(0);
    expect(minuteOfClock({ hour: 12, half: 'pm' })).toBe(12 * 60);
    expect(minuteOfClock({ hour: 8, half: 'pm' })).toBe(20 * 60);
  });
});

describe('clockBoundIn: which side of the time a meeting must start on', () => {
  it('takes a meeting at the time for "after 6", never for "til 6" (busy until then) or "before 6"', () => {
    expect(clockBoundIn('anything after 6?')).toEqual({ hour: 6 });
    expect(clockBoundIn('i work til 6')).toEqual({ hour: 6, bound: 'until' });
    expect(clockBoundIn('until 6pm')).toEqual({ hour: 6, half: 'pm', bound: 'until' });
    expect(clockBoundIn('trabajo hasta las 6')).toEqual({ hour: 6, bound: 'until' });
    expect(clockBoundIn('anything before 6 tonight')).toEqual({ hour: 6, bound: 'before' });
    expect(clockBoundIn('antes de las 6')).toEqual({ hour: 6, bound: 'before' });
    expect(clockBoundIn('not before 7')).toEqual({ hour: 7 });
  });

  it('keeps the side in the clock variable, and the first minute a meeting may start at', () => {
    const til6 = clockFromValueOf({ hour: 6, half: 'pm', bound: 'until' });
    expect(til6).toBe('18:00>');
    expect([clockMinute(til6), clockIsFrom(til6), clockFromMinute(til6)]).toEqual([1080, true, 1081]);
    const after6 = clockFromValueOf({ hour: 6, half: 'pm' });
    expect([after6, clockFromMinute(after6)]).toEqual(['18:00+', 1080]);
    const before6 = clockFromValueOf({ hour: 6, half: 'pm', bound: 'before' });
    expect([before6, clockIsBefore(before6), clockIsFrom(before6), clockMinute(before6)]).toEqual([
      '18:00-',
      true,
      false,
      1080,
    ]);
  });
});

describe('the singular "la" before a number', () => {
  it('is one o\'clock only: "de la 2" picks the second meeting, "de la una" is a time', () => {
    expect(clockTimeIn('cual es la direccion de la 2')).toBeUndefined();
    expect(clockTimeIn('la de la 1')).toEqual({ hour: 1 });
    expect(clockTimeIn('a la una de la tarde')).toEqual({ hour: 1, half: 'pm' });
    expect(clockTimeIn('la de las 2')).toEqual({ hour: 2 });
  });
});

describe('a window to meet in, read as the time to meet from and the time meetings start before', () => {
  it.each([
    ['between 5 and 8', { hour: 5 }, '17:00+20:00'],
    ['from 6 to 9pm', { hour: 6, half: 'pm' }, '18:00+21:00'],
    ['6-9pm', { hour: 6, half: 'pm' }, '18:00+21:00'],
    ['9-11am', { hour: 9, half: 'am' }, '09:00+11:00'],
    ['btwn 5 & 7', { hour: 5 }, '17:00+19:00'],
    ['between 10am and 2pm', { hour: 10, half: 'am' }, '10:00+14:00'],
    // Over noon: it starts in the morning.
    ['between 11 and 1', { hour: 11, half: 'am' }, '11:00+13:00'],
    ['between 10 and 12', { hour: 10, half: 'am' }, '10:00+12:00'],
    ['entre las 5 y las 8 de la noche', { hour: 5, half: 'pm' }, '17:00+20:00'],
    ['de 6 a 9', { hour: 6 }, '18:00+21:00'],
    ['between 6:30 and 8', { hour: 6, minute: 30 }, '18:30+20:00'],
    ['from 10 to 2', { hour: 10, half: 'am' }, '10:00+14:00'],
    // An end past midnight bounds nothing: from 10pm on.
    ['from 10pm to 2am', { hour: 10, half: 'pm' }, '22:00+'],
  ])('%s', (text, time, value) => {
    const read = clockBoundIn(text);
    expect(read).toMatchObject(time);
    expect(read?.end).toBeDefined();
    expect(clockFromValueOf(read!)).toBe(value);
  });

  it('keeps a window in the clock value: from its start, before its end', () => {
    expect(clockMinute('18:00+20:00')).toBe(18 * 60);
    expect(clockUntilMinute('18:00+20:00')).toBe(20 * 60);
    expect(clockIsFrom('18:00+20:00')).toBe(true);
    expect(clockFromMinute('18:00+20:00')).toBe(18 * 60);
    expect(clockIsBefore('18:00+20:00')).toBe(false);
    expect(clockUntilMinute('18:00+')).toBeUndefined();
    expect(clockUntilMinute('18:00-')).toBeUndefined();
  });

  it('reads busy hours as a window as the time they end', () => {
    expect(clockBoundIn('i work from 8 to 6')).toEqual({ hour: 6, bound: 'until' });
    expect(clockBoundIn('my shift is 7-3pm')).toEqual({ hour: 3, half: 'pm', bound: 'until' });
    expect(clockBoundIn('trabajo de 8 a 5')).toEqual({ hour: 5, bound: 'until' });
  });

  it('leaves counts, scores and dates alone', () => {
    for (const text of [
      'between 5 and 8 beers',
      'i drink between 5 and 8 a day',
      'from 2 to 3 days',
      'de 2 a 3 veces',
      'score 3-2',
      '5-8',
      'he is between 15 and 17 years old',
    ])
      expect(clockBoundIn(text)).toBeUndefined();
  });
});
