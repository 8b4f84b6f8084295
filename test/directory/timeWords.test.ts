import { timeWindowOf, whenWordsIn } from '../../src/directory/parseWhen';

describe('the when and part values of the conversation', () => {
  it('turn into time windows read in each meeting zone', () => {
    expect(timeWindowOf('tonight', undefined)).toEqual({ dayOffsets: [0], fromMinute: 17 * 60, toMinute: 24 * 60 - 1 });
    expect(timeWindowOf('today', 'morning')).toEqual({ dayOffsets: [0], fromMinute: 5 * 60, toMinute: 12 * 60 - 1 });
    expect(timeWindowOf('tomorrow', '')).toEqual({ dayOffsets: [1] });
    expect(timeWindowOf('weekend', undefined)).toEqual({ weekdays: [0, 6] });
    expect(timeWindowOf('saturday', 'afternoon')).toEqual({
      weekdays: [6],
      fromMinute: 12 * 60,
      toMinute: 17 * 60 - 1,
    });
    expect(timeWindowOf('sunday', undefined)).toEqual({ weekdays: [0] });
  });

  it('take weekday as Monday to Friday, and leave the day names where they were', () => {
    expect(timeWindowOf('weekday', undefined)).toEqual({ weekdays: [1, 2, 3, 4, 5] });
    expect(timeWindowOf('weekday', 'evening')).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      fromMinute: 17 * 60,
      toMinute: 24 * 60 - 1,
    });
    expect(timeWindowOf('saturday', undefined)).toEqual({ weekdays: [6] });
    expect(timeWindowOf('monday', undefined)).toEqual({ weekdays: [1] });
  });

  it('narrow nothing when empty or unknown', () => {
    expect(timeWindowOf(undefined, undefined)).toBeUndefined();
    expect(timeWindowOf('', '')).toBeUndefined();
    expect(timeWindowOf('someday', 'noonish')).toBeUndefined();
    expect(timeWindowOf(['saturday'], 7)).toBeUndefined();
  });

  it('are read from words, English and Spanish, typos of day names aside', () => {
    expect(whenWordsIn('anything tonight?')).toEqual({ when: 'tonight' });
    expect(whenWordsIn('esta noche')).toEqual({ when: 'tonight' });
    expect(whenWordsIn('fin de semana')).toEqual({ when: 'weekend' });
    expect(whenWordsIn('sat morning')).toEqual({ when: 'saturday', part: 'morning' });
    expect(whenWordsIn('monday night')).toEqual({ when: 'monday', part: 'evening' });
    expect(whenWordsIn('manana')).toEqual({ when: 'tomorrow' });
    expect(whenWordsIn('Sun City, AZ')).toEqual({});
  });

  it.each([
    ['entre semana', {}],
    ['weekdays only', {}],
    ['any weekday?', {}],
    ['monday thru friday', {}],
    ['Mon-Fri', {}],
    ['de lunes a viernes', {}],
    ['during the week', {}],
    ['weeknights', { part: 'evening' }],
    ['entre semana por la tarde', { part: 'afternoon' }],
  ])('read %p as weekday', (text, more) => {
    expect(whenWordsIn(text)).toEqual({ when: 'weekday', ...more });
  });

  // The thirty-third session's probe: "me mata el trabajo, hay algo tarde?" listed afternoon meetings.
  it.each([
    ['hay algo tarde?', { part: 'evening' }],
    ['algo muy tarde', { part: 'evening' }],
    ['bien tarde', { part: 'evening' }],
    ['en la tarde', { part: 'afternoon' }],
    ['por la tarde', { part: 'afternoon' }],
    ['tarde', { part: 'afternoon' }],
    ['el sabado en la tarde', { when: 'saturday', part: 'afternoon' }],
  ])('read %p as late or as the afternoon', (text, words) => {
    expect(whenWordsIn(text)).toEqual(words);
  });

  it('keep the weekend and a single day apart from weekday', () => {
    expect(whenWordsIn('this weekend')).toEqual({ when: 'weekend' });
    expect(whenWordsIn('monday')).toEqual({ when: 'monday' });
    expect(whenWordsIn('next week')).toEqual({});
  });
});
