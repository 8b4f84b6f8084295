import type { FlowFile } from './flowSchema';

/**
 * A flow that has been read and checked, ready to compile: what the FlowLibrary hands the engine.
 * `version` changes whenever the file does, so a stored session can name the exact flow it began on.
 */
export interface LoadedFlow {
  /** The file name without `.yaml`, e.g. `recovery`. */
  id: string;
  /** A short hash of the file's bytes. */
  version: string;
  /** Where it was read from (for tools and messages; the engine never reads it). */
  file: string;
  flow: FlowFile;
}

/**
 * How many versions of a flow stay available for people part-way through a conversation: the
 * library keeps their definitions and the engine their compiled machines, so both use this.
 */
export const KEPT_FLOW_VERSIONS = 16;

/**
 * Where the engine gets its flows: the current entry flow for new conversations, and older
 * versions still kept for people part-way through one. src/flow/flowLibrary.ts satisfies it.
 */
export interface FlowSource {
  /** The flow new conversations start on. Only called when `isReady()` is true. */
  entry(): LoadedFlow;
  /** A flow by id and version, or undefined when that version is no longer kept. */
  get(id: string, version: string): LoadedFlow | undefined;
  /** True once at least one valid flow is loaded. */
  isReady(): boolean;
}
