import { promisesToGoAt } from '../../src/engine/plannedGoing';
import { textWords } from '../../src/text/textWords';

describe('a promise to go at a time', () => {
  it.each([
    'thanks, ill go tonight',
    "i'll go to the one tomorrow",
    'I will be there tomorrow!',
    'im gonna go tonight',
    'gracias a dios, voy a ir hoy',
    'vamos a ir manana',
    'ire hoy',
    'ill check it out tonight',
    'i think ill go tonight',
  ])('is heard in %p', (text) => {
    expect(promisesToGoAt(textWords(text))).toBe(true);
  });

  it.each([
    'i can go tonight',
    'anything tonight?',
    'no voy a poder ir hoy',
    'should i go tonight',
    'i cant go tonight',
    'ill go',
    'going through withdrawal tonight',
    'i wont go tomorrow',
    'i dont think ill go tonight',
    'idk if ill go today',
    'no se si voy a ir hoy',
  ])('is not heard in %p', (text) => {
    expect(promisesToGoAt(textWords(text))).toBe(false);
  });
});
