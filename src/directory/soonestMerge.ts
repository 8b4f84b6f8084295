const WEEK = 7 * 1440;

/** One list to merge: rows sorted by local week minute, those minutes side by side, and "now" in its zone. */
export interface SoonestList {
  rows: Uint32Array;
  minutes: Int32Array;
  /** The week minute now in the list's zone. */
  now: number;
}

/**
 * Walks several lists of meetings, each sorted by local week minute in its own zone, as one list by
 * minutes to the next start, each list from its first meeting at or after `now - (grace - 1)` and
 * round the week once. Ties go to the list given first. A national directory splits a program's
 * online meetings over a hundred zones, so the soonest list is found with a heap, not a scan.
 */
export class SoonestMerge {
  private readonly pos: Int32Array;
  private readonly left: Int32Array;
  private readonly deltas: Int32Array;
  /** List numbers, a binary min-heap on (delta, list number). */
  private readonly heap: Int32Array;
  private size = 0;
  /** The row and delta of the last next(). */
  row = -1;
  delta = 0;

  constructor(
    private readonly lists: readonly SoonestList[],
    private readonly grace: number,
  ) {
    const n = lists.length;
    this.pos = new Int32Array(n);
    this.left = new Int32Array(n);
    this.deltas = new Int32Array(n);
    this.heap = new Int32Array(n);
    for (let c = 0; c < n; c++) {
      const { minutes, now } = lists[c];
      if (!minutes.length) continue;
      let threshold = now - (grace - 1);
      if (threshold < 0) threshold += WEEK;
      const start = lowerBound(minutes, threshold) % minutes.length;
      this.pos[c] = start;
      this.left[c] = minutes.length;
      this.deltas[c] = this.deltaAt(c, start);
      this.heap[this.size] = c;
      this.siftUp(this.size++);
    }
  }

  /** Moves to the soonest meeting not yet given (its row and delta in `row`, `delta`); false when none is left. */
  next(): boolean {
    if (this.size === 0) return false;
    const c = this.heap[0];
    const list = this.lists[c];
    this.row = list.rows[this.pos[c]];
    this.delta = this.deltas[c];
    this.left[c]--;
    if (this.left[c] > 0) {
      this.pos[c] = (this.pos[c] + 1) % list.rows.length;
      this.deltas[c] = this.deltaAt(c, this.pos[c]);
    } else {
      this.heap[0] = this.heap[--this.size];
    }
    this.siftDown(0);
    return true;
  }

  /** Minutes from now to the start at `i` of list `c`; negative within the grace, as Clock.delta. */
  private deltaAt(c: number, i: number): number {
    const list = this.lists[c];
    let d = list.minutes[i] - list.now;
    d = ((d % WEEK) + WEEK) % WEEK;
    return d > WEEK - this.grace ? d - WEEK : d;
  }

  private before(a: number, b: number): boolean {
    return this.deltas[a] < this.deltas[b] || (this.deltas[a] === this.deltas[b] && a < b);
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i], heap[parent])) return;
      const t = heap[i];
      heap[i] = heap[parent];
      heap[parent] = t;
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) return;
      const r = l + 1;
      const child = r < this.size && this.before(heap[r], heap[l]) ? r : l;
      if (!this.before(heap[child], heap[i])) return;
      const t = heap[i];
      heap[i] = heap[child];
      heap[child] = t;
      i = child;
    }
  }
}

/** The first place in `minutes` (sorted) holding at least `minute`. */
function lowerBound(minutes: Int32Array, minute: number): number {
  let lo = 0;
  let hi = minutes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (minutes[mid] < minute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
