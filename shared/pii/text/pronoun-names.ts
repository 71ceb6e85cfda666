import { isAsciiLower } from './chars.ts';

/**
 * "Ella llamó ayer", "Ela não pode": given names that are also the Spanish and Portuguese "she", read as
 * the pronoun when a word of those languages follows. English goes on differently ("Ella called",
 * "Ella is"), so the name keeps its reading there.
 */
const PRONOUNS: ReadonlySet<string> = new Set(['ella', 'ela']);

/** Words that follow "she" in Spanish or Portuguese and never in English. */
const AFTER_PRONOUN: ReadonlySet<string> = new Set([
  // Spanish
  'es',
  'está',
  'esta',
  'estaba',
  'era',
  'fue',
  'dice',
  'dijo',
  'llamó',
  'llamo',
  'llama',
  'quiere',
  'quería',
  'tiene',
  'tenía',
  'va',
  'iba',
  'vive',
  'trabaja',
  'habla',
  'puede',
  'necesita',
  'me',
  'te',
  'le',
  'les',
  'lo',
  'la',
  'se',
  'nos',
  'ya',
  'también',
  'nunca',
  'siempre',
  'pidió',
  'preguntó',
  'prefiere',
  'vino',
  'viene',
  'sabe',
  'pagó',
  'firmó',
  'dejó',
  'nació',
  'sí',
  'no',
  // Portuguese
  'não',
  'é',
  'disse',
  'ligou',
  'tem',
  'vai',
  'quer',
  'mora',
  'trabalha',
  'já',
  'pode',
  'precisa',
  'pediu',
  'nasceu',
  'fala',
  'falou',
  'estava',
  'foi',
  'acha',
  'ficou',
  'mandou',
  'pagou',
]);

/** Words that come before "she" in Spanish or Portuguese and before no name in English ("que ella", "de ella"). */
const BEFORE_PRONOUN: ReadonlySet<string> = new Set([
  'que',
  'y',
  'pero',
  'con',
  'para',
  'porque',
  'cuando',
  'com',
  // "a nombre de ella", "a ella le toca": what is hers, or given to her.
  'de',
  'a',
  'por',
]);

const isWordLetter = (c: number): boolean => isAsciiLower(c) || (c >= 0xdf && c <= 0x24f);

/** Whether the word at `[start, end)` of `lower` is "she" in Spanish or Portuguese, by the words around it. */
export function pronounNotName(lower: string, start: number, end: number): boolean {
  // Both pronouns open with "e" and run three or four letters: most words are ruled out before a slice.
  if (lower.charCodeAt(start) !== 101 || end - start < 3 || end - start > 4) return false;
  if (!PRONOUNS.has(lower.slice(start, end))) return false;
  if (lower.charCodeAt(end) === 32) {
    let stop = end + 1;
    while (stop < lower.length && stop - end < 12 && isWordLetter(lower.charCodeAt(stop))) stop++;
    if (AFTER_PRONOUN.has(lower.slice(end + 1, stop))) return true;
  }
  if (start < 2 || lower.charCodeAt(start - 1) !== 32) return false;
  let begin = start - 1;
  while (begin > 0 && start - begin < 9 && isWordLetter(lower.charCodeAt(begin - 1))) begin--;
  return BEFORE_PRONOUN.has(lower.slice(begin, start - 1));
}
