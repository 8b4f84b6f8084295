import { toGsm7 } from '../../sms/gsm7';
import type { ActionContext } from './actionTypes';
import { searchLoosening } from './searchLoosening';
import { listOf } from './situation';

/**
 * When no meeting in person is near but those of a program the texter turned down ("no aa" at a list of AA
 * meetings): that program's names, so the reply says "No group but AA on our lists meets within 100 mi" rather
 * than "No group on our lists meets" (the nineteenth session's probe), which a texter who just read AA meetings a
 * mile away knows is wrong. Empty otherwise.
 */
export function onlyTurnedDown(ctx: ActionContext, orWord: string, maxLength: number): string {
  const declined = listOf(ctx.vars.declined);
  if (!declined.length || !ctx.place) return '';
  // The same search with nothing turned down: only run when the one asked for found nothing at all.
  const all = { ...ctx, vars: { ...ctx.vars, declined: '', programs: '' } };
  if (searchLoosening(all, ['in_person']).page.matches.length === 0) return '';
  const names = declined.flatMap((id) => {
    const name = ctx.directory.program(id)?.name;
    return name ? [toGsm7(name)] : [];
  });
  const said = names.join(` ${orWord} `);
  return said.length <= maxLength ? said : (names[0] ?? '').slice(0, maxLength);
}
