import type { Hit } from './messageWords';
import { medicineTaken } from './sharedConcern';

/**
 * Whether the texter says in one phrase that they take a medicine for recovery ("im on methadone", "i take suboxone"):
 * a phrase that names the texter and covers the medicine. Said beside someone else's use ("and my husband drinks"), the
 * medicine is the texter's, never the one the help is for.
 */
export function texterTakesMedicine(hits: readonly Hit[]): boolean {
  return hits.some(
    (own) =>
      own.entry.slot === 'audience' &&
      own.entry.value === 'self' &&
      !own.negated &&
      hits.some(
        (h) => h.entry.slot === 'concern' && own.start <= h.start && h.end <= own.end && medicineTaken(hits, h),
      ),
  );
}
