import { containsAnyWord, isWholeWord, menuNumber, normalizeText } from '../../src/text/answerMatch';
import { isCarrierOptIn, isCarrierOptOut } from '../../src/text/carrierWords';

/** How texters' words are read: as a person would, whatever the case, accents, emoji or a typo. */

describe('answer matching', () => {
  it('normalises case, accents, punctuation and emoji', () => {
    expect(normalizeText('  ¡Más MENSAJES, por favor! 🙂 ')).toBe('mas mensajes por favor');
  });

  it.each([
    ['umm alcohol I guess', ['alcohol']],
    ['ALCHOHOL', ['alcohol']],
    ['my son', ['son']],
    ['a friend', ['friend']],
    ['no más mensajes', ['no mas mensajes']],
    ["don't know", ["don't know"]],
    ['sucide', ['suicide']],
    ['suicdie', ['suicide']],
    ['alcohl', ['alcohol']],
    ['alcoholl', ['alcohol']],
    ['alcahol', ['alcohol']],
  ])('finds the words in "%s"', (text, words) => {
    expect(containsAnyWord(text, words)).toBe(true);
  });

  it.each([
    ['reason', ['son']],
    ['sun', ['son']],
    ['meal', ['me']],
    ['odd', ['od']],
    ['alchl', ['alcohol']],
    ['overdue', ['overdose']],
  ])('does not find short words inside other words or with a typo: "%s"', (text, words) => {
    expect(containsAnyWord(text, words)).toBe(false);
  });

  it('reads per-language word lists in every language', () => {
    expect(containsAnyWord('mi hijo', { en: ['son'], es: ['hijo'] })).toBe(true);
  });

  it.each([
    ['2', 2],
    ['2.', 2],
    ['#3', 3],
    ['1) alcohol', 1],
    ['option 4', 4],
    ['79101', undefined],
    ['alcohol', undefined],
    ['one', 1],
    ['Two.', 2],
    ['option three', 3],
    ['dos', 2],
    ['uno', 1],
    ['one of my friends drinks', undefined],
    ['no one', undefined],
  ])('reads the menu number in "%s"', (text, n) => {
    expect(menuNumber(text)).toBe(n);
  });

  it('matches whole-message words ignoring spaces and punctuation, without typos', () => {
    expect(isWholeWord('Forget me!', ['FORGET ME'])).toBe(true);
    expect(isWholeWord('forget me not', ['FORGET ME'])).toBe(false);
    expect(isWholeWord('ESPAÑOL', ['ESPANOL'])).toBe(true);
  });
});

describe('carrier words', () => {
  it('knows the opt-out and opt-in words as whole messages only', () => {
    for (const w of ['STOP', 'stop.', 'Stop All', 'UNSUBSCRIBE', 'cancel', 'End', 'QUIT', 'revoke', 'opt-out'])
      expect(isCarrierOptOut(w)).toBe(true);
    for (const w of ['stop it please', 'stopping', 'the end?!x']) expect(isCarrierOptOut(w)).toBe(false);
    for (const w of ['START', 'unstop', 'Yes']) expect(isCarrierOptIn(w)).toBe(true);
    expect(isCarrierOptIn('yes please')).toBe(false);
  });
});
