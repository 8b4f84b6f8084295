import { isToldOf } from '../../src/understand/programMentions';

/** Whether the program word `program` in `text` is only told of. */
function toldOf(text: string, program: string): boolean {
  const words = text.split(' ');
  const at = words.indexOf(program);
  return isToldOf(words, at, at + 1);
}

describe('a program named as the one something happened with', () => {
  it('is told of when it or its people did something, or the texter did with it', () => {
    expect(toldOf('but the na people said im not clean', 'na')).toBe(true);
    expect(toldOf('my aa sponsor told me to text', 'aa')).toBe(true);
    expect(toldOf('got kicked out of na last week', 'na')).toBe(true);
    expect(toldOf('na didnt work for me', 'na')).toBe(true);
    expect(toldOf('los de aa me dijeron que no', 'aa')).toBe(true);
  });

  it('is asked for otherwise', () => {
    expect(toldOf('any na meetings tonight', 'na')).toBe(false);
    expect(toldOf('i need aa near 79101', 'aa')).toBe(false);
    expect(toldOf('busco juntas de aa en lubbock', 'aa')).toBe(false);
  });
});
