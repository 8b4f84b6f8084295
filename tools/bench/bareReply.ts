/**
 * The fixed TwiML the bench's bare Express server answers with, and the stack floor too, so both
 * send the same bytes and only the work before the reply differs.
 */
export const BARE_TWIML =
  '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Recovery Textline: free and confidential.</Message></Response>';
