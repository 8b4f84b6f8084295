import { toGsm7 } from '../../sms/gsm7';
import type { ActionContext } from './actionTypes';
import { searchLoosening } from './searchLoosening';
import { listOf } from './situation';

/** The programs asked for that meet nowhere near, and those of the others that fit that do. */
export interface WantedNotNear {
  /** The programs asked for, by name: "SMART Recovery". */
  wanted: string;
  /** The fitting programs that do meet near, by name: "AA". */
  nearby: string;
}

/** Names joined with `orWord`, as many as fit `maxLength` (at least the first, cut). */
function namesWithin(names: string[], orWord: string, maxLength: number): string {
  let said = '';
  for (const name of names) {
    const next = said ? `${said} ${orWord} ${name}` : name;
    if (next.length > maxLength) break;
    said = next;
  }
  return said || (names[0] ?? '').slice(0, maxLength);
}

/**
 * When the programs the texter asked for ("not religious": SMART) have no meeting in person near but other programs
 * that fit do (Amarillo: 120 AA meetings, no SMART one), their names, so the reply says "No SMART Recovery meeting
 * within 100 mi; near: AA" rather than "No group on our lists meets", which is false (the texting probe of
 * 2026-12-06). Undefined when nothing was asked by name, or nothing else meets near either. Only run when the
 * search asked for found nothing at all.
 */
export function wantedNotNear(ctx: ActionContext, orWord: string, maxLength: number): WantedNotNear | undefined {
  const asked = listOf(ctx.vars.programs);
  if (!asked.length || !ctx.place) return undefined;
  // The same search with no program asked for or turned down ("not religious" turns down the twelve steps): the
  // situation's own programs, so the texter knows what does meet near and may choose it.
  const all = { ...ctx, vars: { ...ctx.vars, programs: '', declined: '' } };
  const found = searchLoosening(all, ['in_person']).page.matches;
  const others: string[] = [];
  for (const m of found) {
    const name = toGsm7(m.programName ?? ctx.directory.program(m.meeting.programId)?.name ?? '');
    if (name && !asked.includes(m.meeting.programId) && !others.includes(name)) others.push(name);
  }
  if (!others.length) return undefined;
  const wantedNames = asked.flatMap((id) => {
    const name = ctx.directory.program(id)?.name;
    return name ? [toGsm7(name)] : [];
  });
  if (!wantedNames.length) return undefined;
  return { wanted: namesWithin(wantedNames, orWord, maxLength), nearby: namesWithin(others, orWord, maxLength) };
}
