import type { Program } from '../../directory/types';
import { toGsm7 } from '../../sms/gsm7';
import type { ActionContext } from './actionTypes';
import { NOTE_MAX, PROGRAMS_COMPACT, PROGRAMS_MAX } from './budgets';

/** The note said with the programs when the first one has one (MARA: welcomes people on medication). */
export function noteOf(programs: Program[], lang: string): string {
  const note = programs[0]?.note;
  return note ? toGsm7(note[lang] ?? note.en ?? '').slice(0, NOTE_MAX) : '';
}

/**
 * The program lines of a results message, the note first: the richest lines that fit in
 * PROGRAMS_COMPACT with every program named, else each program with only the shorter of its link
 * and number (up to PROGRAMS_MAX): the meetings beside them get the room.
 */
export function programLines(ctx: ActionContext, offered: Program[], note: string): string {
  const room = (max: number) => max - (note ? note.length + 1 : 0);
  const compact = toGsm7(ctx.format.formatProgramList(offered, ctx.lang, room(PROGRAMS_COMPACT)));
  const list =
    compact && compact.split('\n').length >= offered.length
      ? compact
      : toGsm7(ctx.format.formatProgramList(offered, ctx.lang, room(PROGRAMS_MAX), { shortest: true }));
  return (note ? `${note}\n${list}` : list).slice(0, PROGRAMS_MAX);
}
