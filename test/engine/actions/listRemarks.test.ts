import { listRemarkIn } from '../../../src/engine/listRemarks';
import type { Meeting, Place } from '../../../src/directory/types';

const place = { label: 'Amarillo, TX', lat: 35.2, lon: -101.84 } as Place;
const meeting = { lat: 35.23, lon: -101.84 } as Meeting;
const list = { shownCount: 3, place };
const name = (text: string, at = list) => listRemarkIn(text, at)?.name;

/** Remarks at a list of meetings that are no search (the texting probe of 2026-12-06). */
describe('listRemarkIn', () => {
  it('hears a reminder asked for, in English and Spanish', () => {
    for (const t of ['will you remind me', 'can you send this again later', 'text me tomorrow', 'recuerdame porfa'])
      expect(name(t)).toBe('listed_remind');
  });

  it('hears a ride asked for', () => {
    for (const t of ['i need a ride to the meeting', 'i dont have a car', 'necesito raite', 'no tengo carro'])
      expect(name(t)).toBe('listed_ride');
  });

  it('hears how the texter gets about, in English and Spanish (the twenty-second session probe)', () => {
    for (const t of ['i take the bus', 'we ride the bus', 'I walk everywhere', 'im on foot', 'by bus', 'voy en camion'])
      expect(name(t)).toBe('listed_transit');
  });

  it('leaves no bus, a ride asked for and a bus in a longer sentence to their own readings', () => {
    expect(name('no bus')).toBeUndefined();
    expect(name('i dont take the bus')).toBeUndefined();
    expect(name('i need a ride, i cant take the bus')).toBe('listed_ride');
    expect(name('is there a bus stop near the first one')).toBeUndefined();
  });

  it('asks which one to "that one", and says the numbers listed to a number past the page', () => {
    expect(name('that one')).toBe('listed_where');
    expect(name('esa')).toBe('listed_where');
    expect(name('4')).toBe('listed_numbers');
    expect(name('#5')).toBe('listed_numbers');
    expect(name('2')).toBeUndefined();
  });

  it('says the numbers listed to a number or ordinal past the page asked in words (probe 42)', () => {
    const two = { shownCount: 2, place };
    for (const t of [
      'details on 3',
      'the third one',
      'where is 3',
      'directions to the 3rd one',
      'como llego al 3',
      'detalles de la tercera',
      'info on #4',
    ])
      expect(name(t, two)).toBe('listed_numbers');
    // A number on the page is read_answer's; a time ("how about 9", "what about 8", "is 8 ok") or a longer text is
    // not a number pointed at; two numbers are not one.
    for (const t of [
      'details on 2',
      'the second one',
      'como llego al 1',
      'how about 9',
      'what about 8',
      'is 8 ok',
      'is there one at 7',
      '3 and 4',
      'the third one is too far',
    ])
      expect(name(t, two)).toBeUndefined();
  });

  it('hears frustration and a laugh', () => {
    expect(name('wtf this is useless')).toBe('listed_upset');
    expect(name('esto no sirve')).toBe('listed_upset');
    expect(name('lol')).toBe('listed_light');
    expect(name('jajaja')).toBe('listed_light');
  });

  it('thanks a meeting gone to and a listing said to be wrong, never a wrong number', () => {
    expect(name('went to one last night, it was good')).toBe('listed_glad');
    expect(name('went to one last night and it was awful')).toBeUndefined();
    expect(name('the address for clean air is wrong')).toBe('listed_wrong');
    expect(name('la direccion esta mal')).toBe('listed_wrong');
    expect(name('wrong number')).toBeUndefined();
  });

  it('gives the distance of the meeting asked about, and asks which of several', () => {
    expect(listRemarkIn('how far is it', { ...list, it: meeting, itName: 'AA Clean Air' })).toEqual({
      name: 'listed_distance',
      vars: { meeting: 'AA Clean Air', away: '2', unit: 'mi' },
    });
    expect(name('how far is it')).toBe('listed_where');
  });

  it('leaves searches and questions to the list', () => {
    for (const t of ['saturday', 'tonight', 'more', 'women only', 'is it open', 'what time', 'anything later'])
      expect(name(t)).toBeUndefined();
  });
});

describe('listRemarkIn beside a hard time', () => {
  it('reads no remark when a hard time is told with it: the kind words for that come first', () => {
    expect(listRemarkIn('i need a ride, im about to relapse', list)).toBeUndefined();
    expect(listRemarkIn('this is useless i feel so alone', list)).toBeUndefined();
  });
});
