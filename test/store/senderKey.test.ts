import { createHmac } from 'node:crypto';
import { normaliseE164, senderKeyFor } from '../../src/store/senderKey';

describe('senderKeyFor', () => {
  const secret = 'a-secret-of-at-least-16-chars';

  it('is HMAC-SHA256 hex of the E.164 number', () => {
    const expected = createHmac('sha256', secret).update('+15551234567').digest('hex');
    expect(senderKeyFor(secret, '+15551234567')).toBe(expected);
    expect(senderKeyFor(secret, '+15551234567')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same key for the same number written with spaces or punctuation', () => {
    const key = senderKeyFor(secret, '+15551234567');
    expect(senderKeyFor(secret, ' +15551234567 ')).toBe(key);
    expect(senderKeyFor(secret, '+1 555 123 4567')).toBe(key);
    expect(senderKeyFor(secret, '+1 (555) 123-4567')).toBe(key);
  });

  it('gives different keys for different numbers and different secrets', () => {
    expect(senderKeyFor(secret, '+15551234567')).not.toBe(senderKeyFor(secret, '+15551234568'));
    expect(senderKeyFor(secret, '+15551234567')).not.toBe(senderKeyFor(`${secret}x`, '+15551234567'));
  });

  it('keeps non-phone channel addresses stable instead of rejecting them', () => {
    expect(normaliseE164(' whatsapp:+15551234567 ')).toBe('whatsapp:+15551234567');
    expect(normaliseE164('+44 20 7946 0958')).toBe('+442079460958');
  });
});
