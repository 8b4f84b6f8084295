import type { SenderKey } from '../store/senderKey';

/**
 * One inbound text in the shape the rest of the service sees, whatever carried it: no phone
 * number (only the sender key), no transport detail.
 */
export interface InboundMessage {
  /** The carrier's message id (Twilio's MessageSid), used to answer retries once; undefined when absent. */
  sid: string | undefined;
  senderKey: SenderKey;
  /** The body as received; empty for a picture without words. */
  text: string;
  /** Pictures or other media attached (not read; only counted). */
  numMedia: number;
  receivedAt: Date;
  /**
   * The time zone of the state the number was issued in (Twilio's `FromState`), when it is a US state or
   * territory: online and phone times are given in it until the texter names a place. Never the number.
   */
  homeZone?: string;
  /**
   * That state's code ("TX"): a town in several states ("Hereford") is taken to be the one in it, saving the
   * texter the question of which state. Never the number.
   */
  homeState?: string;
}
