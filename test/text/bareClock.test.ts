import { bareClockIn, compactClockIn } from '../../src/text/clockWords';

/** A text that is only a time written without its colon: "730", "7 30", "1930". */
describe('bareClockIn', () => {
  it.each([
    ['730', { hour: 7, minute: 30 }],
    ['7 30', { hour: 7, minute: 30 }],
    ['7.30', { hour: 7, minute: 30 }],
    ['1930', { hour: 19, minute: 30 }],
    ['0730', { hour: 7, minute: 30, half: 'am' }],
    ['730pm', { hour: 7, minute: 30, half: 'pm' }],
    ['at 730?', { hour: 7, minute: 30 }],
    ['the 730 one', { hour: 7, minute: 30 }],
    ['a las 730', { hour: 7, minute: 30 }],
    ['1230', { hour: 12, minute: 30 }],
  ])('reads %p', (text, time) => {
    expect(bareClockIn(text)).toEqual(time);
  });

  it.each(['79101', '2', '730 days sober', '1 and 2', '7:30', 'at 7', '2560', '799', 'the 2nd one'])(
    'reads no bare time in %p',
    (text) => {
      expect(bareClockIn(text)).toBeUndefined();
    },
  );
});

/** "at 730" inside a text: a time on the quarter hour written without its colon. */
describe('compactClockIn', () => {
  it.each([
    ['saturday at 730', { hour: 7, minute: 30 }],
    ['tomorrow @ 1030am', { hour: 10, minute: 30, half: 'am' }],
    ['a las 645', { hour: 6, minute: 45 }],
  ])('reads %p', (text, time) => {
    expect(compactClockIn(text)).toEqual(time);
  });

  it.each(['the one at 1301 south taylor', 'at 79101', 'at 7', 'saturday'])('reads no time in %p', (text) => {
    expect(compactClockIn(text)).toBeUndefined();
  });
});
