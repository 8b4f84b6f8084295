import fc from 'fast-check';
import { text } from '../../src/directory/feedFields';

/** The rule `text` keeps: whitespace runs folded to one space, trimmed, undefined when empty. */
const folded = (v: string) => {
  const t = v.replace(/\s+/g, ' ').trim();
  return t.length ? t : undefined;
};

describe('text, the reader of a feed’s string fields', () => {
  it('folds runs of whitespace and trims, however the spaces come', () => {
    expect(text('  Fresh  Start\tGroup\n')).toBe('Fresh Start Group');
    expect(text('Fresh Start Group')).toBe('Fresh Start Group');
    expect(text('a\u00a0b')).toBe('a b');
    expect(text('   ')).toBeUndefined();
    expect(text(42)).toBe('42');
    expect(text(null)).toBeUndefined();
    const spaces = fc.constantFrom(
      ...[' ', '  ', '\t', '\n', '\r\n', '\u000b', '\u000c', '\u00a0', '\u2003', '\ufeff'],
      ...['x', 'Ab', 'é', '~', '\u0001', '\u007f'],
    );
    fc.assert(
      fc.property(fc.array(spaces, { maxLength: 12 }), (parts) => {
        const v = parts.join('');
        expect(text(v)).toBe(folded(v));
      }),
      { numRuns: 1000 },
    );
  });
});
