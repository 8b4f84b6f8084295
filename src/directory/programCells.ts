/**
 * Which programs meet in person somewhere in each one-degree cell of the globe: a bit per
 * (program, cell), made from the kd-tree's points when the index is built (in the directory
 * worker, beside the tree). A search for Al-Anon in a town where only AA meets would otherwise
 * walk every AA meeting within 10, 25, 50 and 100 miles and reject each on its program; asked
 * first, the cells say in a few reads that no ring can hold one, and rings that cannot are not
 * walked. They only ever rule a ring out, so results are the same.
 */

const LON_CELLS = 360;
const LAT_CELLS = 180;
/** Bytes of one program's bits. */
const BYTES_PER_PROGRAM = (LON_CELLS * LAT_CELLS) >> 3;

const lonCell = (lon: number): number => Math.min(LON_CELLS - 1, Math.max(0, Math.floor(lon + 180)));
const latCell = (lat: number): number => Math.min(LAT_CELLS - 1, Math.max(0, Math.floor(lat + 90)));

/** The cells as plain data, for the index the worker hands over: one bit array per program, side by side. */
export interface ProgramCellsData {
  /** The programs (word indexes of the meeting table), in the order of their bits in `bits`. */
  programs: number[];
  bits: SharedArrayBuffer;
}

/**
 * Marks each point's cell for its program: `coords` holds lon, lat side by side (the kd-tree's
 * order), and `items` each point's program word, `stride` Int32s apart from `programAt`.
 */
export function buildProgramCells(
  coords: ArrayLike<number>,
  items: Int32Array,
  stride: number,
  programAt: number,
): ProgramCellsData {
  const points = Math.floor(items.length / stride);
  const slotOf = new Map<number, number>();
  const programs: number[] = [];
  for (let i = 0; i < points; i++) {
    const program = items[i * stride + programAt];
    if (!slotOf.has(program)) slotOf.set(program, programs.push(program) - 1);
  }
  const bits = new Uint8Array(new SharedArrayBuffer(programs.length * BYTES_PER_PROGRAM));
  for (let i = 0; i < points; i++) {
    const base = slotOf.get(items[i * stride + programAt])! * BYTES_PER_PROGRAM;
    const cell = latCell(coords[2 * i + 1]) * LON_CELLS + lonCell(coords[2 * i]);
    bits[base + (cell >> 3)] |= 1 << (cell & 7);
  }
  return { programs, bits: bits.buffer as SharedArrayBuffer };
}

/** Per program (a word index of the meeting table), the one-degree cells where it meets in person. */
export class ProgramCells {
  private readonly programs: number[];
  private readonly bits: Uint8Array;

  /** Reads cells built by buildProgramCells (here or in the worker), sharing their buffer. */
  constructor(data: ProgramCellsData) {
    this.programs = data.programs;
    this.bits = new Uint8Array(data.bits);
  }

  /** Whether any program marked in `wanted` (by word index) meets in a cell the box touches. */
  anyIn(wanted: Uint8Array, minLon: number, minLat: number, maxLon: number, maxLat: number): boolean {
    const x0 = lonCell(minLon);
    const x1 = lonCell(maxLon);
    const y0 = latCell(minLat);
    const y1 = latCell(maxLat);
    for (let p = 0; p < this.programs.length; p++) {
      if (!wanted[this.programs[p]]) continue;
      const base = p * BYTES_PER_PROGRAM;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const cell = y * LON_CELLS + x;
          if (this.bits[base + (cell >> 3)] & (1 << (cell & 7))) return true;
        }
      }
    }
    return false;
  }
}
