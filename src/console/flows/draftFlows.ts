import type { MeetingDirectory } from '../../directory/types';
import { createEngine } from '../../engine/engine';
import { compileFlow } from '../../engine/flowCompiler';
import { runtimeCheckOptions } from '../../engine/runtimeCheck';
import { isOptOutEffect, type ConversationEngine } from '../../engine/types';
import { loadCrisisCorpora } from '../../flow/crisisCorpus';
import type { CheckOptions } from '../../flow/flowChecker';
import { FlowLibrary, FlowLoadError, type FlowLibraryOptions } from '../../flow/flowLibrary';
import type { Finding } from '../../flow/finding';
import type { FlowFiles } from '../../flowStore/flowRevisionStore';
import { checkRevisionFiles } from '../../flowStore/revisionCheck';
import { createLogger } from '../../log/logger';
import { CARRIER_OPT_OUT_WORDS } from '../../text/carrierWords';

/** What running a draft needs from the server. */
export interface DraftDeps {
  /** The meeting directory serving now, staff's local meetings included (the simulator searches it). */
  directory: () => MeetingDirectory;
  /**
   * The fixed directory the saved flow tests run against (the publish gate, the Tests button, accept-wording);
   * default: the bundled files, as `npm run flows:test` reads them (see bundledTestDirectory).
   */
  testDirectory?: () => Promise<MeetingDirectory>;
  /** The checker's runtime knowledge; default: this runtime's, with the shipped crisis corpora. */
  check?: CheckOptions;
}

/** The checker options a draft is held to: the runtime's, plus the crisis corpora of flows/safety. */
export function draftCheckOptions(deps: DraftDeps): CheckOptions {
  return deps.check ?? { ...runtimeCheckOptions, crisisCorpora: loadCrisisCorpora() };
}

/** Runs the server's own checker (and the crisis corpora) over a draft: findings at file:line:col. */
export function checkDraft(files: FlowFiles, deps: DraftDeps): Finding[] {
  return checkRevisionFiles(files, draftCheckOptions(deps));
}

/** How a draft's flows are loaded: as the server would load them, with the findings silent in the log. */
function draftLibraryOptions(deps: DraftDeps): FlowLibraryOptions {
  return {
    // The corpora are the publish gate's business: a draft that misses one can still be tried.
    check: { ...draftCheckOptions(deps), crisisCorpora: undefined },
    // Paths in findings stay the revision's own (`recovery.yaml`).
    dir: '.',
    // The page shows the findings; the server log need not repeat a draft's mistakes.
    log: createLogger('silent'),
    verify: (loaded) => void compileFlow(loaded, { directory: deps.directory }),
  };
}

/** A draft's flows loaded as the server would load them, or the findings that refuse them. */
export function loadDraft(files: FlowFiles, deps: DraftDeps): { library?: FlowLibrary; findings: Finding[] } {
  const library = FlowLibrary.openFilesSync(draftLibraryOptions(deps), files);
  return library instanceof FlowLoadError ? { findings: library.findings } : { library, findings: [] };
}

/**
 * loadDraft in steps with the event loop free between them (FlowLibrary.openFilesInSteps): the Tests button and the
 * publish gate load the whole draft in the web process that answers texts, a few hundred ms of CPU in one piece.
 */
export async function loadDraftInSteps(
  files: FlowFiles,
  deps: DraftDeps,
): Promise<{ library?: FlowLibrary; findings: Finding[] }> {
  const library = await FlowLibrary.openFilesInSteps(draftLibraryOptions(deps), files);
  return library instanceof FlowLoadError ? { findings: library.findings } : { library, findings: [] };
}

/** An engine on a draft (for the simulator), or the findings that refuse it. */
export function draftEngine(
  files: FlowFiles,
  deps: DraftDeps,
  language?: string,
): { engine?: ConversationEngine; findings: Finding[] } {
  const { library, findings } = loadDraft(files, deps);
  if (!library) return { findings };
  return { engine: createEngine({ flows: library, directory: deps.directory, defaultLang: language }), findings };
}

/**
 * The carrier opt-out words (STOP, UNSUBSCRIBE...) the draft would no longer honour, tried on a new conversation
 * and part-way through one. Empty when every one still opts the person out.
 */
export function optOutsNotCaught(engine: ConversationEngine): string[] {
  const now = new Date('2026-11-26T19:00:00-06:00');
  const missed = new Set<string>();
  const first = engine.step({ session: undefined, optedOut: false, text: 'hi', now });
  for (const word of CARRIER_OPT_OUT_WORDS) {
    for (const session of [undefined, first.session]) {
      const out = engine.step({ session, optedOut: false, text: word, now });
      if (!isOptOutEffect(out.effect)) missed.add(word);
    }
  }
  return [...missed];
}
