import { RELATION_NOUNS } from '../data/relation-nouns.ts';
import { isAsciiLower, isAsciiUpper } from './chars.ts';
import { opensSentence } from './name-surroundings.ts';

const RELATIONS = new Set(RELATION_NOUNS);
const LONGEST = Math.max(...RELATION_NOUNS.map((w) => w.length));

/**
 * Whether a relation noun in lower case ("wife", "owner", "manager") stands right before `start`, after a
 * space, ", " or " is ": "my husband Bill", "a friend, Thandeka", "the manager is Faith Okoro". The noun
 * is read in the text itself, so a capitalised heading word ("Owner Surrender") is no cue, but for a family
 * noun opening a sentence.
 */
export function relationBefore(text: string, start: number): boolean {
  let end = start - 1;
  if (text.charCodeAt(end) !== 32) return false;
  if (text.charCodeAt(end - 1) === 44) end--;
  else if (
    text.charCodeAt(end - 1) === 115 &&
    text.charCodeAt(end - 2) === 105 &&
    text.charCodeAt(end - 3) === 32
  )
    end -= 3;
  let begin = end;
  while (begin > 0 && end - begin <= LONGEST && isRelationCode(text.charCodeAt(begin - 1))) begin--;
  if (begin === end || end - begin > LONGEST) return false;
  // "Son Ernie works nights.": a family noun opening a note's sentence is capitalised and still a cue.
  if (begin > 0 && isAsciiUpper(text.charCodeAt(begin - 1)) && end === start - 1)
    return opensSentence(text, begin - 1) && FAMILY.has(text.slice(begin - 1, end).toLowerCase());
  if (begin > 0 && isWordCode(text.charCodeAt(begin - 1))) return false;
  return RELATIONS.has(text.slice(begin, end));
}

/** Relations by family, whose noun opens a note's sentence before the name: "Son Ernie", "Daughter Keisha". */
const FAMILY = new Set(RELATION_NOUNS.slice(0, RELATION_NOUNS.indexOf('cousin') + 1));

/** Lower-case letters, "é" (fiancé) and the hyphens of in-laws ("brother-in-law"). */
const isRelationCode = (c: number): boolean => isAsciiLower(c) || c === 0xe9 || c === 45;
const isWordCode = (c: number): boolean => isRelationCode(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
