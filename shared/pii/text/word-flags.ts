import { BRANDS } from '../data/brands.ts';
import { COMMON_WORDS } from '../data/common-words.ts';
import { NOT_NAMES, ORG_WORDS, PARTICLES, PLACE_PREFIXES, PLACE_WORDS } from '../data/name-cues.ts';
import { SURNAMES } from '../data/surnames.ts';
import { FIRST_NAMES } from './name-lists.ts';

/** Word-list memberships as bits, so a name candidate asks one map once instead of nine sets many times. */
export const FIRST = 1;
export const SURNAME = 2;
export const COMMON = 4;
export const PARTICLE = 8;
export const NOT_NAME = 16;
export const ORG = 32;
export const PLACE = 64;
export const PLACE_PREFIX = 128;
export const BRAND = 256;

const LISTS: readonly (readonly [ReadonlySet<string>, number])[] = [
  [FIRST_NAMES, FIRST],
  [SURNAMES, SURNAME],
  [COMMON_WORDS, COMMON],
  [PARTICLES, PARTICLE],
  [NOT_NAMES, NOT_NAME],
  [ORG_WORDS, ORG],
  [PLACE_WORDS, PLACE],
  [PLACE_PREFIXES, PLACE_PREFIX],
  [BRANDS, BRAND],
];

/** Built once from the lists and never changed. */
const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [list, bit] of LISTS) for (const w of list) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
})();

/** The list bits of a lower-cased word; 0 when no list knows it. */
export const flagsOf = (key: string): number => WORD_FLAGS.get(key) ?? 0;

/** Words whose bits include all of `bits` and none of `without`, for building a word filter. */
export function wordsWith(bits: number, without: number): string[] {
  const out: string[] = [];
  for (const [w, f] of WORD_FLAGS) if ((f & bits) === bits && (f & without) === 0) out.push(w);
  return out;
}
