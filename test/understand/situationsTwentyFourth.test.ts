import { readShipped } from '../support/shippedReading';

// What the twenty-third session's probe left for the twenty-fourth (docs/texting-probes/2026-12-06-probe-23.md).

const read = readShipped;

describe("a teen told of as hurt by the other parent's drinking", () => {
  it.each([
    ['my husband drinks and my 14 year old daughter is having a hard time with it', 'en'],
    ['my wife is an alcoholic and my 16 yr old son is struggling', 'en'],
    ['my boyfriend drinks a lot and my teenage daughter is scared of him', 'en'],
    ['my husband is an alcoholic, my 15 yo son is taking it hard', 'en'],
    ['mi esposo toma mucho y mi hija de 15 años esta sufriendo', 'es'],
    ['mi esposo es alcoholico y mi hijo adolescente esta muy triste', 'es'],
  ])('"%s" adds Alateen beside Al-Anon for the texter', (text, lang) => {
    const u = read(text, lang).understood;
    expect(u.audience).toBe('family');
    expect(u.programs).toEqual(expect.arrayContaining(['alanon', 'alateen']));
  });

  it.each([
    ['my husband drinks and my 15 year old son is struggling with weed too', 'en'],
    ['my husband drinks and my daughter is struggling', 'en'],
    ['my husband drinks and im struggling', 'en'],
  ])("'%s' does not: the teen uses, no teen is named, or the hurt is the texter's", (text, lang) => {
    expect(read(text, lang).understood.programs).not.toContain('alateen');
  });
});

describe('a whole text that is a town named by everyday words', () => {
  it.each([
    ['big spring', 'Big Spring'],
    ['round rock', 'Round Rock'],
    ['sugar land', 'Sugar Land'],
  ])('"%s" is %s, though its words are the line\'s', (text, town) => {
    expect(read(text).understood.place?.town).toBe(town);
  });

  it.each(['why not', 'long time', 'rock', 'happy', 'thank you', 'in person'])('"%s" is no town', (text) => {
    expect(read(text).understood.place).toBeNull();
  });
});

describe('a name signed at the end of a letter', () => {
  it.each([
    'Good morning, my husband drinks. Thank you, Margaret',
    'my son drinks. Sincerely, Dorothy',
    'My brother has relapsed on heroin again. Thanks, Chelsea',
    'need help with my husbands drinking. Regards, Paris',
    'mi hijo toma mucho. Atentamente, Rosa Maria',
    'my daughter is using again. God bless - Ruth',
  ])('"%s" names no town', (text) => {
    expect(read(text, /mi hijo/.test(text) ? 'es' : 'en').understood.place).toBeNull();
  });

  it.each([
    ['my husband drinks, we live in amarillo. thank you, Margaret', 'Amarillo'],
    ['thanks, chelsea ma', 'Chelsea'],
    ['Respectfully, Harold. We are in the Greensboro area', 'Greensboro'],
  ])('"%s" still names %s', (text, town) => {
    expect(read(text).understood.place?.town).toBe(town);
  });
});

describe('a town named as the area around it', () => {
  it.each([
    ['we live in the amarillo area', 'Amarillo'],
    ['support groups for grandparents in the Greensboro area', 'Greensboro'],
    ['in the fort worth area', 'Fort Worth'],
    ['im in the dallas metro', 'Dallas'],
  ])('"%s" is %s', (text, town) => {
    expect(read(text).understood.place?.town).toBe(town);
  });

  it.each(['in the area', 'in the same area', 'in the rural area', 'in the general area'])(
    '"%s" is no town',
    (text) => {
      expect(read(text).understood.place).toBeNull();
    },
  );
});

describe('drugs and programs by the names and spellings people use', () => {
  it.each([
    'My granddaughter has a serious problem with methamphetamine',
    'my son is on fentinal',
    'fentynal',
    'my kid is on edibles and mushrooms',
    'she took acid last weekend',
    'he drinks cough syrup to get high',
  ])('"%s" is about drugs', (text) => {
    expect(read(text).understood.concern).toBe('drugs');
  });

  it.each(['suboxen', 'im on suboxin'])('"%s" is the medication', (text) => {
    expect(read(text).understood.medication).toBe(true);
  });

  it('"narateen" names Narateen, and "acid reflux" no drug', () => {
    expect(read('narateen near durham for my daughter').understood.programs).toContain('narateen');
    expect(read('i have acid reflux').understood.concern).toBeNull();
  });
});

describe("a state's code said as the state, not the program it also names", () => {
  it.each(['30601 ga', 'my wife drinks, we are in GA', "drinking. me. I'm in rural GA near 31601", 'I live in GA'])(
    '"%s" is no gambling',
    (text) => {
      const u = read(text).understood;
      expect(u.concern).not.toBe('gambling');
      expect(u.programs).not.toContain('ga');
    },
  );

  it.each(['ga', 'GA meetings in atlanta', 'any ga meetings in ga', 'i need ga'])(
    '"%s" is still Gamblers Anonymous',
    (text) => {
      expect(read(text).understood.concern).toBe('gambling');
    },
  );
});

describe("a family member's doubt about going", () => {
  it.each([
    "what if I'm not sure he's an alcoholic",
    'i dont know if my wife is an addict',
    'can i go if my husband is sober now',
    'how do i get him to go to a meeting',
    'no se si mi esposo es alcoholico',
  ])('"%s" is heard as one', (text) => {
    expect(read(text, /esposo/.test(text) ? 'es' : 'en').understood.intents).toContain('loved_ones_doubts');
  });

  it('"im not sure if my husband is an alcoholic" is help for the husband, not shared with him', () => {
    expect(read('im not sure if my husband is an alcoholic').understood.audience).toBe('family');
  });
});
