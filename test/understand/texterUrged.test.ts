import { readShipped } from '../support/shippedReading';

const audienceOf = (text: string, lang = 'en') => readShipped(text, lang).understood.audience;

describe('someone close sent the texter: the help is their own', () => {
  it.each([
    'my boyfriend wants me to go to meetings',
    'my boyfriend wants me to get help',
    'my wife keeps telling me to go to aa',
    // "making" is no typo of "taking", nor "think" of "thank".
    'my mom is making me go to na',
    'my parents think im an alcoholic',
    'my husband said i have to get help',
    'my girlfriend wants me to go to meetings with her',
    'my probation officer wants me to go to na',
    'the judge ordered me to do 90 meetings in 90 days',
    'im court ordered to go to aa',
    'i have to go to meetings for court',
  ])('%s', (text) => {
    expect(audienceOf(text)).toBe('self');
  });

  it('reads "mi esposa me pide que vaya a juntas" as the texter', () => {
    expect(audienceOf('mi esposa me pide que vaya a juntas', 'es')).toBe('self');
  });

  it.each([
    // Someone else named after the urging: the help is about them.
    'my son told me he uses meth',
    'my dad wants me to find him a meeting',
    'my mom wants me to find a meeting for my brother',
    // Told of, not urged.
    'my brother told me about this number',
    'my son asked me for help',
    'my son is court ordered to go to na',
  ])('%s: someone else', (text) => {
    expect(audienceOf(text)).toBe('family');
  });
});

describe('short texts that leave out who', () => {
  it('reads a use said of "we" as the texter\'s own, unless someone else is named', () => {
    expect(audienceOf('we use every night')).toBe('self');
    expect(audienceOf('we both drink too much')).toBe('self');
    expect(audienceOf('we found pills in his room')).toBeNull();
  });

  it('reads a spouse, child or grandchild named first as a grown-up texter, not asked about being a teen', () => {
    expect(readShipped('husband on fent').understood).toMatchObject({ audience: 'family', teen: false });
    expect(readShipped('wife drinks every night').understood.teen).toBe(false);
    expect(readShipped('grandson is on meth, we are raising his kids').understood.teen).toBe(false);
    expect(readShipped('daughter is using again').understood.teen).toBe(false);
    // A teen may write about a sister's husband.
    expect(readShipped('my sisters husband is using').understood.teen).toBeNull();
  });
});
