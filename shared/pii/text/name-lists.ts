import { COMMON_WORDS } from '../data/common-words.ts';
import { FIRST_NAMES as LISTED_FIRST_NAMES } from '../data/first-names.ts';
import { FIRST_NAMES_EXTRA } from '../data/first-names-extra.ts';

/** Every first name either list knows, lower-cased. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...LISTED_FIRST_NAMES, ...FIRST_NAMES_EXTRA]);

/** A first name that is not also an ordinary word ("maria" yes, "mark" and "will" no). */
export const isKnownFirst = (key: string): boolean => FIRST_NAMES.has(key) && !COMMON_WORDS.has(key);
