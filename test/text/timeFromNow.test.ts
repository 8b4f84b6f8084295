import { timeFromNowIn } from '../../src/text/timeFromNow';

/** A time said from the moment of the text, at a list of meetings: from now, later, in a while, after work. */
describe('timeFromNowIn', () => {
  it.each([
    ['now', { kind: 'now' }],
    ['right now', { kind: 'now' }],
    ['anything starting soon?', { kind: 'now' }],
    ['any meetings rn', { kind: 'now' }],
    ['ahorita', { kind: 'now' }],
    ['algo ahora mismo', { kind: 'now' }],
    ['later', { kind: 'later' }],
    ['something later?', { kind: 'later' }],
    ['mas tarde', { kind: 'later' }],
    ['in 2 hours', { kind: 'in', minutes: 120 }],
    ['in an hour', { kind: 'in', minutes: 60 }],
    ['in half an hour', { kind: 'in', minutes: 30 }],
    ['in a couple hours', { kind: 'in', minutes: 120 }],
    ['in 45 min', { kind: 'in', minutes: 45 }],
    ['in 1 and a half hours', { kind: 'in', minutes: 90 }],
    ['en 2 horas', { kind: 'in', minutes: 120 }],
    ['en una hora', { kind: 'in', minutes: 60 }],
    ['dentro de media hora', { kind: 'in', minutes: 30 }],
    ['in 5 min', { kind: 'now' }],
    ['in a bit', { kind: 'in', minutes: 60 }],
    ['al rato', { kind: 'in', minutes: 60 }],
    ['after work', { kind: 'after_work' }],
    ['when i get off work', { kind: 'after_work' }],
    ['despues del trabajo', { kind: 'after_work' }],
  ])('reads %p', (text, said) => {
    expect(timeFromNowIn(text)).toEqual(said);
  });

  it.each([
    'not now',
    'ok for now',
    'now what',
    'i know',
    'talk to you later',
    'see you later',
    'maybe later',
    'hasta luego',
    'within an hour',
    'within 2 hours drive',
    'i drink every night',
    'saturday',
    '',
  ])('reads no time from now in %p', (text) => {
    expect(timeFromNowIn(text)).toBeUndefined();
  });
});

// The twenty-fourth session's probe: "im in lubbock now" became "Meetings today after 12pm".
describe('"now" said of where the texter is', () => {
  it.each([
    'im in lubbock now',
    "i'm in canyon now",
    'i live in amarillo now',
    'we moved to plainview now',
    'ahora estoy en canyon',
    'vivo en lubbock ahora',
  ])('reads no time from now in %p', (text) => {
    expect(timeFromNowIn(text)).toBeUndefined();
  });

  it.each(['im in lubbock need one now', 'meetings now in lubbock', 'estoy en amarillo, hay algo ahora?'])(
    'still reads now in %p, which asks for meetings',
    (text) => {
      expect(timeFromNowIn(text)).toEqual({ kind: 'now' });
    },
  );
});
