/**
 * A multimap from small non-negative integer keys to item numbers (0, 1, 2, ... in the order added), each
 * key's items kept in the order they were added. Typed arrays with open addressing: at national scale a
 * Map of arrays made an array per key for the collector to copy and spread its lookups over the heap,
 * and import looks up several keys per meeting, nearly all of them empty.
 */
export class IntMultimap {
  private keys: Int32Array;
  /** First and last item of the key in the same slot; -1 when the slot is empty. */
  private heads: Int32Array;
  private tails: Int32Array;
  /** Per item, the next item of its key; -1 at the end. */
  private nexts: Int32Array;
  private used = 0;
  private items = 0;

  constructor(expectedKeys = 1024) {
    let size = 16;
    while (size < expectedKeys * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.tails = new Int32Array(size);
    this.nexts = new Int32Array(Math.max(16, expectedKeys));
  }

  /** Adds the next item under `key` (0 ≤ key < 2^31) and gives its number. */
  add(key: number): number {
    const item = this.items++;
    if (item === this.nexts.length) {
      const grown = new Int32Array(this.nexts.length * 2);
      grown.set(this.nexts);
      this.nexts = grown;
    }
    this.nexts[item] = -1;
    const slot = this.slotOf(key);
    if (this.heads[slot] < 0) {
      this.keys[slot] = key;
      this.heads[slot] = item;
      this.tails[slot] = item;
      if (++this.used * 2 > this.keys.length) this.grow();
    } else {
      this.nexts[this.tails[slot]] = item;
      this.tails[slot] = item;
    }
    return item;
  }

  /** The first item added under `key`, or -1 when none. */
  first(key: number): number {
    return this.heads[this.slotOf(key)];
  }

  /** The item added under the same key after `item`, or -1 when it was the last. */
  next(item: number): number {
    return this.nexts[item];
  }

  /** The slot that holds `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0;
    s = (s ^ (s >>> 16)) & mask;
    while (this.heads[s] >= 0 && this.keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  private grow(): void {
    const { keys, heads, tails } = this;
    const size = keys.length * 2;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.tails = new Int32Array(size);
    for (let s = 0; s < keys.length; s++) {
      if (heads[s] < 0) continue;
      const to = this.slotOf(keys[s]);
      this.keys[to] = keys[s];
      this.heads[to] = heads[s];
      this.tails[to] = tails[s];
    }
  }
}
