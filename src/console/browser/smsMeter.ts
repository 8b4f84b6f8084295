/// <reference lib="dom" />
import { smsCost } from '../../flow/smsCost';

/**
 * The line under a text box: characters, SMS parts, encoding, and the character that makes it cost more. The same
 * arithmetic as the server's (src/flow/smsCost.ts, bundled into the page), so the page and the checker agree.
 */
export function describeCost(text: string): { summary: string; warning?: string; parts: number } {
  const cost = smsCost(text);
  const parts = `${cost.segments} SMS part${cost.segments === 1 ? '' : 's'}`;
  const summary = `${cost.units} characters · ${parts} · ${cost.encoding}`;
  if (cost.encoding === 'GSM-7' || !cost.firstNonGsm) return { summary, parts: cost.segments };
  const ch = cost.firstNonGsm;
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    summary,
    parts: cost.segments,
    warning: `“${ch}” (${code}) makes this text cost more: it is sent as UCS-2, 70 characters a part instead of 160. Replace it with a plain letter or sign.`,
  };
}
