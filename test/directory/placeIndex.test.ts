import fc from 'fast-check';
import { parseWhen } from '../../src/directory/parseWhen';
import { insideStateName, PlaceIndex, stateName, surelyKnownTown, unknownTowns } from '../../src/directory/placeIndex';
import { postalCodes } from '../../src/directory/postalCodes';
import { realDirectory } from './realFeeds';

const dir = realDirectory();
const found = (text: string) => {
  const r = dir.lookupPlace(text);
  if (r.kind !== 'found') throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.place;
};
/** Each text with how it was read, so a failure names the text. */
const kinds = (texts: string[]) => texts.map((text) => [text, dir.lookupPlace(text).kind]);
const all = (texts: string[], kind: string) => texts.map((text) => [text, kind]);

describe('lookupPlace', () => {
  it('reads a 5-digit ZIP and a ZIP+4', () => {
    expect(found('79101')).toMatchObject({ label: 'Amarillo, TX', country: 'US', lat: 35.2032, lon: -101.8421 });
    expect(found('79101-1234').label).toBe('Amarillo, TX');
    expect(found('my zip is 02108 thanks').label).toBe('Boston, MA');
  });

  it('reads "City, ST", "City ST" and a state spelled out', () => {
    expect(found('Amarillo, TX').label).toBe('Amarillo, TX');
    expect(found('amarillo tx').label).toBe('Amarillo, TX');
    expect(found('Springfield Illinois').label).toBe('Springfield, IL');
    expect(found('St. Louis, MO').label).toBe('Saint Louis, MO');
  });

  it('forgives small typos in town names', () => {
    expect(found('amarilo tx').label).toBe('Amarillo, TX');
    expect(found('Lubbok').label).toBe('Lubbock, TX');
    expect(found('springfeld, il').label).toBe('Springfield, IL');
  });

  it('holds town names to the one typo threshold: two edits from eight letters, none under five', () => {
    expect(found('Amarrilo').label).toBe('Amarillo, TX');
    expect(found('sprngfeld il').label).toBe('Springfield, IL');
    // A four-letter name is typed exactly, as any short word: "Home GA" is not Rome, GA.
    expect(found('Erie pa').label).toBe('Erie, PA');
    expect(dir.lookupPlace('Eire pa').kind).toBe('not_found');
    expect(dir.lookupPlace('home ga').kind).toBe('not_found');
  });

  it('finds the town inside a sentence', () => {
    expect(found("I'm in amarillo tx").label).toBe('Amarillo, TX');
    expect(found('near lubbock please').label).toBe('Lubbock, TX');
  });

  it('asks which state when a town alone is in several', () => {
    const r = dir.lookupPlace('Springfield');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') {
      expect(r.town).toBe('Springfield');
      expect(r.states).toEqual(expect.arrayContaining(['IL', 'MA', 'MO', 'OR']));
    }
  });

  it('reads a Canadian postal code by its first three characters', () => {
    expect(found('K8N 1A1')).toMatchObject({ country: 'CA', label: 'Belleville, ON' });
    expect(found('k8n1a1').country).toBe('CA');
  });

  it('places a rural postal code whose table row has no coordinates at the town it names (K0K: Picton, ON)', () => {
    expect(found('K0K 2T0')).toMatchObject({ label: 'Picton, ON', country: 'CA' });
    expect(found('K0K 2T0')).toEqual(found('Picton, ON'));
    expect(found('E2E 1A1')).toMatchObject({ label: 'Quispamsis, NB', country: 'CA' });
    // No row with a broken point ever becomes a place at latitude null.
    for (const code of ['V0N', 'K0H', 'H0H 0H0']) {
      const r = dir.lookupPlace(code);
      if (r.kind === 'found') expect(Number.isFinite(r.place.lat) && Number.isFinite(r.place.lon)).toBe(true);
    }
  });

  it('takes a town without its state only when the words are just the town, perhaps with where-words', () => {
    for (const t of ['the moon', 'on mars', 'mars lol', 'the big one', 'I am over the moon'])
      expect(dir.lookupPlace(t)).toEqual({ kind: 'not_found' });
    expect(found('amarillo').label).toBe('Amarillo, TX');
    expect(found('I live in amarillo').label).toBe('Amarillo, TX');
    expect(found('vivo en Amarillo').label).toBe('Amarillo, TX');
    expect(found('Mars, PA').label).toBe('Mars, PA');
  });

  it('knows towns the feeds name that the postal tables do not, such as Picton, ON', () => {
    expect(found('picton')).toMatchObject({ label: 'Picton, ON', country: 'CA' });
  });

  it('finds nothing in words that are no place, and in a ZIP that does not exist', () => {
    for (const t of ['hello', 'me', 'in', 'yes', '', '00000', '12', 'x'.repeat(2000)])
      expect(dir.lookupPlace(t)).toEqual({ kind: 'not_found' });
  });
});

describe('reading any text', () => {
  it('never throws and always answers found, ambiguous or not_found', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const r = dir.lookupPlace(text);
        parseWhen(text);
        return ['found', 'ambiguous', 'not_found'].includes(r.kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseWhen', () => {
  it('reads tonight, today and tomorrow in English and Spanish', () => {
    expect(parseWhen('tonight')).toEqual({ dayOffsets: [0], fromMinute: 1020, toMinute: 1439 });
    expect(parseWhen('esta noche')).toEqual({ dayOffsets: [0], fromMinute: 1020, toMinute: 1439 });
    expect(parseWhen('today')).toEqual({ dayOffsets: [0] });
    expect(parseWhen('hoy')).toEqual({ dayOffsets: [0] });
    expect(parseWhen('tomorrow')).toEqual({ dayOffsets: [1] });
    expect(parseWhen('mañana')).toEqual({ dayOffsets: [1] });
  });

  it('reads weekday names and parts of the day', () => {
    expect(parseWhen('Saturday morning')).toEqual({ weekdays: [6], fromMinute: 300, toMinute: 719 });
    expect(parseWhen('sabado')).toEqual({ weekdays: [6] });
    expect(parseWhen('mon or wed evening')).toEqual({ weekdays: [1, 3], fromMinute: 1020, toMinute: 1439 });
    expect(parseWhen('afternoon')).toEqual({ fromMinute: 720, toMinute: 1019 });
    expect(parseWhen('por la mañana')).toEqual({ fromMinute: 300, toMinute: 719 });
    expect(parseWhen('mañana por la mañana')).toEqual({ dayOffsets: [1], fromMinute: 300, toMinute: 719 });
  });

  it('says nothing for text without time words, such as a place answer', () => {
    expect(parseWhen('79101')).toBeUndefined();
    expect(parseWhen('yes please')).toBeUndefined();
    expect(parseWhen('I am in Amarillo')).toBeUndefined();
    expect(parseWhen('Sun City, AZ')).toBeUndefined();
    expect(parseWhen('Sun Prairie WI')).toBeUndefined();
  });

  it('reads short weekday forms at the end or before time words', () => {
    expect(parseWhen('sun')).toEqual({ weekdays: [0] });
    expect(parseWhen('sat morning')).toEqual({ weekdays: [6], fromMinute: 300, toMinute: 719 });
  });
});

describe('towns the feeds add', () => {
  it('adds only towns the postal tables do not know, found by name, in a new state, and with typos', () => {
    const extra = [
      { name: 'Amarillo', state: 'TX', lat: 35.2, lon: -101.8, country: 'US' as const },
      { name: 'Zzyzx Springs', state: 'CA', lat: 35.14, lon: -116.1, country: 'US' as const },
      { name: 'Amarillo', state: 'NM', lat: 35.0, lon: -104.0, country: 'US' as const },
    ];
    expect(unknownTowns(extra).map((t) => `${t.name}, ${t.state}`)).toEqual(['Zzyzx Springs, CA', 'Amarillo, NM']);
    const places = new PlaceIndex(unknownTowns(extra));
    expect(places.lookupPlace('zzyzx springs')).toMatchObject({ kind: 'found', place: { label: 'Zzyzx Springs, CA' } });
    expect(places.lookupPlace('zzyzx sprngs ca')).toMatchObject({
      kind: 'found',
      place: { label: 'Zzyzx Springs, CA' },
    });
    expect(places.lookupPlace('Amarillo NM')).toMatchObject({ kind: 'found', place: { label: 'Amarillo, NM' } });
    // The shared postal tables are not changed by an index that added towns.
    expect(new PlaceIndex().lookupPlace('zzyzx springs').kind).toBe('not_found');
  });

  it("reads a typo among added towns in the tables' order, whatever order the feed listed them in", () => {
    const town = (name: string, state: string) => ({ name, state, lat: 35, lon: -104, country: 'US' as const });
    // "amarill" is one letter from both; the zipcodes name comes first in the tables, in NM as in TX.
    for (const extra of [
      [town('Amarilla', 'NM'), town('Amarillo', 'NM')],
      [town('Amarillo', 'NM'), town('Amarilla', 'NM')],
    ]) {
      const places = new PlaceIndex(unknownTowns(extra));
      expect(places.lookupPlace('amarill nm')).toMatchObject({ kind: 'found', place: { label: 'Amarillo, NM' } });
      expect(places.lookupPlace('amarilla nm')).toMatchObject({ kind: 'found', place: { label: 'Amarilla, NM' } });
      expect(places.lookupPlace('amarill tx')).toMatchObject({ kind: 'found', place: { label: 'Amarillo, TX' } });
      expect(places.town('Amarillo')).toBeUndefined(); // now in two states
    }
  });

  it('leaves out a town before the tables are built only when unknownTowns would leave it out too', () => {
    expect(surelyKnownTown('AMARILLO', 'TX')).toBe(true);
    expect(surelyKnownTown('Amarillo', 'NM')).toBe(false);
    expect(surelyKnownTown('Zzyzx Springs', 'CA')).toBe(false);
    expect(surelyKnownTown('Picton', 'ON')).toBe(false);
    const table = postalCodes();
    const town = (name: string, state: string) => ({ name, state, lat: 40, lon: -90, country: 'US' as const });
    const cities = fc.integer({ min: 0, max: table.size - 1 }).map((i) => table.row(i));
    const spelling = fc.constantFrom(
      (s: string) => s,
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      (s: string) => `${s}.`,
      (s: string) => s.replace(/ /g, '-'),
      (s: string) => `St. ${s}`,
    );
    const states = fc.constantFrom('TX', 'NY', 'ON', 'CA', 'PR');
    fc.assert(
      fc.property(cities, spelling, fc.option(states), (c, spell, otherState) => {
        const t = town(spell(c.city), otherState ?? c.state);
        if (surelyKnownTown(t.name, t.state)) expect(unknownTowns([t])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('an index for imports answers as any other, its town tables built at its first town look-up', () => {
    const eager = new PlaceIndex();
    const forImport = PlaceIndex.forImport();
    expect(forImport.postalCode('79101')).toEqual(eager.postalCode('79101'));
    expect(forImport.postalCode('K0K 2T0')).toEqual(eager.postalCode('K0K 2T0'));
    expect(forImport.canadianProvinceNear(44.0, -77.1)).toBe('ON');
    expect(forImport.town('Amarillo', 'TX')).toEqual(eager.town('Amarillo', 'TX'));
    for (const text of ['amarilo tx', 'picton', 'zzyzx springs', 'springfield']) {
      expect(PlaceIndex.forImport().lookupPlace(text)).toEqual(eager.lookupPlace(text));
    }
  });
});

describe('a town alone that is in several states', () => {
  it('is the city far larger than the rest, said back with its state', () => {
    expect(found('Houston')).toMatchObject({ label: 'Houston, TX' });
    expect(found('im in dallas')).toMatchObject({ label: 'Dallas, TX' });
    expect(found('Atlanta')).toMatchObject({ label: 'Atlanta, GA' });
  });

  it('stays a question when the towns are of comparable size', () => {
    const towns = ['Portland', 'Columbus', 'Rochester', 'Albany', 'Pasadena'];
    expect(kinds(towns)).toEqual(all(towns, 'ambiguous'));
  });

  it('is the city far larger than the next, however many small towns share its name', () => {
    expect(found('Cleveland')).toMatchObject({ label: 'Cleveland, OH' });
    expect(found('buffalo')).toMatchObject({ label: 'Buffalo, NY' });
  });

  it('names the states with meetings first, then the largest, when it asks', () => {
    // The directory has meetings near Springfield, MA only.
    const r = dir.lookupPlace('Springfield');
    expect(r.kind === 'ambiguous' && r.states.slice(0, 3)).toEqual(['MA', 'IL', 'MO']);
  });

  it('keeps a smaller town named with its state', () => {
    expect(found('Houston, MO')).toMatchObject({ label: 'Houston, MO' });
    expect(found('houston mississippi')).toMatchObject({ label: 'Houston, MS' });
  });
});

describe('a town named again to correct or look elsewhere', () => {
  it('is read with the words people put around a correction', () => {
    expect(found('actually houston')).toMatchObject({ label: 'Houston, TX' });
    expect(found('what about lubbock?')).toMatchObject({ label: 'Lubbock, TX' });
    expect(found('no sorry i meant amarillo')).toMatchObject({ label: 'Amarillo, TX' });
    expect(found('y que tal en lubbock')).toMatchObject({ label: 'Lubbock, TX' });
  });

  it('still takes no common word for a town', () => {
    const texts = ['what about the moon', 'how about tonight', 'and online?', 'actually women'];
    expect(kinds(texts)).toEqual(all(texts, 'not_found'));
  });
});

describe('Canadian cities whose postal areas are named by part of the city', () => {
  it('finds Toronto, which has no area of its own name', () => {
    expect(found('Toronto')).toMatchObject({ label: 'Toronto, ON', country: 'CA' });
    expect(found('toronto, ontario')).toMatchObject({ label: 'Toronto, ON' });
    expect(found('downtown toronto')).toMatchObject({ label: 'Toronto, ON' });
    expect(found('M5V 2T6')).toMatchObject({ label: 'Toronto, ON' });
  });

  it('keeps the boroughs that are places of their own', () => {
    expect(found('North York')).toMatchObject({ label: 'North York, ON' });
    expect(found('Scarborough, ON')).toMatchObject({ label: 'Scarborough, ON' });
  });
});

describe('what people call a city', () => {
  it('is the city, said back by its name', () => {
    expect(found('im in nyc')).toMatchObject({ label: 'New York, NY' });
    expect(found('philly')).toMatchObject({ label: 'Philadelphia, PA' });
    expect(found('Vegas')).toMatchObject({ label: 'Las Vegas, NV' });
    expect(found('the bronx')).toMatchObject({ label: 'Bronx, NY' });
    expect(found('salt lake')).toMatchObject({ label: 'Salt Lake City, UT' });
    expect(found('ATL')).toMatchObject({ label: 'Atlanta, GA' });
  });

  it('reads a typo as the larger of two places as near to it', () => {
    // "pheonix" is a swap from Phoenix and a letter more than Phenix, VA; "lousville" as near Loysville, PA.
    expect(found('pheonix').label).toBe('Phoenix, AZ');
    expect(found('lousville').label).toBe('Louisville, KY');
    expect(found('i live in pheonix az').label).toBe('Phoenix, AZ');
  });

  it('knows Manhattan and Long Island, which the postal table names by their towns, and D.C. with its dots', () => {
    expect(found('manhattan').label).toBe('Manhattan, NY');
    expect(found('manhattan ks').label).toBe('Manhattan, KS');
    expect(found('we live on long island').label).toBe('Long Island, NY');
    expect(found('washington, d.c.').label).toBe('Washington, DC');
    expect(found('st pete').label).toBe('Saint Petersburg, FL');
    expect(found('phx').label).toBe('Phoenix, AZ');
  });

  it('reads a part of a state as no town, unless written as a town and its state', () => {
    expect(dir.lookupPlace('west texas').kind).toBe('not_found');
    expect(dir.lookupPlace('upstate ny').kind).toBe('not_found');
    expect(found('West, TX').label).toBe('West, TX');
    expect(found('west lafayette, in').label).toBe('West Lafayette, IN');
  });

  it('says a Mc name back as its people write it', () => {
    expect(found('mckinney tx').label).toBe('McKinney, TX');
    expect(found('83638').label).toBe('McCall, ID');
  });

  it('finds Queens, whose ZIP codes are named by neighbourhood', () => {
    expect(found('Queens')).toMatchObject({ label: 'Queens, NY' });
    expect(found('queens ny')).toMatchObject({ label: 'Queens, NY' });
  });

  it('takes no two-letter word for a city', () => {
    expect(dir.lookupPlace('en la tarde').kind).toBe('not_found');
  });
});

describe('a state named alone', () => {
  it('is no town of that name: too wide to search, so the place is asked again', () => {
    const texts = ['kansas', 'i live in kansas', 'Indiana', 'nevada', 'new mexico'];
    expect(kinds(texts)).toEqual(all(texts, 'not_found'));
  });

  it('is the city where a city of that name dwarfs the rest, and a town with its state is found', () => {
    expect(found('new york')).toMatchObject({ label: 'New York, NY' });
    expect(found('Nevada, MO')).toMatchObject({ label: 'Nevada, MO' });
  });

  it('places a rural texter by the town they name', () => {
    expect(found('south of amarillo')).toMatchObject({ label: 'Amarillo, TX' });
    expect(found('about 20 miles from amarillo')).toMatchObject({ label: 'Amarillo, TX' });
    expect(found('just outside lubbock')).toMatchObject({ label: 'Lubbock, TX' });
  });
});

describe('places as people write them (places probe of 2026-12-04)', () => {
  it('reads old state abbreviations, dotted codes and a misspelt long state name', () => {
    for (const text of ['worcester mass', 'worcester mass.', 'worcester massachusets']) {
      expect(found(text)).toMatchObject({ label: 'Worcester, MA' });
    }
    expect(found('springfield, mass')).toMatchObject({ label: 'Springfield, MA' });
    expect(found('Belleville, Ont.')).toMatchObject({ label: 'Belleville, ON' });
    expect(found('trenton ont')).toMatchObject({ label: 'Trenton, ON' });
    expect(found('geneva n.y.')).toMatchObject({ label: 'Geneva, NY' });
  });

  it("reads a town's own name as the town where it is a typo's distance from a state's (the 25th session)", () => {
    expect(found('missoula')).toMatchObject({ label: 'Missoula, MT' });
    expect(found('im in missoula')).toMatchObject({ label: 'Missoula, MT' });
    expect(found('coronado')).toMatchObject({ label: 'Coronado, CA' });
    expect(found('hennessey')).toMatchObject({ label: 'Hennessey, OK' });
    // Still states: a misspelt state with no town of that spelling, and a state spelled out.
    expect(kinds(['misouri', 'massachusets', 'kansas'])).toEqual(
      all(['misouri', 'massachusets', 'kansas'], 'not_found'),
    );
  });

  it('reads a state misspelt or shortened the old way after a town of it named exactly (the 25th session, M7)', () => {
    const read: Array<[string, string]> = [
      ['missoula montanna', 'Missoula, MT'],
      ['bangor main', 'Bangor, ME'],
      ['topeka kansa', 'Topeka, KS'],
      ['montpelier vermon', 'Montpelier, VT'],
      ['pocatello idaoh', 'Pocatello, ID'],
      ['fairbanks alsaka', 'Fairbanks, AK'],
      ['medford oregan', 'Medford, OR'],
      ['eugene ore', 'Eugene, OR'],
      ['eugene oreg.', 'Eugene, OR'],
      ['morgantown wva', 'Morgantown, WV'],
      ['huntington w va', 'Huntington, WV'],
      ['parkersburg w.va.', 'Parkersburg, WV'],
      ['beckley west va', 'Beckley, WV'],
      ['hattiesburg miss', 'Hattiesburg, MS'],
      ['bismarck n dak', 'Bismarck, ND'],
      ['rapid city s. dak.', 'Rapid City, SD'],
      ['lubbock texs', 'Lubbock, TX'],
      ['des moines iwoa', 'Des Moines, IA'],
      ['provo utha', 'Provo, UT'],
      ['peoria ill', 'Peoria, IL'],
      ['spokane wash', 'Spokane, WA'],
      ['muncie ind.', 'Muncie, IN'],
      ['casper wyo', 'Casper, WY'],
      ['reno nevda', 'Reno, NV'],
      ['tupelo miss, tonight', 'Tupelo, MS'],
      ['im in bangor main', 'Bangor, ME'],
    ];
    expect(read.map(([text]) => [text, found(text).label])).toEqual(read);
  });

  it('reads a word that is a state only after a town of it as no state alone or after another word', () => {
    const texts = ['main', 'miss', 'ore', 'wash', 'ill', 'i miss', 'iron ore', 'car wash', 'im ill', 'idaoh'];
    expect(kinds(texts)).toEqual(all(texts, 'not_found'));
    // Not the state's everyday word with more said after it: "houston miss you" is no Houston, MS.
    expect(dir.lookupPlace('houston miss you').kind).not.toBe('found');
    // A town misspelt before a misspelt state is a guess on a guess.
    expect(dir.lookupPlace('tupleo miss').kind).toBe('not_found');
  });

  it('reads a merged Ontario city as itself, never as a near spelling of a far town', () => {
    expect(found('quinte west')).toMatchObject({ label: 'Quinte West, ON' });
  });

  it('reads no everyday word or phrase as a small town through a typo', () => {
    const texts = ['closer to downtown', 'downtown', 'in prson', 'something nearer'];
    expect(kinds(texts)).toEqual(all(texts, 'not_found'));
  });

  it('asks about a town whose largest namesake has no meetings near it, those with meetings first', () => {
    const r = dir.lookupPlace('trenton');
    expect(r.kind === 'ambiguous' && r.states.slice(0, 2)).toEqual(['ON', 'NJ']);
    const county = dir.lookupPlace('prince edward county');
    expect(county.kind === 'ambiguous' && county.states[0]).toBe('ON');
  });

  it('still takes a city that dwarfs its namesakes, meetings near or not', () => {
    expect(found('houston')).toMatchObject({ label: 'Houston, TX' });
    expect(found('pheonix')).toMatchObject({ label: 'Phoenix, AZ' });
  });

  it('takes the namesake near the place the conversation is at', () => {
    const amarillo = found('79101');
    expect(dir.lookupPlace('canyon', amarillo)).toMatchObject({ kind: 'found', place: { label: 'Canyon, TX' } });
    expect(dir.lookupPlace('canyon').kind).toBe('ambiguous');
  });

  it('reads a side or a part of a town as the town', () => {
    const south = dir.lookupPlace('south boston');
    expect(south.kind === 'ambiguous' && south.states[0]).toBe('MA');
    expect(found('south boston, ma')).toMatchObject({ label: 'Boston, MA' });
    expect(found('dorchester boston')).toMatchObject({ label: 'Boston, MA' });
    expect(found('san jacinto amarillo')).toMatchObject({ label: 'Amarillo, TX' });
    expect(dir.lookupPlace('the moon').kind).toBe('not_found');
  });
});

describe('states whose names start with a side of them', () => {
  it('finds no town inside a state spelled out ("carolina" of "north carolina")', () => {
    expect(insideStateName(['north', 'carolina'], 1, 1)).toBe(true);
    expect(insideStateName(['in', 'west', 'virginia'], 2, 1)).toBe(true);
    expect(insideStateName(['carolina', 'del', 'norte'], 0, 1)).toBe(true);
    expect(insideStateName(['virginia', 'beach'], 0, 2)).toBe(false);
    expect(insideStateName(['new', 'york'], 0, 2)).toBe(false);
    expect(insideStateName(['south', 'bend'], 0, 2)).toBe(false);
  });

  it('names a state in Spanish where its Spanish name differs', () => {
    expect(stateName('NM', 'es')).toBe('Nuevo Mexico');
    expect(stateName('NC', 'es')).toBe('Carolina del Norte');
    expect(stateName('DC', 'es')).toBe('Distrito de Columbia');
    expect(stateName('TX', 'es')).toBe('Texas');
    expect(stateName('NM')).toBe('New Mexico');
    expect(stateName('DC')).toBe('District of Columbia');
  });
});
