import type { InboundMessage } from '../inbox/inboundMessage';
import { homeStateOf, homeZoneOf } from '../directory/stateZones';
import { senderKeyFor } from '../store/senderKey';

/** A webhook request without a usable `From`: there is nobody to answer, so the route says 400. */
export class MissingSenderError extends Error {
  constructor() {
    super('The request has no From parameter');
    this.name = 'MissingSenderError';
  }
}

/** Twilio's form parameters as Express parsed them; repeated names arrive as arrays. */
export type TwilioParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
}

/**
 * Turns Twilio's parameters into an InboundMessage: hashes `From` at once (the number goes no
 * further), keeps the body exactly, counts media, and keeps `FromState` (the state or province the
 * number was issued in) and its time zone when it is a US or Canadian one. Unknown parameters are ignored. Throws
 * MissingSenderError when `From` is missing or blank.
 */
export function parseTwilioParams(params: TwilioParams, phoneHashSecret: string, receivedAt: Date): InboundMessage {
  const from = first(params.From);
  if (!from || from.trim() === '') throw new MissingSenderError();
  const numMedia = Number.parseInt(first(params.NumMedia) ?? '0', 10);
  const homeState = homeStateOf(first(params.FromState));
  const homeZone = homeZoneOf(homeState);
  return {
    sid: first(params.MessageSid) || first(params.SmsMessageSid) || undefined,
    senderKey: senderKeyFor(phoneHashSecret, from),
    text: first(params.Body) ?? '',
    numMedia: Number.isFinite(numMedia) && numMedia > 0 ? numMedia : 0,
    receivedAt,
    ...(homeZone ? { homeZone } : {}),
    ...(homeState ? { homeState } : {}),
  };
}
