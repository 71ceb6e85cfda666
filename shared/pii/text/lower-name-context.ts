import { possessiveAt } from './chars.ts';
import { COMMON, FIRST, flagsAt, flagsOf, NOT_NAME, ORG, PLACE, PLACE_PREFIX } from './word-flags.ts';
import { spacedWordAfter } from './words.ts';

/** The words around a lower-case name in speech-to-text that say whether it is one (see lower-case-names.ts). */

/**
 * Words that follow a name said alone, never a word's ordinary use: "this is will how can i help", "hey grant
 * it's joy from liberty bell", "thanks faith" at a turn's end.
 */
const NAME_CLOSERS: ReadonlySet<string> = new Set([
  'from',
  'with',
  'um',
  'uh',
  'its',
  "it's",
  'this',
  'speaking',
]);
/**
 * "how can i help", "may i have your name", "can i get your name", "who am i speaking with": an agent's greeting
 * goes on after their name.
 */
const HOW_HELP =
  /^,? (?:how (?:can|may) |(?:may|can) i (?:have|get|ask|help|please|start|grab) |who am i |what can i do|en qu[eé] (?:le|te|la|lo) (?:puedo|podemos)|c[oó]mo (?:le|te) (?:puedo|podemos))/;
/** "this is jordan can i get your name": an agent's greeting goes on right after the word at `end`. */
const greetingGoesOnAfter = (lower: string, end: number): boolean =>
  HOW_HELP.test(lower.slice(end, end + 16));

/**
 * "it's um jordan" closing the answer, "thanks jordan are you safe", "okay jordan i want to": a given name that is
 * also a place, said to or by the person it names, ends the turn or goes on to them.
 */
const ADDRESSED_AFTER =
  /^,? (?:are you|i (?:want|need|just|am|will|can)|i'm|can you|could you|is that|how are)\b/;
const addressedAfter = (lower: string, end: number): boolean =>
  end >= lower.length || lower.charCodeAt(end) === 10 || ADDRESSED_AFTER.test(lower.slice(end, end + 16));

/** Words people are called by that name no one: "thanks man", "hey buddy". */
const TERMS_OF_ADDRESS: ReadonlySet<string> = new Set([
  'man',
  'dude',
  'buddy',
  'bro',
  'boss',
  'honey',
  'sweetie',
  'babe',
]);

/** Whether the word `lower[start, end)` ends its turn, or one of NAME_CLOSERS follows it. */
export function closesName(lower: string, start: number, end: number): boolean {
  if (TERMS_OF_ADDRESS.has(lower.slice(start, end))) return false;
  const c = lower.charCodeAt(end);
  if (end >= lower.length || c === 10 || c === 13) return true;
  return NAME_CLOSERS.has(spacedWordAfter(lower, end)) || HOW_HELP.test(lower.slice(end, end + 16));
}

/**
 * "my son max is sick", "my wife joy has the card": after a relation, a verb that only a person's name goes on
 * with closes a given name that is also a word ("my son will be" does not).
 */
const PERSON_VERBS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'has',
  'had',
  'said',
  'says',
  'wants',
  'needs',
]);

/** Whether a given name after a relation noun ends there: its turn ends, a closer or a person's verb follows. */
export const closesRelationName = (lower: string, start: number, end: number): boolean =>
  closesName(lower, start, end) || PERSON_VERBS.has(spacedWordAfter(lower, end));

/** "bella rosa kitchen", "marco's pizza": a trade's noun right after the words makes them a business's name. */
export function orgWordAfter(lower: string, end: number): boolean {
  const word = spacedWordAfter(lower, possessiveAt(lower, end) ? end + 2 : end);
  return word.length > 1 && (flagsOf(word) & ORG) !== 0;
}

/** Words after which a lone listed first name in lower-case speech is no one's name. */
const NOT_BEFORE_NAME: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'in',
  'near',
  // "he don't live on adams no more", "hauled into logan", "just past tyler": a street or a town.
  'on',
  'into',
  'past',
  'my',
  'your',
  'his',
  'our',
  'their',
  // "from my employer hollis and brandt": a firm's partners.
  'employer',
  'company',
  'firm',
  // Spanish: "sin esperanza", "mucha paz", "la luz", "una fe": nouns some women are named for.
  'sin',
  'mucha',
  'poca',
  'tanta',
  'una',
]);

const PHRASAL_ON = /(?:hold|hang|come|go|right|and) $/;

/**
 * Whether `lower[start, end)` is one of NOT_BEFORE_NAME, or opens a place's name ("san diego", "saint paul",
 * "mount carmel").
 */
export function notBeforeName(lower: string, start: number, end: number): boolean {
  const n = end - start;
  if (start < 0 || n < 1 || n > 8) return false;
  // "hold on jacob l pruitt": a phrasal verb's "on" addresses a person.
  if (n === 2 && lower.startsWith('on', start) && PHRASAL_ON.test(lower.slice(Math.max(0, start - 6), start)))
    return false;
  return NOT_BEFORE_NAME.has(lower.slice(start, end)) || (flagsAt(lower, start, end) & PLACE_PREFIX) !== 0;
}

/**
 * "with keystone home loans", "from the clinic", "calling from": where a speaker works, said after their name; or
 * "speaking", with which an agent answers ("this is bongani speaking").
 */
const WORKPLACE_AFTER = /^ (?:(?:with|from|at|calling from|here at) [a-z]|speaking(?![a-z]))/;

/**
 * "this is rashid with keystone home loans": after a first-name cue, a word no list knows, followed by where the
 * speaker works, is the speaker's given name.
 */
export function introducedWithWorkplace(
  cue: string | null,
  flags: number,
  lower: string,
  start: number,
  end: number,
): boolean {
  if (cue !== 'first' || (flags & (FIRST | COMMON | NOT_NAME | ORG | PLACE)) !== 0) return false;
  if (!lower.startsWith('this is ', start - 8) || !WORKPLACE_AFTER.test(lower.slice(end, end + 16)))
    return false;
  // "this is harassment at this point": a word made from another ("-ment", "-ing", "-ed") is no given name.
  const word = lower.slice(start, end);
  return !WORD_ENDINGS.test(word) && !word.includes("'");
}
const WORD_ENDINGS = /(?:ment|tion|ness|ing|ed|ly|ity|ance|ence|ful|able)$/;

/** A first name, whether or not it is also an ordinary word, and on no not-a-name list. */
const isFirstName = (flags: number): boolean => (flags & (FIRST | NOT_NAME)) === FIRST;

/**
 * Whether a listed first name ending at `end` may be a name after a first-name or relation cue: one no list marks
 * as no name, or one that is also a place, closed by the agent's greeting ("this is jordan can i get your name"),
 * by the turn's end or by words said to its bearer ("thanks jordan are you safe").
 */
export const wordNameAfterCue = (cue: string, flags: number, lower: string, end: number): boolean =>
  isFirstName(flags) ||
  (cue === 'first' &&
    (flags & FIRST) !== 0 &&
    (greetingGoesOnAfter(lower, end) || ((flags & COMMON) === 0 && addressedAfter(lower, end))));
