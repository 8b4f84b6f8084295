import { PlaceIndex } from '../../src/directory/placeIndex';
import { withoutNewToAPlace } from '../../src/understand/newToAPlace';
import { townAfterLeadIn } from '../../src/understand/places';

// The eighteenth session's probe (/tmp/findings/places.md, sections 3, 4, 7, 8).
const index = new PlaceIndex();
const label = (text: string) => {
  const found = index.lookupPlace(text);
  return found.kind === 'found' ? found.place.label : found.kind === 'ambiguous' ? `${found.town}?` : 'none';
};

describe('a real town said as written (3)', () => {
  it('knows the suburb towns of upstate NY that have no post office of their own name', () => {
    expect(label('greece ny')).toBe('Greece, NY');
    expect(label('brighton ny')).toBe('Brighton, NY');
    expect(label('chili ny')).toBe('Chili, NY');
  });

  it('keeps a near spelling of a city in its state', () => {
    expect(label('pittsburg pa')).toBe('Pittsburgh, PA');
    expect(label('lubock tx')).toBe('Lubbock, TX');
  });

  it('reads a word alone, or with its state, as the town of that name, not a typo of a listed word', () => {
    expect(townAfterLeadIn(['corning'], 0, index)).toBe(true);
    expect(townAfterLeadIn(['chili', 'ny'], 0, index)).toBe(true);
    expect(townAfterLeadIn(['corning', 'tonight', 'please'], 0, index)).toBe(false);
    expect(townAfterLeadIn(['moring'], 0, index)).toBe(false);
  });
});

describe('new to a town (4)', () => {
  const hit = (start: number, end: number) => ({ entry: { slot: 'wants', value: 'newcomer' }, start, end });

  it('drops the newcomer wish said of a place', () => {
    expect(withoutNewToAPlace(['im', 'new', 'to', 'lubbock'], [hit(0, 2)], 'Lubbock')).toEqual([]);
    expect(withoutNewToAPlace(['im', 'new', 'in', 'town'], [hit(0, 2)], null)).toEqual([]);
    expect(withoutNewToAPlace(['im', 'new', 'to', 'the', 'area'], [hit(0, 2)], null)).toEqual([]);
  });

  it('keeps it when the texter is new to recovery', () => {
    expect(withoutNewToAPlace(['im', 'new'], [hit(0, 2)], null)).toHaveLength(1);
    expect(withoutNewToAPlace(['im', 'new', 'to', 'aa'], [hit(0, 2)], null)).toHaveLength(1);
    expect(withoutNewToAPlace(['im', 'new', 'in', 'lubbock'], [hit(0, 2)], 'Amarillo')).toHaveLength(1);
  });
});

describe('home and casa (7)', () => {
  it('are no towns alone, but are with their state or in a longer name', () => {
    expect(label('im at home')).toBe('none');
    expect(label('estoy en casa')).toBe('none');
    expect(label('home ks')).toBe('Home, KS');
    expect(label('casa grande az')).toBe('Casa Grande, AZ');
  });
});

describe('a town with words around it (8)', () => {
  it('finds a town that starts the text, then where in it', () => {
    expect(label('amarillo by the airport')).toBe('Amarillo, TX');
    expect(label('lubbock downtown near the depot district')).toBe('Lubbock, TX');
    expect(label('the moon')).toBe('none');
  });

  it('finds the town that ends a street address', () => {
    expect(label('1511 avenue m lubbock')).toBe('Lubbock, TX');
  });

  it('reads "co" after a county as the county, unless written as Colorado or after a Colorado city', () => {
    expect(label('potter co')).toBe('Potter County?');
    expect(label('lubbock co.')).toBe('Lubbock County, TX');
    expect(label('Howard, CO')).toBe('Howard, CO');
    expect(label('denver co')).toBe('Denver, CO');
  });
});
