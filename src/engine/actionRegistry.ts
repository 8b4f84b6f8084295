import { actionOf, type ActionRegistry, type FlowAction } from './actions/actionTypes';
import * as findMeetingsAction from './actions/findMeetings';
import * as meetingDetailsAction from './actions/meetingDetails';
import * as moreMeetingsAction from './actions/moreMeetings';
import * as otherProgramsAction from './actions/otherPrograms';
import * as readAnswerAction from './actions/readAnswer';

/**
 * The named actions a flow can call with `do: name`, one file each under actions/ (each exporting
 * `name`, `spec` and `run`, as goflow keeps one action per file). This file only lists them.
 */

export type {
  ActionContext,
  ActionRegistry,
  ActionResult,
  ActionVariable,
  FlowAction,
  SearchState,
} from './actions/actionTypes';
export { BUILTIN_VARIABLES } from './actions/builtinVariables';

/** Finds the programs and first meetings that fit what the texter said (`do: find_meetings`). */
export const findMeetings: FlowAction = actionOf(findMeetingsAction);
/** The next page of the last search, farther out when the radius ran out (`do: more_meetings`). */
export const moreMeetings: FlowAction = actionOf(moreMeetingsAction);
/** Reads an answer to a list of meetings (`do: read_answer`). */
export const readAnswer: FlowAction = actionOf(readAnswerAction);
/** The details of the meeting picked from the page shown last (`do: meeting_details`). */
export const meetingDetails: FlowAction = actionOf(meetingDetailsAction);

/** The other programs that fit, besides those whose meetings were shown (`do: other_programs`). */
export const otherPrograms: FlowAction = actionOf(otherProgramsAction);

/** Builds a registry from a list of actions. */
export function actionRegistryOf(actions: FlowAction[]): ActionRegistry {
  return new Map(actions.map((a) => [a.name, a]));
}

/** The actions every flow may call. */
export const defaultActionRegistry: ActionRegistry = actionRegistryOf([
  findMeetings,
  moreMeetings,
  readAnswer,
  meetingDetails,
  otherPrograms,
]);
