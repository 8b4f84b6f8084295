import { closeEnough, TYPO_MIN_LENGTH } from './editDistance';
import { textWords } from './textWords';

/**
 * Whether a text asks for a person ("can I talk to someone", "is this a bot", "puedo hablar con
 * alguien"), and in which language. The core rule lives here; staff add phrases under the flow's
 * `person` keyword. "my counselor said try AA" mentions a person but asks for none.
 */

/** Someone a texter may ask to reach. */
const PEOPLE: Record<string, 'en' | 'es'> = {
  human: 'en',
  person: 'en',
  someone: 'en',
  somebody: 'en',
  counselor: 'en',
  counsellor: 'en',
  therapist: 'en',
  agent: 'en',
  operator: 'en',
  volunteer: 'en',
  staff: 'en',
  // Textspeak: "can i tlk to some1".
  some1: 'en',
  sum1: 'en',
  alguien: 'es',
  humano: 'es',
  humana: 'es',
  persona: 'es',
  consejero: 'es',
  consejera: 'es',
  operador: 'es',
  operadora: 'es',
  terapeuta: 'es',
  voluntario: 'es',
  voluntaria: 'es',
};

/** Ways to reach them. */
const CONTACT: Record<string, 'en' | 'es'> = {
  talk: 'en',
  talking: 'en',
  speak: 'en',
  speaking: 'en',
  text: 'en',
  texting: 'en',
  chat: 'en',
  chatting: 'en',
  call: 'en',
  calling: 'en',
  reach: 'en',
  contact: 'en',
  connect: 'en',
  transfer: 'en',
  tlk: 'en',
  hablar: 'es',
  hable: 'es',
  platicar: 'es',
  textear: 'es',
  escribir: 'es',
  llamar: 'es',
  conversar: 'es',
  comunicarme: 'es',
  transferir: 'es',
  transfiere: 'es',
  transfiereme: 'es',
};

/** Asking whether the line is a machine is asking for a person too. */
const MACHINE: Record<string, 'en' | 'es'> = {
  bot: 'en',
  robot: 'en',
  chatbot: 'en',
  automated: 'en',
  automatic: 'en',
  machine: 'en',
  automatica: 'es',
  automatico: 'es',
  maquina: 'es',
};

/**
 * Words just before a machine word that make it said of the line: "are you a bot", "is this automated", "am i
 * talking to a robot", "ur a machine", "eres un robot", "esto es automatico", "hablo con una maquina".
 */
const OF_THE_LINE = new Set([
  'you',
  'u',
  'ur',
  'youre',
  'this',
  'it',
  'its',
  'is',
  'are',
  'r',
  'talking',
  'texting',
  'chatting',
  'messaging',
  'eres',
  'es',
  'esto',
]);

/** Articles and fillers between those words and the machine word: "are you a real bot", "is this just a machine". */
const BEFORE_MACHINE = new Set(['a', 'an', 'just', 'only', 'real', 'un', 'una', 'solo', 'like', 'some']);

/**
 * Whether the machine word at `at` is said of the line: the whole text ("bot?", "a robot"), or after a word that
 * points at whoever answers ("are you a bot", "is this automated"). "slot machines", "the machines at the casino",
 * "he works on machines", "im a robot lol i drink too much" tell something, and are read as what they tell (the
 * twenty-fifth session's probe: a gambler's "i cant stop playing slot machines" got the automated line's notice).
 */
function saidOfTheLine(words: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && BEFORE_MACHINE.has(words[k])) k--;
  // The whole text: "bot?", "a robot", "bot or human?".
  if (k < 0)
    return (
      words.length - at <= 3 &&
      words.slice(at + 1).every((w) => POLITE.has(w) || w === 'or' || ALONE.has(w) || Object.hasOwn(PEOPLE, w))
    );
  // "talking to a bot", "hablo con una maquina": "to" and "con" only after a verb of talking ("addicted to machines").
  if (words[k] === 'to' || words[k] === 'with' || words[k] === 'con') return TALKING.has(words[k - 1]);
  return OF_THE_LINE.has(words[k]);
}

/** Verbs of talking before "to" or "con": "am i talking to a robot", "estoy hablando con una maquina". */
const TALKING = new Set([
  'talking',
  'texting',
  'chatting',
  'speaking',
  'talk',
  'text',
  'chat',
  'speak',
  'hablo',
  'hablando',
  'hablar',
]);

/** Person words that ask for a person on their own ("person" alone answers "how would you like to meet?"). */
const ALONE = new Set([
  'human',
  'counselor',
  'counsellor',
  'therapist',
  'agent',
  'operator',
  'humano',
  'consejero',
  'consejera',
  'operador',
]);

/** "a real person", "live human", "persona real". */
const REAL = new Set(['real', 'live', 'actual', 'verdadera', 'verdadero']);

/** "my counselor", "mi consejera": someone the texter already has, not someone to reach now. */
const OWN = new Set(['my', 'his', 'her', 'our', 'their', 'mi', 'su', 'nuestro', 'nuestra']);

/** Phrases where a person word means something else: "in person" is a way to meet. */
const NOT_A_REQUEST_BEFORE = new Set(['in', 'en']);

/** Small Spanish words that say which language a request is in when its key word is shared ("robot"). */
const SPANISH_HINTS = new Set([
  'eres',
  'es',
  'un',
  'una',
  'con',
  'quiero',
  'puedo',
  'hay',
  'necesito',
  'usted',
  'que',
  'por',
  'favor',
]);

/** Each table's words long enough to carry a typo, worked out once: most texts hold none of them. */
const typoWords = new Map<Record<string, 'en' | 'es'>, Array<[string, 'en' | 'es']>>();

/** How many typo look-ups each table remembers: texters repeat their words, and memory stays bounded. */
const TYPO_CACHE_LIMIT = 20_000;
/** Per table, what a long word not listed as written stands for ('' for nothing): one scan per new word. */
const typoAnswers = new Map<Record<string, 'en' | 'es'>, Map<string, 'en' | 'es' | ''>>();

/**
 * Everyday words one letter from a word of the tables, never read as it: "taking pills" is no "talking", "falling"
 * no "calling" (a nurse "taking pills from work ... someone might know me" got the person reply).
 */
const NEVER_A_TYPO = new Set(['taking', 'walking', 'stalking', 'falling', 'calming', 'sneaking', 'tacking']);

function lookup(word: string, table: Record<string, 'en' | 'es'>): 'en' | 'es' | undefined {
  const exact = Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
  if (exact) return exact;
  if (word.length < TYPO_MIN_LENGTH || NEVER_A_TYPO.has(word)) return undefined;
  let answers = typoAnswers.get(table);
  if (!answers) typoAnswers.set(table, (answers = new Map()));
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = nearestInTable(word, table) ?? '';
    if (answers.size >= TYPO_CACHE_LIMIT) answers.clear();
    answers.set(word, answer);
  }
  return answer || undefined;
}

function nearestInTable(word: string, table: Record<string, 'en' | 'es'>): 'en' | 'es' | undefined {
  let long = typoWords.get(table);
  if (!long) typoWords.set(table, (long = Object.entries(table).filter(([w]) => w.length >= TYPO_MIN_LENGTH)));
  for (const [wanted, lang] of long) {
    if (Math.abs(wanted.length - word.length) <= 1 && closeEnough(word, wanted)) return lang;
  }
  return undefined;
}

/** "Is anyone there?", "hay alguien ahi?": someone asked after, in a short text, is a person asked for. */
const ANYONE: Record<string, 'en' | 'es'> = {
  anyone: 'en',
  anybody: 'en',
  someone: 'en',
  somebody: 'en',
  some1: 'en',
  sum1: 'en',
  any1: 'en',
  alguien: 'es',
};
const THERE = new Set(['there', 'here', 'out', 'ahi', 'alli', 'aqui', 'alla']);
/** Longer texts that say "someone there" tell a story ("someone there told me about AA"), not a question. */
const ANYONE_THERE_MAX_WORDS = 6;

/** The small words between "anyone" and a way to reach them in "is there anyone i can talk to", "anybody to call". */
const ANYONE_TO = new Set(['i', 'we', 'u', 'can', 'could', 'to', 'that', 'who', 'ill', 'cn', 'will', 'que', 'me']);

/** Being listened to is what a person gives: "i need somebody to listen", "necesito que alguien me escuche". */
const LISTEN = new Set(['listen', 'escuche', 'escuchen', 'escucharme', 'escuchar']);

/**
 * "anyone i can talk to", "somebody to call": someone sought to reach, the way to reach them after. Not "my son
 * won't talk to anyone", where the way comes first.
 */
function anyoneToReach(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i < words.length; i++) {
    const who = Object.prototype.hasOwnProperty.call(ANYONE, words[i]) ? ANYONE[words[i]] : peerAsked(words, i);
    if (!who) continue;
    for (let j = i + 1; j < words.length && j <= i + 4; j++) {
      if (LISTEN.has(words[j]) || lookup(words[j], CONTACT)) return who;
      if (!ANYONE_TO.has(words[j]) && !(who === 'en' && THERE.has(words[j]))) break;
    }
  }
  return undefined;
}

/** Peers a texter may ask to reach: "any addicts here i can talk to", "another alcoholic to talk to". */
const PEERS: ReadonlySet<string> = new Set(['alcoholic', 'alcoholics', 'addict', 'addicts', 'gambler', 'gamblers']);
/** Words before a peer that seek one: "any", "another", "an" after "there" ("is there an alcoholic"). */
const PEER_SOUGHT_BY: ReadonlySet<string> = new Set(['any', 'another', 'other', 'fellow']);

/** 'en' when the word at `i` is a peer sought ("any addicts", "is there an alcoholic"), else undefined. */
function peerAsked(words: readonly string[], i: number): 'en' | undefined {
  if (!PEERS.has(words[i])) return undefined;
  const before = words[i - 1] ?? '';
  if (PEER_SOUGHT_BY.has(before)) return 'en';
  return (before === 'a' || before === 'an') && (words[i - 2] === 'there' || words[i - 2] === 'theres')
    ? 'en'
    : undefined;
}

/** Ways to ask the line to ring or text back: "call me", "text me back". */
const CALL = new Set(['call', 'text', 'phone', 'ring']);
/** Who is asked to call in "can you call me", "someone call me". */
const ASKED = new Set(['you', 'u', 'someone', 'somebody', 'anyone', 'anybody', 'yall', 'ya']);
/** What asks: "can you call me", "please call me". */
const ASKING = new Set(['can', 'could', 'would', 'will', 'please', 'pls', 'plz', 'cn']);
const PLEASE = new Set(['please', 'pls', 'plz']);
/** "call me crazy", "text me the address": no call asked for. */
const CALL_ME_NOT = new Set(['crazy', 'names', 'the', 'a', 'an', 'that', 'it', 'when', 'if', 'out']);
/**
 * What may follow "text me" when a person is asked to write back: "text me back", "text me asap". The line
 * itself texts, so "can u text me meetings every day" asks for what it sends, not for a person.
 */
const TEXT_ME_BACK = new Set(['back', 'please', 'pls', 'plz', 'asap', 'now', 'soon', 'again', 'sometime']);
/** Spanish asks to be called in one word: "llamame", "llamenme", "marcame". */
const LLAMAME = new Set(['llamame', 'llamenme', 'marcame', 'marquenme', 'hablame', 'hablenme']);
/** "me pueden llamar", "pueden llamarme": a verb of being able, then the call. */
const PUEDEN = new Set(['puedes', 'pueden', 'podrias', 'podrian', 'podria', 'puede', 'podran']);
const LLAMAR = new Set(['llamar', 'marcar', 'hablar', 'textear']);
const LLAMARME = new Set(['llamarme', 'marcarme', 'hablarme', 'textearme']);
/** "i need a counselor", "necesito un consejero": the person needed, named after a need. */
const NEED: Record<string, 'en' | 'es'> = {
  need: 'en',
  want: 'en',
  // "get me a human", "give me a counselor".
  get: 'en',
  give: 'en',
  necesito: 'es',
  quiero: 'es',
  ocupo: 'es',
};
const ARTICLES = new Set(['a', 'an', 'un', 'una', 'some', 'to', 'talk', 'speak', 'hablar', 'con', 'me']);

/**
 * "can you call me", "please text me back", "llamame", "me pueden llamar?": the line asked to reach the texter,
 * which only a person could. Not "my mom keeps calling me" (nobody is asked) or "call me crazy".
 */
function askedToCall(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (LLAMAME.has(w)) return 'es';
    if (LLAMARME.has(w) && PUEDEN.has(words[i - 1] ?? '')) return 'es';
    if (w === 'me' && PUEDEN.has(words[i + 1] ?? '') && LLAMAR.has(words[i + 2] ?? '')) return 'es';
    if (!CALL.has(w) || words[i + 1] !== 'me' || CALL_ME_NOT.has(words[i + 2] ?? '')) continue;
    if (w === 'text' && words[i + 2] !== undefined && !TEXT_ME_BACK.has(words[i + 2])) continue;
    const before = words[i - 1];
    // "please call me"; not "she would call me" or "my sponsor can call me", where no one is asked.
    if (before === undefined || PLEASE.has(before)) return 'en';
    if (ASKED.has(before) && (i === 1 || ASKING.has(words[i - 2]))) return 'en';
  }
  return undefined;
}

/** "i need a counselor", "necesito un consejero", "quiero una persona real": a person named after a need. */
function personNeeded(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i < words.length; i++) {
    const need = Object.prototype.hasOwnProperty.call(NEED, words[i]) ? NEED[words[i]] : undefined;
    if (!need) continue;
    let j = i + 1;
    while (j < words.length && j <= i + 3 && ARTICLES.has(words[j])) j++;
    if (j < words.length && (ALONE.has(words[j]) || words[j] === 'persona')) return need;
  }
  return undefined;
}

/** "who can i talk to", "con quien puedo hablar": asking who to reach is asking for a person. */
const WHO: Record<string, 'en' | 'es'> = { who: 'en', quien: 'es' };
/** The small words between "who" and the way to reach them: "who can i talk to", "con quien puedo hablar". */
const WHO_TO = new Set(['can', 'could', 'do', 'should', 'i', 'we', 'u', 'puedo', 'podria', 'pueda', 'debo']);
/** "hay alguien que me ayude", "is there a person who can help me": someone sought to help the texter. */
const HELP_ME: Record<string, 'en' | 'es'> = { help: 'en', ayude: 'es', ayudar: 'es', ayudarme: 'es', apoye: 'es' };
const SOUGHT: Record<string, 'en' | 'es'> = {
  someone: 'en',
  somebody: 'en',
  person: 'en',
  human: 'en',
  alguien: 'es',
  persona: 'es',
  humano: 'es',
};
/** Between the one sought and "help": "who can", "que me pueda". */
const SOUGHT_TO = new Set(['who', 'that', 'can', 'could', 'to', 'que', 'me', 'pueda', 'puede', 'podria']);

/**
 * "who can i talk to", "con quien puedo hablar", "hay una persona que me pueda ayudar": the texter asks who
 * could help them. A question only: "there" or "hay" comes first, or "who" asks, so "my son needs someone
 * to help him" tells of a need, not a request.
 */
function whoToReach(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i < words.length; i++) {
    const who = Object.prototype.hasOwnProperty.call(WHO, words[i]) ? WHO[words[i]] : undefined;
    if (who && (who === 'en' || words[i - 1] === 'con')) {
      for (let j = i + 1; j < words.length && j <= i + 3; j++) {
        if (lookup(words[j], CONTACT)) return who;
        if (!WHO_TO.has(words[j])) break;
      }
    }
    if (words[i] !== 'hay' && !(words[i] === 'there' && words[i - 1] === 'is')) continue;
    let k = i + 1;
    if (['a', 'an', 'una', 'un'].includes(words[k])) k++;
    const sought = Object.prototype.hasOwnProperty.call(SOUGHT, words[k] ?? '') ? SOUGHT[words[k]] : undefined;
    if (!sought) continue;
    for (let j = k + 1; j < words.length && j <= k + 4; j++) {
      if (Object.prototype.hasOwnProperty.call(HELP_ME, words[j])) return sought;
      if (!SOUGHT_TO.has(words[j])) break;
    }
  }
  return undefined;
}

/** The verbs of "are you human", "is this a person", "eres humano", "am i talking to a real person". */
const BEING: Record<string, 'en' | 'es'> = { are: 'en', r: 'en', is: 'en', am: 'en', eres: 'es', estoy: 'es' };
/** What a texter asks the line to be: a person, or real. */
const WHAT_IT_IS = new Set(['human', 'person', 'real', 'humano', 'humana', 'persona', 'alive', 'living']);
/** "is this ai", "are you chatgpt": in an English question about the line only ("estoy ai" is Spanish "ahi"). */
const AI_NAMES = new Set(['ai', 'chatgpt', 'gpt']);
/** The small words between the verb and what it asks: "are you a real", "am i talking to a", "estoy hablando con". */
const BEING_TO = new Set([
  'you',
  'u',
  'ya',
  'yall',
  'this',
  'a',
  'an',
  'i',
  'talking',
  'texting',
  'chatting',
  'speaking',
  'to',
  'with',
  'even',
  'actually',
  'really',
  'live',
  'actual',
  'una',
  'un',
  'hablando',
  'con',
  'texteando',
  'escribiendo',
]);
/** Who the question is about: the line, or whoever answers ("are you human", "is this a person"); not "is he real". */
const THE_LINE = new Set(['you', 'u', 'ya', 'yall', 'this', 'i', 'talking', 'hablando']);

/**
 * "r u human", "is this a real person", "am i talking to a bot", "eres humano": a texter asking whether a person
 * answers wants one. Not "is my son a real addict" or "are they real", about someone else.
 */
function askedIfPerson(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i < words.length; i++) {
    const lang = Object.prototype.hasOwnProperty.call(BEING, words[i]) ? BEING[words[i]] : undefined;
    if (!lang) continue;
    // Spanish drops the pronoun: "eres humano" asks the line; English names it, "are you", "is this".
    let aboutLine = lang === 'es';
    for (let j = i + 1; j < words.length && j <= i + 5; j++) {
      if (WHAT_IT_IS.has(words[j]) || (lang === 'en' && AI_NAMES.has(words[j]))) {
        if (aboutLine) return lang;
        break;
      }
      if (!BEING_TO.has(words[j])) break;
      if (THE_LINE.has(words[j])) aboutLine = true;
    }
  }
  return undefined;
}

/** "transfer me", "transfer me please", "put me through": only a person could take the call or text on. */
function askedToTransfer(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'transfer' && words[i + 1] === 'me') return 'en';
    if (words[i] === 'put' && words[i + 1] === 'me' && words[i + 2] === 'through') return 'en';
    if (words[i] === 'transfiereme') return 'es';
  }
  return undefined;
}

/** Words around a person asked for that ask nothing more: "human pls", "a human please", "una persona por favor". */
const POLITE = new Set(['a', 'an', 'please', 'pls', 'plz', 'now', 'asap', 'un', 'una', 'con', 'por', 'favor', 'porfa']);

/** A need to let it out, which a person hears, not a list of meetings: "i need to vent", "necesito desahogarme". */
const VENT_WORDS: Record<string, 'en' | 'es'> = { vent: 'en', venting: 'en', desahogarme: 'es', desahogar: 'es' };
const VENT_AFTER = new Set(['need', 'want', 'wanna', 'just', 'to', 'i', 'some', 'somewhere', 'necesito', 'quiero']);

/** "i need to vent", "just wanna vent", "necesito desahogarme": a need or wish, then the word, in a short text. */
function wantsToVent(words: readonly string[]): 'en' | 'es' | undefined {
  if (words.length > ANYONE_THERE_MAX_WORDS) return undefined;
  const at = words.findIndex((w) => Object.prototype.hasOwnProperty.call(VENT_WORDS, w));
  if (at < 1 || !VENT_AFTER.has(words[at - 1])) return undefined;
  return VENT_WORDS[words[at]];
}

/** The word to talk, alone or after a wish: "talk", "i wanna talk", "quiero hablar", "necesito platicar". */
const TALK_WORDS: Record<string, 'en' | 'es'> = { talk: 'en', tlk: 'en', hablar: 'es', platicar: 'es' };
/** What may come before it: a wish and nothing else. Not "dont" or "have", as in "do i have to talk". */
const WISH_BEFORE_TALK = new Set([
  'i',
  'need',
  'want',
  'wanna',
  'just',
  'really',
  'to',
  'lets',
  'yo',
  'quiero',
  'necesito',
  'solo',
  'nomas',
]);

/** A US ZIP code, said after "talk". */
const ZIP = /^\d{5}$/;

/**
 * "talk" (a keyword of NA's line finder, yap; "talk 27592" too), "talk pls", "i wanna talk", "quiero hablar", "just
 * want to talk", "necesito platicar": a wish to talk, which only a person can meet. Every other word is a wish or a
 * polite one, so "do i have to talk", "i dont want to talk" and "he wont talk to me" ask for nobody.
 */
function wantsToTalk(words: readonly string[]): 'en' | 'es' | undefined {
  if (words.length > ANYONE_THERE_MAX_WORDS) return undefined;
  let found: 'en' | 'es' | undefined;
  for (const word of words) {
    if (Object.prototype.hasOwnProperty.call(TALK_WORDS, word) && !found) found = TALK_WORDS[word];
    // "talk 27592": yap's way, the word and a ZIP code (the step keeps the ZIP as the place).
    else if (!(found ? POLITE.has(word) || TALK_ENDS.has(word) || ZIP.test(word) : WISH_BEFORE_TALK.has(word)))
      return undefined;
  }
  return found;
}

/** Who "you there?" asks after: the line. */
const YOU = new Set(['you', 'u', 'ya', 'yall']);
/** What may come before it in "are you there", "r u there", "hello you there". */
const BEFORE_YOU = new Set(['are', 'r', 'hello', 'hey', 'hi', 'yo']);
/** "estas ahi", "sigue ahi": Spanish asks with the verb alone. Not "esta", as in "la junta esta ahi?". */
const ESTAS = new Set(['estas', 'estan', 'sigues', 'sigue']);
/** "anyone??", "hello anybody": someone asked after, with nothing but a greeting around. */
const ANYONE_ALONE = new Set(['anyone', 'anybody']);
const GREETINGS = new Set(['hello', 'hi', 'hey', 'helo', 'yo']);
/** Words beyond which "you there" is part of something else ("see you there at 7"). */
const STILL_THERE_MAX_WORDS = 5;

/**
 * "u there?", "are you still there", "estas ahi?", "anyone??": a short text checking that someone answers. Not
 * "see you there", where "you" follows another verb, nor "you there yet", where more follows.
 */
function askedIfThere(words: readonly string[]): 'en' | 'es' | undefined {
  if (words.length > STILL_THERE_MAX_WORDS) return undefined;
  if (words.some((w) => ANYONE_ALONE.has(w)) && words.every((w) => ANYONE_ALONE.has(w) || GREETINGS.has(w))) {
    return 'en';
  }
  for (let i = 0; i < words.length; i++) {
    if (ESTAS.has(words[i]) && (words[i + 1] === 'ahi' || words[i + 1] === 'alli')) return 'es';
    if (!YOU.has(words[i]) || (i > 0 && !BEFORE_YOU.has(words[i - 1]))) continue;
    const at = words[i + 1] === 'still' ? i + 2 : i + 1;
    if (words[at] === 'there' && at === words.length - 1) return 'en';
  }
  return undefined;
}

/** What someone at the line would be doing: "is anyone reading this", "is someone listening". */
const AT_THE_LINE = new Set(['reading', 'listening', 'answering', 'monitoring', 'awake', 'real']);
/** What may follow it: the texts, or nothing. Not "is someone reading the steps", about a meeting. */
const THESE_TEXTS = new Set(['this', 'these', 'that', 'my', 'me', 'texts', 'messages']);
/** After the human sought, a place that is not the line: "are there any humans in these groups". */
const ELSEWHERE = new Set(['in', 'at']);
/** A human sought at the line: "is there a human", "any humans here", "hay un humano". */
const HUMANS: Record<string, 'en' | 'es'> = { human: 'en', humans: 'en', humano: 'es', humanos: 'es' };
/** Who a crisis line has: "is there a crisis counselor". */
const CRISIS_HELPERS = new Set(['counselor', 'counsellor', 'counselors', 'worker', 'line', 'hotline']);
const SOME = new Set(['a', 'an', 'any', 'un', 'una', 'algun', 'real', 'live', 'actual']);

/**
 * "is anyone reading this", "is there a human on the other end", "any humans here", "hay un humano", "is there a
 * crisis counselor": asking whether a person is at the line. Short texts only: "is someone reading the steps at the
 * meeting tonight" is about a meeting.
 */
function askedIfSomeoneIsThere(words: readonly string[]): 'en' | 'es' | undefined {
  if (words.length > ANYONE_THERE_MAX_WORDS + 2) return undefined;
  for (let i = 0; i < words.length; i++) {
    const who = Object.prototype.hasOwnProperty.call(ANYONE, words[i]) ? ANYONE[words[i]] : undefined;
    if (who && (words[i - 1] === 'is' || words[i - 1] === 'are') && AT_THE_LINE.has(words[i + 1] ?? '')) {
      if (i + 2 === words.length || THESE_TEXTS.has(words[i + 2])) return who;
    }
    // After "is there", "are there", "hay", or "any" opening the text.
    const asks = (words[i] === 'there' && (words[i - 1] === 'is' || words[i - 1] === 'are')) || words[i] === 'hay';
    if (!asks && !(i === 0 && words[i] === 'any')) continue;
    let k = asks ? i + 1 : i;
    while (k < words.length && k <= i + 3 && SOME.has(words[k])) k++;
    const human = Object.prototype.hasOwnProperty.call(HUMANS, words[k] ?? '') ? HUMANS[words[k]] : undefined;
    if (human && !ELSEWHERE.has(words[k + 1] ?? '')) return human;
    if (words[k] === 'crisis' && CRISIS_HELPERS.has(words[k + 1] ?? '')) return 'en';
  }
  return undefined;
}

/** Who is asked to talk in "can we talk", "can you just talk to me". */
const TALKERS = new Set(['we', 'you', 'u', 'someone', 'somebody', 'anyone', 'anybody']);
const TALK = new Set(['talk', 'tlk', 'chat', 'speak']);
/** What may end "can we talk ...": to or with the texter, now. Not "can we talk about meetings". */
const TALK_ENDS = new Set(['to', 'with', 'me', 'please', 'pls', 'plz', 'now', 'rn', 'asap', 'for', 'a', 'bit', 'min']);

/** "can we talk", "can you just talk to me", "could someone chat with me": asked to talk, which only a person can. */
function askedToTalk(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!ASKING.has(words[i]) || !TALKERS.has(words[i + 1])) continue;
    const at = words[i + 2] === 'just' ? i + 3 : i + 2;
    if (!TALK.has(words[at] ?? '')) continue;
    let end = at + 1;
    while (end < words.length && TALK_ENDS.has(words[end])) end++;
    if (end === words.length) return 'en';
  }
  return undefined;
}

/** Spanish asks help of someone with "me": "alguien me puede ayudar", "alguien que me ayude". */
const PUEDE_AYUDAR = new Set(['puede', 'pueda', 'podria', 'que']);
const AYUDAR = new Set(['ayudar', 'ayudarme', 'ayude', 'ayudame']);

/**
 * "alguien me puede ayudar?": someone asked to help the texter, and nothing more. Not "mi hijo necesita alguien que
 * lo ayude", about someone else. (English "can someone help me" is a plea the HELP text answers, by the flow's `help`
 * intent.)
 */
function someoneToHelpMe(words: readonly string[]): 'en' | 'es' | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'alguien') continue;
    let j = i + 1;
    if (words[j] === 'que') j++;
    if (words[j] !== 'me') continue;
    if (PUEDE_AYUDAR.has(words[j + 1] ?? '')) j++;
    // Asked alone ("... ayudar por favor"): "alguien me puede ayudar a encontrar una junta" asks for meetings.
    if (AYUDAR.has(words[j + 1] ?? '') && words.slice(j + 2).every((w) => POLITE.has(w) || w === 'ahora')) return 'es';
  }
  return undefined;
}

/** "quien eres", "who are you", "who r u": asking who answers is asking whether a person does. */
function askedWhoAnswers(words: readonly string[]): 'en' | 'es' | undefined {
  if (words.length > STILL_THERE_MAX_WORDS) return undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === 'quien' && (words[i + 1] === 'eres' || (words[i + 1] === 'es' && words[i + 2] === 'usted'))) {
      return 'es';
    }
    if (words[i] === 'who' && (words[i + 1] === 'are' || words[i + 1] === 'r') && YOU.has(words[i + 2] ?? '')) {
      return 'en';
    }
  }
  return undefined;
}

/** Meeting words: "someone at a meeting", "a human meeting". */
const MEETING_WORDS = new Set(['meeting', 'meetings', 'mtg', 'mtgs', 'group', 'groups', 'reunion', 'junta']);
/** Words that make a meeting one of people in a room: "a human meeting not zoom", "a real meeting". */
const IN_A_ROOM = new Set(['human', 'person', 'live', 'real', 'actual']);

/** Words between "at" and a meeting word: "at the meeting", "at these meetings", "en las juntas". */
const BEFORE_A_MEETING = new Set([
  'a',
  'the',
  'these',
  'those',
  'this',
  'that',
  'your',
  'their',
  'las',
  'los',
  'la',
  'el',
]);

/**
 * "can i talk to someone at a meeting", "i need a human meeting not zoom": people at meetings, or a meeting in a room,
 * which the line's lists answer; no request to reach a person now (the sixteenth session's regression probe).
 */
export function aboutMeetingsPeople(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (!MEETING_WORDS.has(words[i])) continue;
    if (IN_A_ROOM.has(words[i - 1])) return true;
    // "at these meetings", "at the meeting", "en las juntas".
    const at = BEFORE_A_MEETING.has(words[i - 1]) ? i - 2 : i - 1;
    if (words[at] === 'at' || words[at] === 'en') return true;
  }
  return false;
}

/**
 * The words with "taking" read as "talking" where it goes to someone ("taking to a person", "someone i can taking
 * to"): NEVER_A_TYPO keeps "taking pills" from being a request, not this slip.
 */
function talkingMeant(words: readonly string[]): readonly string[] {
  const at = words.indexOf('taking');
  if (at < 0 || (words[at + 1] !== 'to' && words[at + 1] !== 'with')) return words;
  return words.map((w, i) => (i === at ? 'talking' : w));
}

/** The language of a request for a person, or undefined when the text asks for none. */
export function personRequest(text: string): { lang: 'en' | 'es' } | undefined {
  const words = talkingMeant(textWords(text));
  if (aboutMeetingsPeople(words)) return undefined;
  const lang = (found: 'en' | 'es'): { lang: 'en' | 'es' } => ({
    lang: found === 'es' || words.some((w) => SPANISH_HINTS.has(w)) ? 'es' : 'en',
  });
  const called = askedToCall(words);
  if (called) return lang(called);
  // "she needs someone to talk to": what someone else needs, told; "...can you call me" above still asks.
  if (neededBySomeoneElse(words)) return undefined;
  const asked = personNeeded(words) ?? askedIfPerson(words) ?? askedToTransfer(words);
  if (asked) return lang(asked);
  const checked = askedIfThere(words) ?? askedIfSomeoneIsThere(words) ?? askedWhoAnswers(words);
  if (checked) return lang(checked);
  const talk = askedToTalk(words) ?? someoneToHelpMe(words);
  if (talk) return lang(talk);
  if (words.length <= ANYONE_THERE_MAX_WORDS) {
    for (let i = 0; i + 1 < words.length; i++) {
      const who = Object.prototype.hasOwnProperty.call(ANYONE, words[i]) ? ANYONE[words[i]] : undefined;
      if (who && THERE.has(words[i + 1])) return lang(who);
    }
  }
  const sought = anyoneToReach(words) ?? whoToReach(words);
  if (sought) return lang(sought);
  // "human", "counselor": the whole text is the person asked for, "human pls" and "a human please" too.
  const bare = words.filter((w) => !POLITE.has(w));
  if (bare.length === 1 && ALONE.has(bare[0])) return lang(PEOPLE[bare[0]]);
  // "a person please": not "person pls" alone, which answers how to meet.
  if (bare.length === 1 && (bare[0] === 'person' || bare[0] === 'persona') && words[0] !== bare[0])
    return lang(PEOPLE[bare[0]]);
  const vent = wantsToVent(words) ?? wantsToTalk(words);
  if (vent) return lang(vent);
  let person: 'en' | 'es' | undefined;
  let contact: 'en' | 'es' | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const before = words[i - 1];
    const machine = lookup(word, MACHINE);
    if (machine && saidOfTheLine(words, i)) return lang(machine);
    const who = lookup(word, PEOPLE);
    if (who && !(before && (OWN.has(before) || NOT_A_REQUEST_BEFORE.has(before)))) {
      if ((before && REAL.has(before)) || (words[i + 1] !== undefined && REAL.has(words[i + 1]))) return lang(who);
      person ??= who;
    }
    contact ??= lookup(word, CONTACT);
  }
  if (!person || !contact) return undefined;
  return lang(person === 'es' || contact === 'es' ? 'es' : 'en');
}

/** Someone else named as the one who needs or wants: "she needs", "my son wants", "mi hija necesita". */
const THIRD_PERSON = new Set(['she', 'he', 'they', 'shes', 'hes', 'theyre', 'ella', 'el', 'ellos', 'ellas']);
/** The verb said of one other person ("my son needs"): "my kids need" is left alone, as "i need" is never read here. */
const NEEDS_ONE = new Set(['needs', 'wants', 'necesita', 'quiere', 'ocupa']);
const NEEDS = new Set([...NEEDS_ONE, 'need', 'want', 'necesitan', 'quieren']);
/** Words between the one named and the need: "she really needs", "my son just needs", "mi hija solo necesita". */
const BEFORE_NEEDS = new Set(['really', 'just', 'only', 'still', 'also', 'solo', 'tambien', 'realmente', 'does', 'do']);
/** Owners that make the next word someone close: "my son", "his wife", "mi hija". */
const SOMEONES = new Set(['my', 'his', 'her', 'our', 'their', 'mi', 'su', 'nuestro', 'nuestra']);

/**
 * "my 15 yr old daughter's dad is an alcoholic, she needs someone to talk to": the texter tells what someone else
 * needs (a group, Alateen), not asks the line for a person (the twenty-third session's probe: the whole text got "this
 * line is automated, call 988" and its town and family were not said back). "I need someone to talk to" is still asked.
 */
function neededBySomeoneElse(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!NEEDS.has(words[i])) continue;
    let j = i - 1;
    while (j >= 0 && BEFORE_NEEDS.has(words[j])) j--;
    if (j < 0) continue;
    // "she needs", "he wants": third person; "needs" alone with a name before it ("my son needs") too.
    if (THIRD_PERSON.has(words[j])) return true;
    if (j >= 1 && SOMEONES.has(words[j - 1]) && NEEDS_ONE.has(words[i])) return true;
  }
  return false;
}
