import type { Express } from 'express';
import { signedPost, smsParams } from './twilioPost';

/** 20 scripted conversations, and what they must add up to. */
export const SCRIPTS: Array<{ times: number; texts: string[] }> = [
  { times: 10, texts: ['hi', '1', '1', '2', '1', '79101'] }, // in person near Amarillo, TX: results found
  { times: 5, texts: ['hi', '2', '2', '2', '2'] }, // a family member, drugs, not a teen, online
  { times: 3, texts: ['hi', 'banana', '1'] }, // not understood once at "who"
  { times: 1, texts: ['hi', 'i want to kill myself'] }, // a crisis reply
  { times: 1, texts: ['hi', 'STOP'] }, // an opt-out
];

/** Sends every script from its own number, over signed HTTP. */
export async function runScripts(target: Express | string): Promise<number> {
  let n = 0;
  let sent = 0;
  for (const script of SCRIPTS) {
    for (let i = 0; i < script.times; i++) {
      const from = `+1555010${String(n++).padStart(4, '0')}`;
      for (const text of script.texts) {
        const res = await signedPost(target, '/sms', smsParams(from, text));
        expect(res.status).toBe(200);
        sent++;
      }
    }
  }
  return sent;
}
