import { FIRST_NAME_FILTER, NAME_WORD_TABLE } from '../data/name-word-table.ts';
import {
  hashRange,
  lookupHashed,
  mayHold,
  type WordTable,
  wordFilterOf,
  wordTableOf,
} from './word-filter.ts';

export {
  BRAND,
  COMMON,
  FIRST,
  firstNameOnly,
  NOT_NAME,
  ORG,
  PARTICLE,
  PLACE,
  PLACE_PREFIX,
  SURNAME,
} from './name-lists.ts';

/** Converted on the first lookup, not at import: a page that imports the engine and never asks pays nothing. */
let table: WordTable | undefined;

/** As flagsAt, for a scanner that hashed the word as it read it (see word-filter.ts). */
export function flagsHashed(hash: number, s: string, from: number, to: number): number {
  if (table === undefined) table = wordTableOf(NAME_WORD_TABLE);
  return lookupHashed(table, hash, s, from, to);
}

/** The list bits of `s[from, to)` (lower-cased text), 0 when no list knows it; slices nothing. */
export const flagsAt = (s: string, from: number, to: number): number =>
  flagsHashed(hashRange(s, from, to), s, from, to);

/** The list bits of a lower-cased word or brand ("wells fargo"); 0 when no list knows it. */
export const flagsOf = (key: string): number => flagsAt(key, 0, key.length);

let firstNames: Uint8Array | undefined;

/** False when the word with this hash is surely no `firstNameOnly` word: one byte read, no table lookup. */
export function mayBeFirstNameOnly(hash: number): boolean {
  if (firstNames === undefined) firstNames = wordFilterOf(FIRST_NAME_FILTER);
  return mayHold(firstNames, hash);
}
