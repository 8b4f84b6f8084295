import { osaDistance } from '../../text/editDistance';

/** ", did you mean `x`?" when a name is close to a known one; empty otherwise. */
export function suggest(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = osaDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))
    ? ` (did you mean \`${best}\`?)`
    : '';
}
