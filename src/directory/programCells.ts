/**
 * Which programs meet in person somewhere in each one-degree cell of the globe: a bit per
 * (program, cell), made from the kd-tree's points. A search for Al-Anon in a town where only AA
 * meets would otherwise walk every AA meeting within 10, 25, 50 and 100 miles and reject each on
 * its program; asked first, the cells say in a few reads that no ring can hold one, and rings
 * that cannot are not walked. They only ever rule a ring out, so results are the same.
 */

const LON_CELLS = 360;
const LAT_CELLS = 180;
const CELLS = LON_CELLS * LAT_CELLS;

const lonCell = (lon: number): number => Math.min(LON_CELLS - 1, Math.max(0, Math.floor(lon + 180)));
const latCell = (lat: number): number => Math.min(LAT_CELLS - 1, Math.max(0, Math.floor(lat + 90)));

/** Per program (a word index of the meeting table), the one-degree cells where it meets in person. */
export class ProgramCells {
  /** program word -> one bit per cell. */
  private readonly bits = new Map<number, Uint8Array>();

  /**
   * From the kd-tree's coordinates (lon, lat side by side, in tree order) and each point's
   * program word, read `stride` Int32s apart from `programAt` in `items`.
   */
  constructor(coords: ArrayLike<number>, items: Int32Array, stride: number, programAt: number) {
    const points = Math.floor(items.length / stride);
    for (let i = 0; i < points; i++) {
      const program = items[i * stride + programAt];
      let bits = this.bits.get(program);
      if (!bits) this.bits.set(program, (bits = new Uint8Array(CELLS >> 3)));
      const cell = latCell(coords[2 * i + 1]) * LON_CELLS + lonCell(coords[2 * i]);
      bits[cell >> 3] |= 1 << (cell & 7);
    }
  }

  /** Whether any program marked in `wanted` (by word index) meets in a cell the box touches. */
  anyIn(wanted: Uint8Array, minLon: number, minLat: number, maxLon: number, maxLat: number): boolean {
    const x0 = lonCell(minLon);
    const x1 = lonCell(maxLon);
    const y0 = latCell(minLat);
    const y1 = latCell(maxLat);
    for (const [program, bits] of this.bits) {
      if (!wanted[program]) continue;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const cell = y * LON_CELLS + x;
          if (bits[cell >> 3] & (1 << (cell & 7))) return true;
        }
      }
    }
    return false;
  }
}
