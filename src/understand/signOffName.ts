import { cachedStateCode } from './places';

/**
 * A name signed at the end of a text, as older and formal writers sign a letter: "Thank you, Margaret",
 * "Sincerely, Dorothy", "Respectfully, Harold", "Atentamente, Rosa". The name is no town (the twenty-fourth session's
 * probe searched Margaret, AL and asked which of eight states Chelsea was in), so places are read without it.
 */

/** Words that only close a letter: what follows them at the end is the writer's name, with or without a comma. */
const CLOSINGS =
  'sincerely|respectfully|regards|best regards|kind regards|warm regards|warmly|god bless|god bless you|blessings|' +
  'yours truly|truly|atentamente|cordialmente|bendiciones|saludos cordiales|dios te bendiga|dios los bendiga';
/** Thanks and love close a letter too, but "thanks amarillo" may be a town said after: a comma or dash parts them. */
const THANKS =
  'thanks|thank you|thanks so much|thank you so much|thank you very much|thx|ty|love|best|gracias|muchas gracias';
/** One or two words of a name, and a full stop or "!" at most after them. */
const NAME = "([a-z][a-z'-]*)(?:\\s+([a-z][a-z'-]*))?\\s*[.!]*\\s*$";

const AFTER_CLOSING = new RegExp(`(?:^|[\\s,.!])(?:${CLOSINGS})\\s*[,.:;\\-–—]*\\s*${NAME}`, 'i');
const AFTER_THANKS = new RegExp(`(?:^|[\\s,.!])(?:${THANKS})\\s*[,.:;\\n\\-–—]+\\s*${NAME}`, 'i');

/**
 * The text up to a name signed at its end after a closing (one or two words), closing and name cut off; undefined
 * when there is none. A state named there ("Thanks, Chelsea MA") makes it a place after all.
 */
export function beforeSignedName(raw: string): string | undefined {
  const found = AFTER_CLOSING.exec(raw) ?? AFTER_THANKS.exec(raw);
  if (!found) return undefined;
  const words = [found[1], found[2]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
  if (words.some((w) => cachedStateCode(w)) || (words.length === 2 && cachedStateCode(words.join(' '))))
    return undefined;
  const before = raw.slice(0, found.index + (/^[\s,.!]/.test(found[0]) ? 1 : 0)).trim();
  return before || undefined;
}
