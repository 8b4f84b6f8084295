import fc from 'fast-check';
import { isGsm7, smsLength, smsSegments, toGsm7 } from '../../src/sms/gsm7';

describe('GSM-7 helpers', () => {
  it('replaces curly quotes, dashes and ellipses with plain look-alikes', () => {
    expect(toGsm7('\u201CHope\u201D \u2014 it\u2019s here\u2026')).toBe('"Hope" - it\'s here...');
  });

  it('drops emoji and keeps accents GSM-7 has while removing those it lacks', () => {
    expect(toGsm7('Agapé 🙏 mañana en línea')).toBe('Agapé  mañana en linea');
    expect(isGsm7(toGsm7('Agapé 🙏 mañana en línea'))).toBe(true);
  });

  it('counts parts: 160 then 153 per part for GSM-7, 70 then 67 for UCS-2', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(306))).toBe(2);
    expect(smsSegments('a'.repeat(307))).toBe(3);
    expect(smsSegments('á'.repeat(70))).toBe(1);
    expect(smsSegments('á'.repeat(71))).toBe(2);
    expect(smsSegments('')).toBe(0);
  });

  it('counts extension characters such as [ ] { } ~ as two', () => {
    expect(smsLength('[x]')).toBe(5);
    expect(smsSegments('{'.repeat(80))).toBe(1);
    expect(smsSegments('{'.repeat(81))).toBe(2);
  });

  it('always yields GSM-7 text, whatever comes in', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => isGsm7(toGsm7(s))));
  });
  it('gives the same answers on its plain-ASCII fast path as character by character', () => {
    const basic = new Set(Array.from('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'));
    const extension = new Set(Array.from('^{}\\[~]|€\f'));
    const slowIsGsm7 = (t: string) => Array.from(t).every((c) => basic.has(c) || extension.has(c));
    const slowLength = (t: string) => (slowIsGsm7(t) ? Array.from(t).reduce((n, c) => n + (extension.has(c) ? 2 : 1), 0) : t.length);
    const ascii = fc.string({ unit: fc.constantFrom(...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i))), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'grapheme', maxLength: 30 })), (text) => {
        expect(isGsm7(text)).toBe(slowIsGsm7(text));
        expect(smsLength(text)).toBe(slowLength(text));
        if (slowIsGsm7(text)) expect(toGsm7(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
