import * as zipcodes from 'zipcodes';
import { PostalCodeTable, postalCodes } from '../../src/directory/postalCodes';

describe('postalCodes', () => {
  it('holds every row of the zipcodes package, in its order, with missing coordinates as NaN', () => {
    const expected = Object.values(zipcodes.codes);
    const table = postalCodes();
    expect(table.size).toBe(expected.length);
    expected.forEach((row, i) => {
      const got = table.row(i);
      const orNull = (n: number) => (Number.isNaN(n) ? null : n);
      expect({ ...got, latitude: orNull(got.latitude), longitude: orNull(got.longitude) }).toEqual(row);
    });
  });

  it('is the same table when another thread rebuilds it from its data (toData, as the directory worker shares it)', () => {
    const table = postalCodes();
    // Through a structured clone, as a worker's message carries it.
    const copy = new PostalCodeTable(structuredClone(table.toData()));
    expect(copy.size).toBe(table.size);
    expect(copy.rows()).toEqual(table.rows());
    for (const code of ['79101', '10001', '00501', 'K8N', 'K8N1A1', 'M5V 2T6', 'T0A', '99999', 'ZZZ']) {
      expect(copy.lookup(code)).toEqual(table.lookup(code));
    }
  });

  it('names each US town once with its state (usTowns), as its rows do', () => {
    const table = postalCodes();
    const fromRows = new Set(table.rows().flatMap((r) => (r.country === 'US' ? [`${r.city}|${r.state}`] : [])));
    const towns = table.usTowns().map(([city, state]) => `${city}|${state}`);
    expect(towns.length).toBe(fromRows.size);
    expect(new Set(towns)).toEqual(fromRows);
  });

  it('looks codes up as zipcodes.lookup does: ZIPs whole, Canadian codes by their first three characters', () => {
    for (const code of ['79101', '10001', '00501', 'K8N', 'K8N1A1', 'M5V 2T6', 'T0A']) {
      expect(postalCodes().lookup(code)?.zip).toBe(zipcodes.lookup(code)?.zip);
    }
    expect(postalCodes().lookup('99999')).toBeUndefined();
    expect(postalCodes().lookup('ZZZ')).toBeUndefined();
  });
});
