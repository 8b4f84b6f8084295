import { textWords } from './textWords';

/**
 * A light hint of the language a first text is written in, for when nothing else says so: a crisis
 * text or a request for a person in Spanish must not be answered in English. Counts words only one
 * of the two languages uses; the flow's own start and switch words decide first. "me", "a", "no"
 * and "mi" are said in both, so only one side counts each ("me voy a matar" is Spanish).
 */

const SPANISH = new Set([
  'quiero',
  'puedo',
  'necesito',
  'tengo',
  'estoy',
  'eres',
  'gracias',
  'ayudame',
  'hablar',
  'alguien',
  'vivir',
  'morir',
  'porque',
  'pero',
  'una',
  'con',
  'para',
  'por',
  'favor',
  'que',
  'mi',
  'hijo',
  'hija',
  'esposo',
  'esposa',
  'yo',
  'ya',
  'muy',
  'donde',
  'como',
  'tomo',
  'bebe',
  'toma',
  'drogas',
  'reunion',
  'reuniones',
  'el',
  'la',
  'los',
  'las',
  'es',
  'esta',
  'mas',
  'nada',
  'hola',
  'buenas',
  'si',
  'ella',
  'ellos',
  'soy',
  // The words a crisis or a first request is said with, which must not be read as English.
  'voy',
  'vas',
  'va',
  'matar',
  'matarme',
  'muero',
  'muerta',
  'muerto',
  'morirme',
  'quisiera',
  'kiero',
  'sobredosis',
  'ayuda',
  'nadie',
  'vida',
  'pastillas',
  'tome',
  'mejor',
  'estar',
  'despertar',
  'hablas',
  'espanol',
  'alguna',
  'alguno',
  'hay',
  'tiene',
  'alcoholico',
  'alcoholica',
  'junta',
  'juntas',
  'cerca',
  'aqui',
  'ahora',
  'noche',
  'manana',
  'hoy',
  'del',
  'se',
  'le',
  'lo',
  'te',
  'de',
  'en',
  'un',
  'persona',
  'linea',
  'telefono',
  'papa',
  'hermano',
  'hermana',
  'novio',
  'novia',
  'amigo',
  'amiga',
  // Said to ask for Spanish, or to tell about someone: "habla español?", "toma mucho".
  'habla',
  'hablan',
  'mucho',
  'mucha',
  'tambien',
  'cuando',
  'marido',
  'droga',
  'necesita',
  // The fourteenth session's Spanish probe: crisis words and openers first answered in English ("ojala me muera",
  // "ando tomado y voy manejando", "oiga", "disculpe").
  'ojala',
  'muera',
  'ando',
  'manejando',
  'manejar',
  'tiro',
  'canse',
  'cansado',
  'cansada',
  'siento',
  'pecho',
  'respirar',
  'sangre',
  'vomitando',
  'corazon',
  'tirarme',
  'auxilio',
  'socorro',
  'disculpe',
  'oiga',
  'mande',
  'buenos',
  'dias',
  'tardes',
  'noches',
  // The texter's own use said in Spanish (the twenty-eighth session: "bebo mucho" after NEW went on in English). Not
  // "usa" nor "consume", which English writes too.
  'bebo',
  'uso',
  'fumo',
  'consumo',
  'beber',
  'tomar',
  'dejar',
  'fuma',
  'cerveza',
  'familia',
  'cuanto',
  'semana',
  'sobrio',
  'sobria',
]);

const ENGLISH = new Set([
  'i',
  'im',
  'the',
  'my',
  'want',
  'to',
  'is',
  'and',
  'you',
  'it',
  'he',
  'she',
  'can',
  'of',
  'an',
  'this',
  'that',
  'what',
  'have',
  'need',
  'help',
  'please',
  'thanks',
  'thank',
  'with',
  'for',
  'are',
  'am',
  'be',
  'just',
  'in',
  'on',
  'at',
  'near',
  'where',
  'how',
  'do',
  'dont',
  'meeting',
  'meetings',
  'there',
  'going',
  'go',
  'get',
  'anyone',
  'someone',
  'talk',
  'drinking',
  'drinks',
  'wife',
  'husband',
  'daughter',
  'kill',
  'myself',
  'die',
  'dead',
  'pills',
  'overdose',
  'took',
  // The twenty-ninth session: "i drink too much" after NUEVO went on in Spanish. Everyday English of the line's
  // topics, none of them a Spanish word ("son" and "alcohol" are).
  'drink',
  'drank',
  'drunk',
  'too',
  'much',
  'use',
  'uses',
  'using',
  'addicted',
  'brother',
  'sister',
  'mom',
  'dad',
  'friend',
  'her',
  'his',
  'we',
  'they',
  'was',
  'not',
  'every',
  'night',
]);

/** Short Spanish words that are also sung or hummed in English ("la la land", "la di da"): said twice, counted once. */
const SUNG_TWICE: ReadonlySet<string> = new Set(['la', 'el', 'lo', 'le', 'de', 'ya', 'si']);

/** How many words of a text only Spanish uses, and how many only English uses. */
function wordCounts(text: string): { spanish: number; english: number } {
  let spanish = 0;
  let english = 0;
  let before = '';
  for (const word of textWords(text)) {
    const again = word === before && SUNG_TWICE.has(word);
    before = word;
    if (again) continue;
    if (SPANISH.has(word)) spanish++;
    else if (ENGLISH.has(word)) english++;
  }
  return { spanish, english };
}

/** True when a text has more words only Spanish uses than words only English uses. */
export function looksSpanish(text: string): boolean {
  const { spanish, english } = wordCounts(text);
  return spanish > english;
}

/** Words texted alone in both languages: "yo" greets in English, "ya" and "si" answer in either. */
const SAID_IN_BOTH = new Set(['yo', 'ya', 'si', 'no', 'me', 'mi', 'a', 'ok', 'okay']);

/** True when every word of a text is said in both languages ("yo", "yo yo"): it names no language. */
export function saidInBoth(text: string): boolean {
  const words = textWords(text);
  return words.length > 0 && words.every((w) => SAID_IN_BOTH.has(w));
}

/** Spanish words it takes, mid-conversation, to change the language: one ("yo", "ya", "si") is said in English too. */
const PLAINLY = 2;

/**
 * True when a text is plainly Spanish, enough to change an English conversation's language: two Spanish words
 * or more, and more than English ones ("mi esposo toma mucho", "hablas español?"), not a lone "ya" or "si".
 */
export function plainlySpanish(text: string): boolean {
  const { spanish, english } = wordCounts(text);
  return spanish >= PLAINLY && spanish > english;
}

/**
 * English words it takes, mid-conversation, to go back to English from Spanish: two, in a text of three words or
 * more, and no Spanish one. Spanish texters use English words in passing ("ok", "in person", "online please", "the
 * meeting"), so a short text or a lone English word keeps the conversation in Spanish.
 */
const PLAINLY_ENGLISH = { words: 2, textWords: 3 };

/**
 * True when a text is plainly English, enough to change a Spanish conversation's language ("he drinks every
 * night", "my husband needs help"), not "ok", "in person" or "online please".
 */
export function plainlyEnglish(text: string): boolean {
  const { spanish, english } = wordCounts(text);
  return spanish === 0 && english >= PLAINLY_ENGLISH.words && textWords(text).length >= PLAINLY_ENGLISH.textWords;
}
