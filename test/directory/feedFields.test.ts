import fc from 'fast-check';
import { parseTime, text } from '../../src/directory/feedFields';

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

describe('parseTime', () => {
  /** The rule as one expression, as parseTime read every time before its "HH:MM" shortcut. */
  const byExpression = (s: string) => {
    const m = /^(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(s.trim());
    if (!m) return undefined;
    let h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    const ampm = m[4]?.toLowerCase();
    if (!m[2] && !ampm) return undefined;
    if (ampm) {
      if (h < 1 || h > 12) return undefined;
      h = (h % 12) + (ampm === 'p' ? 12 : 0);
    }
    if (h === 24 && min === 0) return undefined;
    if (h > 23 || min > 59) return undefined;
    return h * 60 + min;
  };

  it('reads "HH:MM" as the full rule does, valid or not', () => {
    expect(parseTime('19:30')).toBe(1170);
    expect(parseTime('24:00')).toBeUndefined();
    expect(parseTime('07:60')).toBeUndefined();
    const digit = fc.constantFrom(...'0123456789');
    const hhmm = fc.tuple(digit, digit, fc.constantFrom(':', '.', ' '), digit, digit).map((p) => p.join(''));
    fc.assert(
      fc.property(hhmm, (s) => {
        expect(parseTime(s)).toBe(byExpression(s));
      }),
      { numRuns: 2000 },
    );
  });
});
