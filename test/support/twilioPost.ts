import twilio from 'twilio';
import request from 'supertest';
import type { Express } from 'express';

export const TEST_AUTH_TOKEN = 'test-auth-token-0123456789abcdef';
export const TEST_PUBLIC_URL = 'https://line.example.org';

let sidCounter = 0;
/** A fresh MessageSid in Twilio's shape (SM + 32 hex). */
export function newSid(): string {
  sidCounter += 1;
  return `SM${Date.now().toString(16).padStart(16, '0')}${sidCounter.toString(16).padStart(8, '0')}${Math.floor(
    Math.random() * 0xffffffff,
  )
    .toString(16)
    .padStart(8, '0')}`;
}

/** Twilio's parameters for an inbound SMS, with a fresh MessageSid unless given. */
export function smsParams(from: string, body: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    MessageSid: newSid(),
    AccountSid: 'AC00000000000000000000000000000000',
    From: from,
    To: '+15005550006',
    Body: body,
    NumMedia: '0',
    ...extra,
  };
}

/**
 * POSTs form parameters to `path` signed exactly as Twilio would, with twilio's own helper,
 * for the URL `signedUrl` (default TEST_PUBLIC_URL + path).
 */
export function signedPost(
  target: Express | string,
  path: string,
  params: Record<string, string>,
  options: { authToken?: string; signedUrl?: string; headers?: Record<string, string> } = {},
): request.Test {
  const signature = twilio.getExpectedTwilioSignature(
    options.authToken ?? TEST_AUTH_TOKEN,
    options.signedUrl ?? TEST_PUBLIC_URL + path,
    params,
  );
  let req = request(target).post(path).type('form').set('X-Twilio-Signature', signature);
  for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
  return req.send(params);
}

/** The <Message> bodies of a TwiML response, unescaped. */
export function messagesOf(twiml: string): string[] {
  return [...twiml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    m[1]
      .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
