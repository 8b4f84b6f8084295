import { readShipped } from '../support/shippedReading';

const audienceOf = (text: string) => readShipped(text, 'en').understood.audience;

describe('"me" inside a terse list with no commas is whom the help is for', () => {
  it.each([
    'alcohol me no meds in person sidney mt',
    'alchol problm me no meds inperson lubock tonite',
    'pills me online tonight',
  ])('%s is the texter', (text) => {
    expect(audienceOf(text)).toBe('self');
  });

  it('keeps "my son drinks and it hurts me" about the son', () => {
    expect(audienceOf('my son drinks and it hurts me')).toBe('family');
  });
});
