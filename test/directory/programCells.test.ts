import fc from 'fast-check';
import { buildProgramCells, ProgramCells } from '../../src/directory/programCells';

/**
 * The cells only ever rule a box out: whenever a wanted program has a point inside a box, anyIn
 * says so. (It may say so when none is inside: the box only touches a cell that holds one.)
 */
const point = fc.record({
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  program: fc.integer({ min: 0, max: 5 }),
});

function cellsOf(points: Array<{ lon: number; lat: number; program: number }>): ProgramCells {
  const coords = new Float64Array(points.flatMap((p) => [p.lon, p.lat]));
  // Two Int32s per point, the program second, as the kd-tree items keep it beside the row.
  const items = new Int32Array(points.flatMap((p, i) => [i, p.program]));
  return new ProgramCells(buildProgramCells(coords, items, 2, 1));
}

describe('ProgramCells', () => {
  it('never rules out a box that holds a point of a wanted program', () => {
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 60 }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
        (points, lon, lat, w, h, programs) => {
          const wanted = new Uint8Array(6);
          for (const p of programs) wanted[p] = 1;
          const [minX, maxX, minY, maxY] = [lon - w, lon + w, lat - h, lat + h];
          const inside = points.some(
            (p) => wanted[p.program] && p.lon >= minX && p.lon <= maxX && p.lat >= minY && p.lat <= maxY,
          );
          if (inside) expect(cellsOf(points).anyIn(wanted, minX, minY, maxX, maxY)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rules out a box far from every point of the wanted programs, even with others inside', () => {
    // AA meets in Amarillo, Al-Anon only in Boston: a search for Al-Anon near Amarillo walks nothing.
    const cells = cellsOf([
      { lon: -101.84, lat: 35.2, program: 0 },
      { lon: -71.06, lat: 42.36, program: 1 },
    ]);
    const alAnon = Uint8Array.from([0, 1]);
    const aa = Uint8Array.from([1, 0]);
    expect(cells.anyIn(alAnon, -103.6, 33.7, -100.1, 36.7)).toBe(false);
    expect(cells.anyIn(aa, -103.6, 33.7, -100.1, 36.7)).toBe(true);
    expect(cells.anyIn(alAnon, -72, 42, -70, 43)).toBe(true);
  });
});
