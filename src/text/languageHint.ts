import { textWords } from './textWords';

/**
 * A light hint of the language a first text is written in, for when nothing else says so: a crisis
 * text or a request for a person in Spanish must not be answered in English. Counts short words
 * only one of the two languages uses; the flow's own start and switch words decide first.
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
  'me',
  'it',
  'he',
  'she',
  'can',
  'of',
  'a',
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
]);

/** True when a text has more words only Spanish uses than words only English uses. */
export function looksSpanish(text: string): boolean {
  let spanish = 0;
  let english = 0;
  for (const word of textWords(text)) {
    if (SPANISH.has(word)) spanish++;
    else if (ENGLISH.has(word)) english++;
  }
  return spanish > english;
}
