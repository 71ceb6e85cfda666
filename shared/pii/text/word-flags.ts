import { NAME_WORD_TABLE } from '../data/name-word-table.ts';
import { hashRange, lookupHashed, type WordTable, wordTableOf } from './word-filter.ts';

/** Word-list memberships as bits, so a name candidate asks one table once instead of nine lists many times. */
export const FIRST = 1;
export const SURNAME = 2;
export const COMMON = 4;
export const PARTICLE = 8;
export const NOT_NAME = 16;
export const ORG = 32;
export const PLACE = 64;
export const PLACE_PREFIX = 128;
export const BRAND = 256;

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
