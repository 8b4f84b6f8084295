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
  it("agrees with Twilio's own segment calculator on encoding and part count", () => {
    // sms-segments-calculator is Twilio's published GSM 03.38 table and segment arithmetic: an
    // independent source, so a wrong letter in our alphabet or an off-by-one in parts shows here.
    const { SegmentedMessage } = require('sms-segments-calculator') as typeof import('sms-segments-calculator');
    const letters = Array.from({ length: 0x2000 }, (_, i) => String.fromCharCode(i));
    const mostlyAscii = fc.string({
      unit: fc.constantFrom(...letters.slice(0, 256), '€', '^', '{', '}', '~', '|'),
      maxLength: 480,
    });
    fc.assert(
      fc.property(fc.oneof(mostlyAscii, fc.string({ unit: fc.constantFrom(...letters), maxLength: 200 })), (text) => {
        const twilio = new SegmentedMessage(text, 'auto');
        expect(isGsm7(text)).toBe(twilio.encodingName === 'GSM-7');
        if (text.length > 0) expect(smsSegments(text)).toBe(twilio.segmentsCount);
      }),
      { numRuns: 3000 },
    );
  });
});
