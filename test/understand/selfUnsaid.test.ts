import { readShipped } from '../support/shippedReading';

const read = (text: string, lang = 'en') => readShipped(text, lang);

describe('the texter only by default: no I, me or we said (selfUnsaid)', () => {
  it.each(['yes methadone', 'addicted to pills', 'on subs 2 yrs, want a group', 'hooked on meth again'])(
    '%s is the texter, but only implied',
    (text) => {
      const reading = read(text);
      expect(reading.understood.audience).toBe('self');
      expect(reading.implied).toContain('audience');
    },
  );

  it('reads "si, metadona" as implied in Spanish, and "tomo metadona" (I take) as said', () => {
    expect(read('si, metadona', 'es').implied).toContain('audience');
    expect(read('tomo metadona', 'es').implied ?? []).not.toContain('audience');
  });

  it.each(['im on methadone', 'its me, addicted to pills', 'we both use', 'i take suboxone'])(
    '%s says the texter in words',
    (text) => {
      const reading = read(text);
      expect(reading.understood.audience).toBe('self');
      expect(reading.implied ?? []).not.toContain('audience');
    },
  );
});
