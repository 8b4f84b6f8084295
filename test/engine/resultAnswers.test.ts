import { itemIn, readResultAnswer } from '../../src/engine/resultAnswers';

/** The stopgap reader of answers to a list of meetings (until the understanding step replaces it). */
const shown = ['Our Group', 'El Buen Camino', 'Top of Texas'];

describe('which meeting an answer points at', () => {
  it.each([
    ['2', 2],
    ['#3', 3],
    ['address for #2?', 2],
    ['where is the 2nd one', 2],
    ['where is the second one?', 2],
    ['the last one', 3],
    ['donde esta la primera', 1],
    ['where is our group', 1],
    ['top of texas?', 3],
    ['el buen camino', 2],
  ])('reads %p as meeting %p', (text, item) => {
    expect(readResultAnswer(text, shown)).toEqual({ item });
  });

  it('points at nothing beyond the meetings shown, nor at a ZIP code', () => {
    expect(itemIn('5', shown)).toBeUndefined();
    expect(itemIn('79101', shown)).toBeUndefined();
    expect(itemIn('2', [])).toBeUndefined();
  });

  it('reads no meeting from a sentence that picks none (night probe 10)', () => {
    expect(readResultAnswer('i moved to 79015 last month', shown)).toBeUndefined();
    expect(readResultAnswer('i went last week and it was closed', shown)).toBeUndefined();
    expect(readResultAnswer('fui la ultima vez y estaba cerrada', shown)).toBeUndefined();
    expect(itemIn('i have 2 kids', shown)).toBeUndefined();
    expect(itemIn('i went there three times', shown)).toBeUndefined();
    expect(itemIn('i used to go to a group near here years ago', shown)).toBeUndefined();
    expect(itemIn('la ultima', shown)).toBe(3);
  });

  it('does not guess between two meetings a word fits equally', () => {
    expect(itemIn('group', ['Our Group', 'Big Group'])).toBeUndefined();
    expect(itemIn('big group', ['Our Group', 'Big Group'])).toBe(2);
  });
});

describe('how an answer narrows the search', () => {
  it.each([
    ['saturday?', { when: 'saturday' }],
    ['anything tonight?', { when: 'tonight' }],
    ['this weekend', { when: 'weekend' }],
    ['tomorrow morning', { when: 'tomorrow', part: 'morning' }],
    ['el sabado en la tarde', { when: 'saturday', part: 'afternoon' }],
    ['evening', { part: 'evening' }],
    ['saturdy?', { when: 'saturday' }],
    ['tomorow evening', { when: 'tomorrow', part: 'evening' }],
    ['women only', { wants: ['women'] }],
    ['en espanol para mujeres', { wants: ['women', 'spanish'] }],
    ['wheelchair accessible', { wants: ['wheelchair'] }],
    ['any speaker meetings', { wants: ['speaker'] }],
    ['any with sign language', { wants: ['asl'] }],
    ['con interprete de senas', { wants: ['asl'] }],
    ['big book study', { wants: ['big_book'] }],
    ['estudio de pasos', { wants: ['step_study'] }],
    ['just NA', { programs: ['na'] }],
    ['al anon', { programs: ['alanon'] }],
    ['online', { mode: 'online' }],
    ['women online saturday', { when: 'saturday', wants: ['women'], mode: 'online' }],
    ['any day is fine', { anyTime: true }],
    // A day left out drops the day; it never narrows to the one left out.
    ['any day but wednesday', { anyTime: true }],
    ['not on wednesday', { anyTime: true }],
    ['wednesday doesnt work', { anyTime: true }],
    ['cualquier dia menos el miercoles', { anyTime: true }],
    ['all meetings please', { anyKind: true }],
  ])('reads %p', (text, expected) => {
    expect(readResultAnswer(text, shown)).toEqual(expected);
  });

  it('reads nothing from words it does not know', () => {
    expect(readResultAnswer('zzqx', shown)).toBeUndefined();
    expect(readResultAnswer('', shown)).toBeUndefined();
    expect(readResultAnswer('I am in Amarillo', shown)).toBeUndefined();
  });
});
