import { readShipped } from '../support/shippedReading';

const read = (text: string) => readShipped(text, 'en');

describe("a texter's own medicine beside someone else's use (texterTakesMedicine)", () => {
  it.each([
    ['im on methadone and my husband drinks', 'husband'],
    ['i take suboxone, my son uses meth', 'son'],
  ])('%s is help for the one who uses, without the medicine', (text, relation) => {
    const reading = read(text);
    expect(reading.understood.audience).toBe('family');
    expect(reading.relation).toBe(relation);
    expect(reading.understood.medication).toBeNull();
    expect(reading.shared).toBeUndefined();
  });

  it('keeps a use of their own shared: "i drink and my husband drinks too"', () => {
    expect(read('i drink and my husband drinks too').shared).toEqual({ relation: 'husband' });
  });

  it('keeps "im on methadone" alone the texter\'s, on medication', () => {
    const reading = read('im on methadone');
    expect(reading.understood.audience).toBe('self');
    expect(reading.understood.medication).toBe(true);
  });
});
