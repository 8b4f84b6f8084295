import { isOptOutEffect } from '../engine/types';
import type { HandledText } from '../inbox/textHandler';
import { conversationFacts } from './conversationFacts';

/** One day's counters: field name (see COUNTER_FIELDS) to count. */
export type DayCounts = Map<string, number>;

/**
 * The counter fields, as kept per day (`stats:day:YYYY-MM-DD` hash fields). Per-node and per-state fields
 * carry a suffix: `enter:who`, `found:TX`, `program:aa`. Nothing here names a person.
 */
export const COUNTER_FIELDS = {
  texts: 'texts',
  conversations: 'conversations',
  results: 'results',
  crisis: 'crisis',
  person: 'person',
  optOuts: 'opt_outs',
  erasures: 'erasures',
  enter: 'enter:',
  exit: 'exit:',
  notUnderstood: 'not_understood:',
  found: 'found:',
  nothingNearby: 'nothing_nearby:',
  program: 'program:',
} as const;

const DAY_MS = 86_400_000;
const STARTS = new Set(['start', 'start_again', 'flow_changed']);

/**
 * Counts handled texts in memory, per UTC day, for the staff's numbers: texts, new conversations,
 * conversations that reached results, entries and exits per node, answers not understood per node,
 * crisis replies, requests for a person, opt-outs, erasures, results near vs nothing nearby by state,
 * and programs offered. A flusher writes and empties it on a timer, so a text costs no Redis round trip.
 */
export class TextTally {
  private days = new Map<string, DayCounts>();
  /** The UTC day last counted and where it ends, so most texts find their day without building a date string. */
  private lastDate = '';
  private lastDayEnds = 0;

  /** Counts one handled text (a TextObserver). Replays and skipped texts count as texts only. */
  observe(handled: HandledText, receivedAt: Date): void {
    const day = this.day(receivedAt);
    add(day, COUNTER_FIELDS.texts);
    if (handled.outcome === 'replayed') return;
    if (handled.kind === 'crisis') add(day, COUNTER_FIELDS.crisis);
    if (handled.kind === 'person') add(day, COUNTER_FIELDS.person);
    if (handled.effect && isOptOutEffect(handled.effect)) add(day, COUNTER_FIELDS.optOuts);
    if (handled.effect === 'erase') add(day, COUNTER_FIELDS.erasures);
    if (handled.outcome !== 'stored') return;
    if (STARTS.has(handled.kind)) add(day, COUNTER_FIELDS.conversations);
    this.countPath(day, handled);
  }

  /** Takes every count so far, leaving the tally empty (the flusher writes them). */
  drain(): Map<string, DayCounts> {
    const taken = this.days;
    this.days = new Map();
    return taken;
  }

  /** Puts counts back that could not be written, so the next flush tries them again. */
  restore(days: Map<string, DayCounts>): void {
    for (const [date, counts] of days) {
      const day = this.days.get(date) ?? new Map<string, number>();
      for (const [field, n] of counts) day.set(field, (day.get(field) ?? 0) + n);
      this.days.set(date, day);
    }
  }

  /** True when nothing waits to be written. */
  isEmpty(): boolean {
    return this.days.size === 0;
  }

  private countPath(day: DayCounts, handled: HandledText): void {
    const before = conversationFacts(handled.sessionBefore);
    const after = conversationFacts(handled.sessionAfter);
    const from = STARTS.has(handled.kind) ? '' : (before?.node ?? '');
    const to = after?.node ?? '';
    if (from !== to) {
      if (from) add(day, COUNTER_FIELDS.exit + from);
      if (to) add(day, COUNTER_FIELDS.enter + to);
    } else if (to && after && after.misses > (before?.misses ?? 0)) {
      add(day, COUNTER_FIELDS.notUnderstood + to);
    }
    // A conversation reaches results once: the step where its first search ran.
    if (after?.searched && !(before?.searched && !STARTS.has(handled.kind))) {
      add(day, COUNTER_FIELDS.results);
      add(
        day,
        (after.near || (after.state === 'online' && after.found)
          ? COUNTER_FIELDS.found
          : COUNTER_FIELDS.nothingNearby) + after.state,
      );
      for (const p of after.programs) add(day, COUNTER_FIELDS.program + p);
    }
  }

  private day(at: Date): DayCounts {
    const ms = at.getTime();
    if (ms >= this.lastDayEnds || ms < this.lastDayEnds - DAY_MS) {
      this.lastDate = utcDate(at);
      this.lastDayEnds = Date.parse(`${this.lastDate}T00:00:00Z`) + DAY_MS;
    }
    const date = this.lastDate;
    let day = this.days.get(date);
    if (!day) {
      day = new Map();
      this.days.set(date, day);
    }
    return day;
  }
}

/** `YYYY-MM-DD` of a moment, in UTC (the numbers' days are UTC days). */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function add(day: DayCounts, field: string): void {
  day.set(field, (day.get(field) ?? 0) + 1);
}
