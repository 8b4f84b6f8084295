import { isGsm7, smsInfo } from '../sms/gsm7';

/** The encoding and size of a text sent as SMS, and the character that forces UCS-2 if any. */
export interface SmsCost {
  encoding: 'GSM-7' | 'UCS-2';
  /** How many SMS parts it takes. */
  segments: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** The first character outside GSM-7, when the text is UCS-2: what staff must change to fix it. */
  firstNonGsm?: string;
}

/** Computes the SMS cost of a text (src/sms/gsm7.ts's arithmetic), naming the first non-GSM-7 character. */
export function smsCost(text: string): SmsCost {
  const info = smsInfo(text);
  const cost: SmsCost = { encoding: info.encoding, segments: info.segments, units: info.length };
  if (info.encoding === 'UCS-2') cost.firstNonGsm = Array.from(text).find((ch) => !isGsm7(ch));
  return cost;
}
