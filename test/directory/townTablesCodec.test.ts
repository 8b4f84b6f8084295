import { townsFromTables, type TownEntry } from '../../src/directory/placeIndex';
import { decodeTowns, encodeTowns } from '../../src/directory/townTablesCodec';

describe('the town tables as columns (encodeTowns, decodeTowns)', () => {
  it('gives back the tables placeIndex builds: every name, state and entry, in their order', () => {
    const towns = townsFromTables();
    const back = decodeTowns(structuredClone(encodeTowns(towns)));
    expect(back).toEqual(towns);
    expect([...back.keys()]).toEqual([...towns.keys()]);
    for (const [key, byState] of towns) expect([...back.get(key)!.keys()]).toEqual([...byState.keys()]);
  });

  it('keeps an entry under two names one entry, and what it leaves out left out', () => {
    const amarillo: TownEntry = {
      name: 'Amarillo',
      state: 'TX',
      lat: 35.2,
      lon: -101.8,
      country: 'US',
      postalCodes: 22,
    };
    const region: TownEntry = { ...amarillo, name: 'Texas Panhandle', postalCodes: 40, region: 'Texas Panhandle' };
    const county: TownEntry = {
      name: 'Hastings County',
      state: 'ON',
      lat: 44.6,
      lon: -77.6,
      country: 'CA',
      postalCodes: undefined,
    };
    const towns = new Map([
      ['amarillo', new Map([['TX', amarillo]])],
      ['ama', new Map([['TX', amarillo]])],
      [
        'panhandle',
        new Map([
          ['TX', region],
          ['OK', region],
        ]),
      ],
      ['hastings', new Map([['ON', county]])],
    ]);
    const back = decodeTowns(encodeTowns(towns));
    expect(back).toEqual(towns);
    expect(back.get('ama')!.get('TX')).toBe(back.get('amarillo')!.get('TX'));
    expect(back.get('panhandle')!.get('OK')).toBe(back.get('panhandle')!.get('TX'));
    expect('region' in back.get('amarillo')!.get('TX')!).toBe(false);
    expect(back.get('hastings')!.get('ON')!.postalCodes).toBeUndefined();
  });
});
