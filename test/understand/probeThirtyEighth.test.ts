import { readShipped } from '../support/shippedReading';

/** What the thirty-eighth session's probe (whole situations in a first text, listening) found, in the shipped words. */
const read = (text: string, lang = 'en') => readShipped(text, lang).understood;

describe("a teen's age opening a text, then someone a teen writes of, is the texter's (numbers.ts statedAge)", () => {
  it.each([
    '15 and my dad uses meth, near fargo',
    '16, my mom drinks alot',
    '15 my dad drinks',
    '17 and my older brother does coke',
    '16 my bf smokes weed',
  ])('%j is a teen', (text) => {
    expect(read(text).teen).toBe(true);
  });

  it.each([
    ['15 my daughter vapes', false],
    ['15 and my son uses meth', false],
    ['45 and my husband drinks', false],
    ['2 and my mom drinks', null],
    ['15 years my dad drinks', null],
  ])('%j is not read as a teen (%s)', (text, teen) => {
    expect(read(text).teen).toBe(teen);
  });
});

describe('NA after a town and its state code (programsNamed.ts naAfterTown, places.ts answersAfterCode)', () => {
  it.each([
    ['savannah ga na', 'Savannah', 'GA'],
    ['savannah ga, na', 'Savannah', 'GA'],
    ['portland or na', 'Portland', 'OR'],
    ['portland or na meetings', 'Portland', 'OR'],
    ['eugene or na tonight', 'Eugene', 'OR'],
  ])('%j asks for NA in %s, %s', (text, town, state) => {
    const u = read(text);
    expect(u.programs).toContain('na');
    expect(u.place).toMatchObject({ town, state });
  });

  it('"or" between a town of another state and a program is still "or"', () => {
    const u = read('aa in austin or na');
    expect(u.place).toMatchObject({ town: 'Austin', state: 'TX' });
    expect(u.programs).toEqual(['aa', 'na']);
  });

  it.each(['i live in portland or near it', 'we were in portland or somewhere'])(
    '%j reads no Oregon from "or" before an everyday word',
    (text) => {
      expect(read(text).place?.state ?? null).toBeNull();
    },
  );
});

describe('a craving now keeps its time (hear.ts URGE_BEFORE_USE, timeToMeet.ts urgeOpens)', () => {
  it.each([
    ['im craving a drink tonight', 'tonight', 'en'],
    ['im craving a drink so bad tonight', 'tonight', 'en'],
    ['im craving pills today', 'today', 'en'],
    ['tengo ganas de tomar esta noche', 'tonight', 'es'],
    ['tengo muchas ganas de tomar hoy', 'today', 'es'],
  ])('%j is %s', (text, when, lang) => {
    expect(read(text, lang).when).toBe(when);
  });

  it.each([
    ['i was craving a drink all weekend', 'en'],
    ['i was craving a drink tonight but im ok now', 'en'],
    ['he is craving a drink tonight', 'en'],
    ['mi esposo tiene ganas de tomar esta noche', 'es'],
  ])('%j names no time to meet', (text, lang) => {
    expect(read(text, lang).when).toBeNull();
  });
});

describe('"this sun" followed by what the sun does is no Sunday (hear.ts isTheSun)', () => {
  it.each(['this sun is killing me', 'this sun has me tired', 'this sun is brutal', 'this sun so hot'])(
    '%j names no day',
    (text) => {
      expect(read(text).when).toBeNull();
    },
  );

  it.each(['this sun is good', 'next sun is fine for me', 'next sun works', 'this sun at 10', 'na this sun in geneva'])(
    '%j is Sunday',
    (text) => {
      expect(read(text).when).toBe('sunday');
    },
  );
});

describe('a way to meet opening a part of the text, then why (wayToMeet.ts modeThenReason)', () => {
  it.each([
    ['phone so i can drive', 'phone', 'en'],
    ['phone bc im at work', 'phone', 'en'],
    ['phone cuz i dont have a car', 'phone', 'en'],
    ['aa in amarillo, phone so i can drive', 'phone', 'en'],
    ['zoom bc i work late', 'online', 'en'],
    ['telefono porque trabajo', 'phone', 'es'],
  ])('%j is %s', (text, mode, lang) => {
    expect(read(text, lang).mode).toBe(mode);
  });

  it.each(['phone died so i cant call', 'phone so expensive lol', 'my phone died, so i cant call'])(
    '%j names no way',
    (text) => {
      expect(read(text).mode).toBeNull();
    },
  );
});

describe('"hijo" and "hija" with a letter dropped', () => {
  it.each(['mi hjo de 16 fuma mota', 'mi hja usa pastillas', 'mis ijos toman', 'mi ija esta tomando'])(
    '%j is a parent about their child',
    (text) => {
      const u = read(text, 'es');
      expect(u.audience).toBe('family');
      expect(u.teen).toBe(false);
    },
  );
});

describe('one told sober is not whom the help is for when another is named (relation.ts toldSober)', () => {
  it.each([
    ['my mom is 15 years sober, i need al anon for my dad', 'dad'],
    ['my mom is sober now, i need help for my dad', 'dad'],
    ['my mom is not sober, my dad is sober', 'mom'],
    ['my dad was sober 10 years but relapsed', 'dad'],
  ])('%j is for the %s', (text, relation) => {
    expect(readShipped(text, 'en').relation).toBe(relation);
  });
});

describe('"wed" as texted beside a part of the day or a "this" is Wednesday', () => {
  it.each(['need aa near dodge city ks in person wed night', 'aa wed night', 'this wed', 'on wed at 7'])(
    '%j is Wednesday',
    (text) => {
      expect(read(text).when).toBe('wednesday');
    },
  );

  it.each(['we wed in june', 'we got wed last year'])('%j names no day', (text) => {
    expect(read(text).when).toBeNull();
  });
});

describe('"tengo 14" ending its clause is the texter\'s age (numbers.ts statedAge)', () => {
  it.each(['mi mama usa cristal y yo tengo 14, vivimos en bakersfield ca', 'tengo 15, mi papa toma'])(
    '%j is a teen',
    (text) => {
      expect(read(text, 'es').teen).toBe(true);
    },
  );

  it('"tengo 3 hijos" is no age', () => {
    expect(read('tengo 3 hijos', 'es').teen).toBeNull();
  });
});

describe('meetings asked for between a use and its time take the time (hear.ts isHabit)', () => {
  it.each([
    ['im 19 been drinkin since 14 need aa near missoula mt weekends', 'weekend'],
    ['he drinks weekends, we need al anon in amarillo weekends', 'weekend'],
  ])('%j is %s', (text, when) => {
    expect(read(text).when).toBe(when);
  });

  it.each(['i drink on weekends', 'my husband drinks every weekend', 'he goes to meetings but drinks every weekend'])(
    '%j names no time to meet',
    (text) => {
      expect(read(text).when).toBeNull();
    },
  );
});

describe('meetings "at night", and "ph" for phone', () => {
  it.each(['aa at night', 'meetings at night in lubbock', 'anything at night'])('%j is the evening', (text) => {
    expect(read(text).part).toBe('evening');
  });

  it.each(['i work at night', 'i cant sleep at night'])('%j names no part of the day', (text) => {
    expect(read(text).part).toBeNull();
  });

  it('"ph meeting" is by phone', () => {
    expect(read('need help 4 my gamblin, live in biloxi ms, ph meeting ok').mode).toBe('phone');
  });
});

describe('who the help is for, from a terse first text', () => {
  it.each([
    'alcoholic, 42, in eau claire, wi. zoom meeting tonite',
    'meth, 34, lubbock',
    'alcoholic here',
    'addict here, 30',
  ])('%j is the texter', (text) => {
    expect(read(text).audience).toBe('self');
  });

  it.each([
    ['my mom, 45, drinks', null],
    ['2, 3', null],
  ])('%j tells no age of the texter (teen %s)', (text, teen) => {
    expect(read(text).teen).toBe(teen);
  });

  it.each(['son 16 using, were in new braunfels tx, nar anon', 'son 17 drinking'])('%j is a parent', (text) => {
    expect(read(text).teen).toBe(false);
  });

  it('"son alcoholicos mis papas, tengo 15" is a teen', () => {
    expect(read('son alcoholicos mis papas, tengo 15', 'es').teen).toBe(true);
  });
});
