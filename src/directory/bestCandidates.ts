/**
 * How many minutes later a meeting a mile nearer may start and still come first: 48 miles nearer is
 * worth a day, so on one day the nearest rooms come first. Without it a 50-mile ring lists the far
 * meetings that start soonest and buries the one a mile away, that evening, on the third page.
 */
export const MINUTES_PER_MILE = 30;

/** For "anything closer?": more minutes a mile than a week holds, so distance alone orders them. */
const NEAREST_FIRST_MINUTES_PER_MILE = 2 * 7 * 24 * 60;

/**
 * The first `capacity` in-person candidates of a search in result order (program rank, minutes to
 * the next start plus MINUTES_PER_MILE for each mile, distance, id, then the order they were offered),
 * kept sorted as they come. A city
 * holds thousands of meetings within 10 miles and a page shows three: keeping only the few that can
 * still be shown spares the search an object per candidate and a sort of them all.
 */
export class BestCandidates {
  /** How many are held; below capacity, every candidate offered so far. */
  size = 0;
  readonly rows: Int32Array;
  readonly ranks: Int32Array;
  readonly deltas: Int32Array;
  readonly miles: Float64Array;
  /** Minutes to the start plus the distance in minutes: the order within a program's rank. */
  private readonly keys: Float64Array;
  private readonly minutesPerMile: number;
  private readonly seqs: Int32Array;
  private seq = 0;

  constructor(
    readonly capacity: number,
    /** The meeting id of a row, read only to break a tie of rank, time and distance. */
    private readonly idOf: (row: number) => string,
    /** The nearest first, whenever they meet ("anything closer?"): a mile outweighs any wait. */
    nearestFirst = false,
  ) {
    this.minutesPerMile = nearestFirst ? NEAREST_FIRST_MINUTES_PER_MILE : MINUTES_PER_MILE;
    this.rows = new Int32Array(capacity);
    this.ranks = new Int32Array(capacity);
    this.deltas = new Int32Array(capacity);
    this.miles = new Float64Array(capacity);
    this.keys = new Float64Array(capacity);
    this.seqs = new Int32Array(capacity);
  }

  /** Whether every place is taken: a candidate must then come before the last one to get in. */
  get full(): boolean {
    return this.size === this.capacity;
  }

  /**
   * Whether a candidate of this rank and delta comes after the last one held, whatever its
   * distance (which only adds to its key): then it cannot get in, and its distance need not be worked out.
   */
  outranked(rank: number, delta: number): boolean {
    const last = this.size - 1;
    return rank > this.ranks[last] || (rank === this.ranks[last] && delta > this.keys[last]);
  }

  /** Offers a candidate that fits the search; it is kept if it is among the first `capacity`. */
  offer(row: number, rank: number, delta: number, miles: number): void {
    const seq = this.seq++;
    const key = delta + miles * this.minutesPerMile;
    let at = this.size;
    if (this.full) {
      if (this.compare(row, rank, key, miles, seq, at - 1) > 0) return;
      at--;
    } else {
      this.size++;
    }
    // Insertion from the end: the held list is short (a page and a bit), and most candidates never get here.
    while (at > 0 && this.compare(row, rank, key, miles, seq, at - 1) < 0) {
      this.move(at - 1, at);
      at--;
    }
    this.rows[at] = row;
    this.ranks[at] = rank;
    this.deltas[at] = delta;
    this.miles[at] = miles;
    this.keys[at] = key;
    this.seqs[at] = seq;
  }

  /** Negative when the candidate comes before the one held at `i`, positive when after. */
  private compare(row: number, rank: number, key: number, miles: number, seq: number, i: number): number {
    if (rank !== this.ranks[i]) return rank - this.ranks[i];
    if (key !== this.keys[i]) return key - this.keys[i];
    if (miles !== this.miles[i]) return miles - this.miles[i];
    const a = this.idOf(row);
    const b = this.idOf(this.rows[i]);
    if (a !== b) return a < b ? -1 : 1;
    return seq - this.seqs[i];
  }

  private move(from: number, to: number): void {
    this.rows[to] = this.rows[from];
    this.ranks[to] = this.ranks[from];
    this.deltas[to] = this.deltas[from];
    this.miles[to] = this.miles[from];
    this.keys[to] = this.keys[from];
    this.seqs[to] = this.seqs[from];
  }
}
