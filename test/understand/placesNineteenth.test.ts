import { PlaceIndex, normalizeTownName } from '../../src/directory/placeIndex';
import { comparedName, spelledOutNames } from '../../src/directory/placeAbbreviations';
import { REGIONS } from '../../src/directory/placeRegions';
import { TOWNS_BY_ZIP, townsPlacedByZip } from '../../src/directory/placeTownsByZip';
import { neighboursOf, neighbouringState, ownStateNotTheCity } from '../../src/directory/stateNeighbours';
import { postalCodes } from '../../src/directory/postalCodes';
import { findPlace } from '../../src/understand/places';
import { stateSaidIn } from '../../src/understand/stateSaid';
import { zipFromTypo } from '../../src/directory/zipTypos';
import { plainLower, wordsOfPlain } from '../../src/text/textWords';

// The nineteenth session's probe: regions and nicknames, short forms in towns' names,
// towns the postal table names by a neighbour, and a town of several states near the texter's own.
const index = new PlaceIndex();
const label = (text: string) => {
  const found = index.lookupPlace(text);
  return found.kind === 'found' ? found.place.label : found.kind === 'ambiguous' ? `${found.town}?` : 'none';
};
const point = (text: string) => {
  const found = index.lookupPlace(text);
  if (found.kind !== 'found') throw new Error(`${text}: ${found.kind}`);
  return found.place;
};
/** What the understanding reads as the place of a text (no lexicon words, as a text that is only a place). */
const understood = (text: string) => {
  const said = wordsOfPlain(plainLower(text));
  const place = findPlace(text, said, index, () => false, true);
  return place ? `${place.town}${place.state ? `, ${place.state}` : ''}` : 'none';
};

describe('short forms in a town name (item 2)', () => {
  it('spells out a leading direction and the USPS words, only where the name has them', () => {
    expect(spelledOutNames('n andover')).toEqual(['north andover']);
    expect(spelledOutNames('so hadley')).toEqual(['south hadley']);
    expect(spelledOutNames('pt pleasant')).toEqual(['port pleasant', 'point pleasant']);
    expect(spelledOutNames('harker hts')).toEqual(['harker heights']);
    expect(spelledOutNames('andover')).toEqual([]);
    // "no" is a correction as often as North; a lone letter is no name.
    expect(spelledOutNames('no springfield')).toEqual([]);
    expect(spelledOutNames('n')).toEqual([]);
  });

  it('compares a short form and the name spelled out as one', () => {
    expect(comparedName('n andover')).toBe(comparedName('north andover'));
    expect(comparedName('colorado spgs')).toBe(comparedName('colorado springs'));
    expect(comparedName('pt arthur')).toBe(comparedName('port arthur'));
  });

  it('finds the town of the direction or word the short form stands for', () => {
    expect(label('n andover')).toBe('North Andover, MA');
    expect(label('s hadley')).toBe('South Hadley, MA');
    expect(label('e longmeadow')).toBe('East Longmeadow, MA');
    expect(label('No. Andover')).toBe('North Andover, MA');
    expect(label('so hadley')).toBe('South Hadley, MA');
    expect(label('ft worth')).toBe('Fort Worth, TX');
    expect(label('harker hts')).toBe('Harker Heights, TX');
    expect(label('wichita fls')).toBe('Wichita Falls, TX');
    expect(label('pt arthur')).toBe('Port Arthur, TX');
    expect(label('pt pleasant wv')).toBe('Point Pleasant, WV');
    expect(label('n andover ma')).toBe('North Andover, MA');
  });

  it('spells out a short form that starts a name too, but never a word of its own', () => {
    expect(label('lk charles')).toBe('Lake Charles, LA');
    expect(label('mtn home ar')).toBe('Mountain Home, AR');
    expect(label('jct city ks')).toBe('Junction City, KS');
    expect(spelledOutNames('is lubbock')).toEqual([]);
  });

  it('reads a town whose name has a word one typo from a listed word as the town ("hills" is no "pills")', () => {
    expect(understood('n richland hills')).toBe('North Richland Hills, TX');
    expect(understood('north richland hills')).toBe('North Richland Hills, TX');
    expect(understood('harker hts')).toBe('Harker Heights, TX');
  });

  it('folds the postal table names written short into the town spelled out', () => {
    expect(label('colorado spgs')).toBe('Colorado Springs, CO');
    expect(label('north little rock')).toBe('North Little Rock, AR');
    expect(label('rehoboth bch')).toBe('Rehoboth Beach, DE');
  });

  it('reads "No." with its stop as North in a sentence, and "no" alone as no', () => {
    expect(understood('No. Andover')).toBe('North Andover, MA');
    expect(understood('so. hadley ma')).toBe('South Hadley, MA');
    expect(understood('no. i meant lubbock')).toBe('Lubbock, TX');
  });
});

describe('regions and nicknames (item 1)', () => {
  it('has every region centre in the postal table, in its state', () => {
    for (const region of REGIONS) {
      const found = index.lookupPlace(`${region.centre}, ${region.state}`);
      expect(found.kind === 'found' && found.place.label.endsWith(`, ${region.state}`)).toBe(true);
    }
  });

  it('searches a region from its centre, said with the region, and finds the place said back again', () => {
    expect(label('texas panhandle')).toBe('Amarillo (Texas Panhandle), TX');
    expect(label('oklahoma panhandle')).toBe('Guymon (Oklahoma Panhandle), OK');
    expect(label('cape cod')).toBe('Hyannis (Cape Cod), MA');
    expect(label('the berkshires')).toBe('Pittsfield (Berkshires), MA');
    expect(label('im on cape cod')).toBe('Hyannis (Cape Cod), MA');
    expect(label('Amarillo (Texas Panhandle), TX')).toBe('Amarillo (Texas Panhandle), TX');
    expect(point('cape cod')).toEqual(
      expect.objectContaining({ lat: point('hyannis ma').lat, lon: point('hyannis ma').lon }),
    );
  });

  it('asks which state of a region several states name, and takes the answer', () => {
    expect(label('the panhandle')).toBe('The Panhandle?');
    expect(label('north shore')).toBe('North Shore?');
    expect(label('The Panhandle, tx')).toBe('Amarillo (Texas Panhandle), TX');
    expect(label('north shore ma')).toBe('Salem (North Shore), MA');
  });

  it('asks which town for a side of a whole state, never the hamlet named so elsewhere', () => {
    expect(label('east texas')).toBe('none');
    expect(label('west texas')).toBe('none');
    expect(label('im in northern california')).toBe('none');
    expect(label('east texas pa')).toBe('East Texas, PA');
    // A named region that starts with a side is still the region.
    expect(label('north idaho')).toMatch(/\(Idaho Panhandle\), ID$/);
  });

  it('reads a side of a state however far out as the state, to ask which town in it', () => {
    expect(label('far west texas')).toBe('none');
    expect(label('deep east texas')).toBe('none');
    expect(stateSaidIn(['far', 'west', 'texas'])).toBe('TX');
    expect(stateSaidIn(['west', 'virginia'])).toBe('WV');
    expect(stateSaidIn(['southern', 'west', 'virginia'])).toBe('WV');
    expect(stateSaidIn(['west', 'lubbock'])).toBeUndefined();
  });

  it('takes what people call a city as the city', () => {
    expect(label('lbk')).toBe('Lubbock, TX');
    expect(label('the big apple')).toBe('New York, NY');
    expect(label('nyc')).toBe('New York, NY');
    expect(label('philly')).toBe('Philadelphia, PA');
  });

  it('places New York, NY in Manhattan, not pulled out to sea by a ZIP with its sign slipped', () => {
    expect(point('nyc').lon).toBeLessThan(-73.9);
  });

  it('reads a town named after a region as the place, in the region state', () => {
    expect(understood('im in the panhandle, nearest town is stinnett')).toBe('Stinnett');
    expect(understood('we live in the berkshires near lee')).toBe('Lee, MA');
    expect(understood('im in the panhandle')).toBe('The Panhandle');
    expect(understood('im on the outer banks')).toBe('Nags Head (Outer Banks), NC');
  });
});

describe('towns the postal table names by a neighbour (item 7)', () => {
  it('has each ZIP in the postal table, in the town state', () => {
    const table = postalCodes();
    for (const [, state, zips] of TOWNS_BY_ZIP) for (const zip of zips) expect(table.lookup(zip)?.state).toBe(state);
    expect(townsPlacedByZip()).toHaveLength(TOWNS_BY_ZIP.length);
  });

  it('finds them, at their ZIP codes, not a far town a letter off', () => {
    expect(label('socorro tx')).toBe('Socorro, TX');
    expect(label('midwest city ok')).toBe('Midwest City, OK');
    expect(label('benbrook tx')).toBe('Benbrook, TX');
    expect(label('the woodlands')).toBe('The Woodlands, TX');
    const socorro = point('socorro tx');
    const zip = postalCodes().lookup('79927');
    expect(socorro.lat).toBeCloseTo(zip?.latitude ?? 0, 4);
    // Only names the tables lacked: each normalizes to a key of its own state.
    for (const [name] of TOWNS_BY_ZIP) expect(normalizeTownName(name)).not.toBe('');
  });
});

describe('a town of several states near the texter (item 4)', () => {
  it('has borders both ways', () => {
    for (const state of ['TX', 'NM', 'MA', 'NY', 'WA', 'OR', 'DC', 'VA'])
      for (const next of neighboursOf(state)) expect(neighboursOf(next).has(state)).toBe(true);
  });

  it('picks the one state next door, and none when two or none are', () => {
    expect(neighbouringState(['NM', 'IN'], 'TX')).toBe('NM');
    expect(neighbouringState(['NM', 'OK'], 'TX')).toBeUndefined();
    expect(neighbouringState(['IN', 'OH'], 'TX')).toBeUndefined();
    expect(neighbouringState(['NM'], undefined)).toBeUndefined();
  });

  it('reads a state name from that state as the state, not the city in another', () => {
    const dc = index.lookupPlace('washington');
    expect(ownStateNotTheCity('washington', dc, 'WA')).toBe(true);
    expect(ownStateNotTheCity('im in washington', dc, 'WA')).toBe(true);
    expect(ownStateNotTheCity('washington', dc, 'TX')).toBe(false);
    expect(ownStateNotTheCity('washington dc', index.lookupPlace('washington dc'), 'WA')).toBe(false);
    expect(ownStateNotTheCity('new york', index.lookupPlace('new york'), 'NY')).toBe(false);
  });
});

describe('ZIP codes a keypad slipped on (item 6)', () => {
  it('reads a whole text of five digits spaced apart, or with O for zero, as the ZIP', () => {
    expect(zipFromTypo('79 101')).toBe('79101');
    expect(zipFromTypo('7-9-1-0-1')).toBe('79101');
    expect(zipFromTypo('791O1')).toBe('79101');
    expect(label('79 101')).toBe('Amarillo, TX');
    expect(understood('791O1')).toBe('Amarillo, TX');
  });

  it('leaves times, phone numbers and words alone', () => {
    expect(zipFromTypo('10 30')).toBeUndefined();
    expect(zipFromTypo('806 555 1234')).toBeUndefined();
    expect(zipFromTypo('OOlIO')).toBeUndefined();
    expect(zipFromTypo('4000 sw 58th')).toBeUndefined();
  });
});
