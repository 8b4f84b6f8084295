import { clockFromNow } from '../../src/engine/actions/clockFromNow';
import { itemIn } from '../../src/engine/resultAnswers';
import { timeFromNowIn } from '../../src/text/timeFromNow';
import { kinOwningAThing } from '../../src/understand/kinBeforeAThing';
import { readShipped } from '../support/shippedReading';

/** What the thirty-first session's probe found (and the thirtieth's M1 and M11), read by the understanding step. */
const audienceOf = (text: string) => readShipped(text).understood.audience;
const relationOf = (text: string) => readShipped(text).relation;

describe('someone close asking after the texter is no one the help is for (texterUrged.ts)', () => {
  it.each([
    'my ex keeps texting me asking if im sober lol but i do need a meeting',
    'my mom keeps asking if im drinking again, i think i need aa',
    'my wife always asks me if ive been drinking',
    'my dad calls me asking whether im using',
    'my sister wants to know if im sober, i need a meeting',
  ])('%j is the texter', (text) => {
    expect(audienceOf(text)).toBe('self');
  });

  it.each([
    'my son keeps asking if he can have a beer',
    'my son asked me for help',
    'my ex keeps texting me, hes drinking again',
    'my mom keeps asking me if i can find a meeting for my brother',
  ])('%j is someone else', (text) => {
    expect(audienceOf(text)).toBe('family');
  });
});

describe('a plural family word before a thing of theirs is one person (kinBeforeAThing.ts)', () => {
  it.each([
    ['found vodka and pills in my 15 year old daughters room', 'daughter'],
    ['went thru my daughters phone and shes buying pills', 'daughter'],
    ['found pills in my brothers car', 'brother'],
    ['found a pipe in my sons backpack', 'son'],
  ])('%j is said back %j', (text, relation) => {
    expect(relationOf(text)).toBe(relation);
  });

  it.each([
    ['my daughters both drink too much', 'daughters'],
    ['my sons friends are giving him pills', undefined],
  ])('%j is left as written', (text, relation) => {
    expect(relationOf(text)).toBe(relation);
  });

  it('reads only the word before a thing', () => {
    expect(kinOwningAThing(['my', 'sons', 'room'], 1)).toBe('son');
    expect(kinOwningAThing(['my', 'sons', 'drink'], 1)).toBeUndefined();
    expect(kinOwningAThing(['my', 'son', 'room'], 1)).toBeUndefined();
  });
});

describe('"after school" at a list is a time from 3pm, never a meeting named "After" (timeFromNow.ts, resultAnswers.ts)', () => {
  const names = ['NA The Morning After 230 Moselle St', 'NA Hope For The Hurting Edison Ave', 'AA Group Church St'];

  it.each(['is there one after school', 'anything after school', 'when school gets out', 'saliendo de clases'])(
    '%j is after school',
    (text) => {
      expect(timeFromNowIn(text)).toEqual({ kind: 'after_school' });
    },
  );

  it.each(['is there one after school', 'anything before church'])('%j names no meeting', (text) => {
    expect(itemIn(text, names)).toBeUndefined();
  });

  it('still reads a name with "after" in it', () => {
    expect(itemIn('the morning after one', names)).toBe(1);
    expect(clockFromNow({ kind: 'after_school' }, 600)).toEqual({ clock: '15:00+' });
  });
});

describe('asked after the texter only of their own use (texterUrged.ts)', () => {
  it.each([
    'my brother asked me if i know any na meetings',
    'my son keeps texting me asking if i can send money, hes on pills',
  ])('%j is someone else', (text) => {
    expect(audienceOf(text)).toBe('family');
  });
});
