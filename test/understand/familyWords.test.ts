import { readShipped } from '../support/shippedReading';

/**
 * Family words as people text them. A texter whose life is a grown-up's (a workmate, a boss, an ex-spouse, custody
 * of children) is not asked whether they are a teen, and an ex-spouse is said back as one person (probe of
 * 2026-12-05: "my ex husband is on meth" was "someone close to you"; "my coworker drinks on the job" was asked about
 * Alateen).
 */
const read = (text: string, lang = 'en') => readShipped(text, lang);

describe('a grown-up life said: no teen question', () => {
  it.each([
    'my coworker drinks on the job',
    'my boss drinks at lunch every day',
    'my ex is an addict and we share custody',
    'my ex husband is on meth',
    'my fiance drinks every night',
  ])('%s', (text) => {
    expect(read(text).understood.teen).toBe(false);
  });

  it.each(['mi ex esposo toma mucho', 'mi companero de trabajo usa cristal', 'compartimos la custodia y el toma'])(
    '%s',
    (text) => {
      expect(read(text, 'es').understood.teen).toBe(false);
    },
  );

  it('still asks a texter about a boyfriend or a friend', () => {
    expect(read('my boyfriend smokes crack').understood.teen).toBeNull();
    expect(read('my best friend is addicted to heroin').understood.teen).toBeNull();
  });
});

describe('an ex-spouse is one person', () => {
  it('is said back as "ex husband", "ex esposo"', () => {
    expect(read('my ex husband is on meth').relation).toBe('ex husband');
    expect(read('my ex wife drinks').relation).toBe('ex wife');
    expect(read('mi ex esposo toma mucho', 'es').relation).toBe('ex esposo');
  });

  it('leaves "my ex" alone as "ex"', () => {
    expect(read('my ex is an addict').relation).toBe('ex');
  });
});

describe('"my sun": the son, as often misspelt', () => {
  it('is someone close, said back as "son", and no teen', () => {
    const reading = read('my sun is adicted to pils');
    expect(reading.understood).toMatchObject({ audience: 'family', concern: 'drugs', teen: false });
    expect(reading.relation).toBe('sun');
  });

  it('leaves "sun" alone as Sunday', () => {
    expect(read('sun morning meeting').understood).toMatchObject({ audience: null, when: 'sunday' });
  });
});
