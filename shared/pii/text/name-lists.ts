import { BRANDS } from '../data/brands.ts';
import { COMMON_WORDS } from '../data/common-words.ts';
import { FIRST_NAMES } from '../data/first-names.ts';
import { FOREIGN_WORDS } from '../data/foreign-words.ts';
import { FIRST_NAMES_EXTRA } from '../data/first-names-extra.ts';
import { FIRST_NAMES_WORLD } from '../data/first-names-world.ts';
import { ROLE_LABELS } from '../data/name-cues.ts';
import { NOT_NAMES } from '../data/not-names.ts';
import { CLOSING_WORDS, JOB_TITLE_WORDS, SPANISH_WORDS, TRADE_WORDS } from '../data/ordinary-words-extra.ts';
import { ORG_WORDS } from '../data/org-words.ts';
import { ORG_WORDS_SERVICES } from '../data/org-words-services.ts';
import { ORG_WORDS_TRADES } from '../data/org-words-trades.ts';
import { PARTICLES, PLACE_PREFIXES, PLACE_WORDS } from '../data/places-and-particles.ts';
import { SURNAMES } from '../data/surnames.ts';
import { SURNAMES_WORLD } from '../data/surnames-world.ts';
import { US_STATE_NAMES } from '../data/us-states.ts';
import type { WordList } from './word-filter.ts';

/**
 * Word-list memberships as bits, so a name candidate asks one table once instead of nine lists many
 * times. Kept here, beside the lists, so writing the table from them needs no table yet.
 */
export const FIRST = 1;
export const SURNAME = 2;
export const COMMON = 4;
export const PARTICLE = 8;
export const NOT_NAME = 16;
export const ORG = 32;
export const PLACE = 64;
export const PLACE_PREFIX = 128;
export const BRAND = 256;

/** A first name that is no ordinary word and no place or day name: "maria" yes, "mark" and "austin" no. */
export const firstNameOnly = (flags: number): boolean => (flags & (FIRST | COMMON | NOT_NAME)) === FIRST;

/**
 * Each list and its bit. The engine reads them through data/name-word-table.ts, written from these
 * lists by tests/fixtures/pii/tools/gen-name-data.mjs, so importing the engine builds no table.
 */
export const NAME_LISTS: readonly WordList[] = [
  [FIRST_NAMES, FIRST],
  [FIRST_NAMES_EXTRA, FIRST],
  [FIRST_NAMES_WORLD, FIRST],
  [SURNAMES, SURNAME],
  [SURNAMES_WORLD, SURNAME],
  [COMMON_WORDS, COMMON],
  [JOB_TITLE_WORDS, COMMON],
  // "Borrower: Tran, Anh Thu", "Borrower's FL DL": a role label is an ordinary word, never a name.
  [ROLE_LABELS, COMMON],
  [SPANISH_WORDS, COMMON],
  [FOREIGN_WORDS, COMMON],
  [CLOSING_WORDS, COMMON],
  [TRADE_WORDS, COMMON],
  [PARTICLES, PARTICLE],
  [NOT_NAMES, NOT_NAME],
  // "ID: Missouri DL ...": a state's name is a place; "this is Georgia" still names a person (see person.ts).
  [[...US_STATE_NAMES].filter((name) => !name.includes(' ')), NOT_NAME],
  [ORG_WORDS, ORG],
  [ORG_WORDS_SERVICES, ORG],
  [ORG_WORDS_TRADES, ORG],
  [PLACE_WORDS, PLACE],
  [PLACE_PREFIXES, PLACE_PREFIX],
  [BRANDS, BRAND],
];
