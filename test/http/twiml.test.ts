import { MAX_SMS_CHARS, renderTwiml, splitForSms } from '../../src/http/twiml';
import { messagesOf } from '../support/twilioPost';

describe('renderTwiml', () => {
  it('renders an empty <Response/> when there is nothing to send', () => {
    expect(renderTwiml([])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it('renders one <Message> per reply without a to= attribute, escaping XML', () => {
    const twiml = renderTwiml(['a & b <c>', 'second']);
    expect(twiml).not.toMatch(/to=/);
    expect(messagesOf(twiml)).toEqual(['a & b <c>', 'second']);
  });

  it('splits a reply over 1600 characters into several messages, losing no word', () => {
    const words = Array.from({ length: 600 }, (_, i) => `word${i}`);
    const parts = messagesOf(renderTwiml([words.join(' ')]));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SMS_CHARS);
    expect(parts.join(' ').split(' ')).toEqual(words);
  });

  it('never cuts an emoji in half', () => {
    const parts = splitForSms('😀'.repeat(1000));
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MAX_SMS_CHARS);
      expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(parts.join('')).toBe('😀'.repeat(1000));
  });

  it('drops characters XML cannot carry instead of failing', () => {
    expect(messagesOf(renderTwiml(['ok\u0000\u0007\uD800 fine']))).toEqual(['ok fine']);
  });

  it('answers the same replies with the same TwiML every time, and never mixes up two replies with one', () => {
    expect(renderTwiml(['Who is the help for?'])).toBe(renderTwiml(['Who is the help for?']));
    expect(messagesOf(renderTwiml(['a', 'b']))).toEqual(['a', 'b']);
    expect(messagesOf(renderTwiml(['a\u0000b']))).toEqual(['ab']);
    expect(messagesOf(renderTwiml(['a', 'b']))).toEqual(['a', 'b']);
    for (let i = 0; i < 600; i++) expect(messagesOf(renderTwiml([`reply ${i}`]))).toEqual([`reply ${i}`]);
  });
});
