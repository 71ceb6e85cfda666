import { BRANDS } from '../data/brands.ts';
import { COMMON_WORDS } from '../data/common-words.ts';
import { FIRST_NAMES } from '../data/first-names.ts';
import { FIRST_NAMES_EXTRA } from '../data/first-names-extra.ts';
import { NOT_NAMES, ORG_WORDS, PARTICLES, PLACE_PREFIXES, PLACE_WORDS } from '../data/name-cues.ts';
import { SURNAMES } from '../data/surnames.ts';
import type { WordList } from './word-filter.ts';
import { BRAND, COMMON, FIRST, NOT_NAME, ORG, PARTICLE, PLACE, PLACE_PREFIX, SURNAME } from './word-flags.ts';

/**
 * Each list and its bit. The engine reads them through data/name-word-table.ts, written from these
 * lists by tests/fixtures/pii/tools/gen-name-data.mjs, so importing the engine builds no table.
 */
export const NAME_LISTS: readonly WordList[] = [
  [FIRST_NAMES, FIRST],
  [FIRST_NAMES_EXTRA, FIRST],
  [SURNAMES, SURNAME],
  [COMMON_WORDS, COMMON],
  [PARTICLES, PARTICLE],
  [NOT_NAMES, NOT_NAME],
  [ORG_WORDS, ORG],
  [PLACE_WORDS, PLACE],
  [PLACE_PREFIXES, PLACE_PREFIX],
  [BRANDS, BRAND],
];
