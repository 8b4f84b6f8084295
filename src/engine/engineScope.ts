import type { MeetingDirectory } from '../directory/types';
import type { FlowSource, LoadedFlow } from '../flow/loadedFlow';
import type { CompiledFlow } from './flowCompiler';
import type { OptOutReplies } from './types';

/**
 * What every part of a step needs from the engine it runs in: the flows and meeting directory of
 * the moment, the host's choices, and the compiled machine of a loaded flow (cached by version).
 */
export interface EngineScope {
  flows: FlowSource;
  directory: () => MeetingDirectory;
  /** The language a new conversation starts in when its first text names none (default: the flow's first). */
  defaultLang?: string;
  optOutReplies: OptOutReplies;
  /** The machine of a loaded flow, compiled once per id and version. Throws FlowCompileError. */
  compiled(loaded: LoadedFlow): CompiledFlow;
}
