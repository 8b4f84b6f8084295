import type { Meeting } from './types';

/**
 * Makes meetings share their repeated values: one string per zone, program, town and region, and
 * one array per distinct list of modes or tags. A national directory repeats "America/Chicago"
 * and ["in_person"] a hundred thousand times; each copy parsed or cloned from a feed is its own
 * object until it passes through here. The shared arrays are never changed after import.
 */
export class MeetingInterner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  /** Lists already seen as these very arrays (the import shares its mode lists): found without a join. */
  private readonly byIdentity = new Map<readonly string[], string[]>();

  /** The same meeting, its repeated values replaced by the shared ones. */
  intern(m: Meeting): Meeting {
    m.programId = this.string(m.programId);
    m.timezone = this.string(m.timezone);
    if (m.town !== undefined) m.town = this.string(m.town);
    if (m.region !== undefined) m.region = this.string(m.region);
    m.modes = this.list(m.modes) as Meeting['modes'];
    m.tags = this.list(m.tags);
    return m;
  }

  private string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  private list(items: string[]): string[] {
    const seen = this.byIdentity.get(items);
    if (seen) return seen;
    const key = items.join('\u0000');
    let shared = this.lists.get(key);
    if (!shared) this.lists.set(key, (shared = items.map((i) => this.string(i))));
    this.byIdentity.set(items, shared);
    return shared;
  }
}
