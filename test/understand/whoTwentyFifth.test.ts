import { readShipped } from '../support/shippedReading';

// Whom the help is for, from the twenty-fifth session's probe (/tmp/findings/probe25.md H1-H4, M5, M6, L5, L12).

const read = readShipped;

describe('a family group named by a texter who tells their own drinking or using (H1, H3)', () => {
  it.each([
    ['im an alcoholic, i want al-anon', 'en', 'alanon'],
    ['i need al-anon, i cant stop drinking', 'en', 'alanon'],
    ['al-anon meetings for me, i drink every day', 'en', 'alanon'],
    ['i have a drinking problem where is alanon', 'en', 'alanon'],
    ['i drink too much, can i go to al-anon', 'en', 'alanon'],
    ['ive been drinking way too much, where is al-anon', 'en', 'alanon'],
    ['im an addict, is there nar-anon near me', 'en', 'naranon'],
    ['i gamble too much, can i join gam-anon', 'en', 'gamanon'],
    ['im 16 and i drink, can i go to alateen', 'en', 'alateen'],
    ['im 15 and i smoke weed, is narateen for me', 'en', 'narateen'],
    ['quiero ir a al-anon porque tomo mucho', 'es', 'alanon'],
  ])('"%s" stays the texter\'s own, and the group is asked about', (text, lang, id) => {
    const r = read(text, lang);
    expect(r.understood.audience).toBe('self');
    expect(r.understood.programs).not.toContain(id);
    expect(r.askedAbout).toContain(id);
  });

  it.each([
    'i need al-anon for me',
    'al-anon for me, im worried about his drinking',
    'i drink and my husband drinks too, al-anon?',
    'im 15 and my dad drinks, can i go to alateen',
  ])('"%s" keeps the family group asked for', (text) => {
    expect(read(text).understood.programs.some((id) => ['alanon', 'alateen'].includes(id))).toBe(true);
  });
});

describe("a teen's group asked by a parent for the child who drinks or uses (H3)", () => {
  it.each([
    ['is there alateen for my son, hes 15 and drinking', 'alateen'],
    ['my daughter (14) is drinking and vaping, does alateen help with that', 'alateen'],
    ['i think my teenager needs narateen, shes using pills', 'narateen'],
    ['alateen for my kid? she drinks', 'alateen'],
  ])('"%s" asks what it is; the parent is family', (text, id) => {
    const r = read(text);
    expect(r.understood.audience).toBe('family');
    expect(r.understood.programs).not.toContain(id);
    expect(r.askedAbout).toContain(id);
  });

  it.each(['narateen near durham for my daughter', 'my husband drinks and my daughter is 15 and needs alateen'])(
    '"%s" keeps it: no trouble of the child told',
    (text) => {
      expect(read(text).understood.programs.some((id) => ['alateen', 'narateen'].includes(id))).toBe(true);
    },
  );
});

describe("the drinker's program asked about by someone close (H4)", () => {
  it.each([
    ['my wife drinks, should i go to aa', 'aa', 'wife'],
    ['na meeting for me, my brother is an addict', 'na', 'brother'],
    ['my husband is an addict, should i go to na', 'na', 'husband'],
    ['my son gambles, should i go to ga', 'ga', 'son'],
    ['should i try aa? my girlfriend is an alcoholic', 'aa', 'girlfriend'],
  ])('"%s" is family, and the program asked about', (text, id, relation) => {
    const r = read(text);
    expect(r.understood.audience).toBe('family');
    expect(r.shared).toBeUndefined();
    expect(r.relation).toBe(relation);
    expect(r.understood.programs).not.toContain(id);
    expect(r.askedAbout).toContain(id);
  });

  it.each([
    'me and my wife both drink too much, should i go to aa',
    'should i go to aa',
    'i drink a lot, should i try aa',
  ])('"%s" is the texter\'s own', (text) => {
    expect(read(text).understood.audience).toBe('self');
  });
});

describe('help asked for the texter, no trouble of their own told (H2, L5, L12)', () => {
  it.each([
    'its for me',
    'for me',
    'me? i guess its for me, to help me cope',
    'support for me',
    'the help is for me',
    'its for me, im the wife',
    'me, the mom',
    'help for myself as a parent',
    'just me',
    'its me who needs support',
    'im his mother',
    'nope im the mom',
    'me, her daughter',
  ])('"%s" asks support for the texter', (text) => {
    expect(read(text).ownSupport).toBe(true);
  });

  it.each([
    'actually its me who uses',
    "its for me, i'm the one drinking",
    'actually its me',
    'actually its me, im on methadone',
    'for me, alcohol',
    'me and my husband',
  ])('"%s" tells a trouble of the texter\'s own', (text) => {
    expect(read(text).ownSupport).toBeUndefined();
  });

  it('"para mi" asks it in Spanish', () => {
    expect(read('para mi', 'es').ownSupport).toBe(true);
  });

  it.each(['im his mother', 'nope im the mom', 'me, the mom'])('"%s" names no mom the help is for', (text) => {
    expect(read(text).relation).not.toBe('mom');
  });

  it.each(['im his mother', 'nope im the mom'])('"%s" is no teen', (text) => {
    expect(read(text).understood.teen).toBe(false);
  });
});

describe('a child named by age or rank, a spouse with no "my" (M5)', () => {
  it.each([
    ['my teen is drinking', 'child'],
    ['my kiddo is using', 'child'],
    ['my 17 y/o is using', 'child'],
    ['my youngest is on pills', 'child'],
    ['my 15 year old is drinking', 'child'],
    ['my 16yo smokes weed', 'child'],
    ['my oldest is on fentanyl', 'child'],
    ['my 15 year old son is drinking', 'son'],
    ['my teen brother drinks', 'brother'],
    ['im in hays ks, husbands drinking again. any alanon around here?', 'husband'],
    ['wifes using again', 'wife'],
  ])('"%s" is family, said back as %s', (text, relation) => {
    const r = read(text);
    expect(r.understood.audience).toBe('family');
    expect(r.relation).toBe(relation);
  });

  it.each(['my teen is drinking', 'my 17 y/o is using', 'husbands drinking again'])('"%s" is no teen', (text) => {
    expect(read(text).understood.teen).toBe(false);
  });

  it('"my teen brother drinks" may be a teen', () => {
    expect(read('my teen brother drinks').understood.teen).toBeNull();
  });
});

describe('a trouble said of the family word after it (M6)', () => {
  it.each([
    ['i grew up with an alcoholic dad', 'dad'],
    ['i was raised by an alcoholic mother, need a group', 'mother'],
    ['i live with my addict brother', 'brother'],
    ['my drunk husband wont stop', 'husband'],
  ])('"%s" is family', (text, relation) => {
    const r = read(text);
    expect(r.understood.audience).toBe('family');
    expect(r.relation).toBe(relation);
  });

  it.each(['im an alcoholic mom', 'im a drunk dad and need help', 'my drinking hurts my family'])(
    '"%s" is the texter',
    (text) => {
      expect(read(text).understood.audience).toBe('self');
    },
  );
});
