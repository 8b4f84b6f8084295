import { stateSaidIn } from '../../src/understand/stateSaid';
import { readShipped } from '../support/shippedReading';

const words = (text: string) => text.split(' ');

describe('the state a texter says they are in, with no town', () => {
  it.each([
    ['i live in kansas', 'KS'],
    ['aa meetings in texas', 'TX'],
    ['im in west texas and need a meeting', 'TX'],
    ['we are in the state of new mexico', 'NM'],
    ['estoy en texas y necesito juntas', 'TX'],
    ['in georgia', 'GA'],
  ])('"%s" is %s', (text, code) => {
    expect(stateSaidIn(words(text))).toBe(code);
  });

  it.each(['in ok', 'im in', 'i live in kansas city', 'meetings in person', 'something in misery'])(
    '"%s" names no state alone',
    (text) => {
      expect(stateSaidIn(words(text))).toBeUndefined();
    },
  );

  it('is not read when the text names a town', () => {
    expect(readShipped('i live in canyon texas').stateSaid).toBeUndefined();
    expect(readShipped('i live in kansas').stateSaid).toBe('KS');
  });
});
