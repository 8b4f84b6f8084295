import type { MeetingDirectory } from '../directory/types';
import { programNameKey, type OtherProgram } from '../understand/otherPrograms';
import type { CompiledFlow } from './flowCompiler';
import type { TextRead } from './understandStep';

/**
 * A program a texter names that the line does not list ("i go to cocaine anonymous", "celebrate recovery",
 * "cocainomanos anonimos"): the flow's `program_not_listed` text says so, kindly, before the question at hand,
 * and the conversation goes on with what the text told. The catalogue is asked first, so a program staff add
 * to directory/programs.yaml (its id, or its name in any language) is listed from then on, with no code edit.
 */

/** Per catalogue (the directory is swapped whole on a refresh), its programs' ids and names as compared. */
const keysByDirectory = new WeakMap<MeetingDirectory, ReadonlySet<string>>();

/** The catalogue's program ids and names, plain, with any "anonymous" written one way ("jugadores anonymous"). */
function catalogueKeys(directory: MeetingDirectory): ReadonlySet<string> {
  let keys = keysByDirectory.get(directory);
  if (keys) return keys;
  const made = new Set<string>();
  for (const program of directory.programs()) {
    made.add(program.id.toLowerCase());
    for (const name of [program.name, ...Object.values(program.names ?? {})]) made.add(programNameKey(name));
  }
  keysByDirectory.set(directory, (keys = made));
  return keys;
}

/** Whether the catalogue lists a program named: by the fellowship's id or by any of its names. */
function isListed(keys: ReadonlySet<string>, program: OtherProgram): boolean {
  return (program.id !== undefined && keys.has(program.id)) || program.names.some((name) => keys.has(name));
}

/**
 * Whether a text names a program the catalogue does not list, and the flow has words for that
 * (`program_not_listed`). Most texts name none: the reading says so before the catalogue is looked at.
 */
export function namesProgramNotListed(
  flow: CompiledFlow,
  directory: MeetingDirectory,
  read: TextRead | undefined,
): boolean {
  const named = read?.reading.otherPrograms;
  if (!named?.length || flow.flow.keywords.program_not_listed?.say === undefined) return false;
  const keys = catalogueKeys(directory);
  return named.some((program) => !isListed(keys, program));
}
