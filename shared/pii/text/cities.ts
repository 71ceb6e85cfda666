import { CITY_NAMES } from '../data/city-names.ts';

const CITIES: ReadonlySet<string> = new Set(CITY_NAMES.split(/[|\n]/).filter((name) => name !== ''));

/** Whether `lower` (lower-cased) is the whole name of a city callers name ("dayton", "chula vista"). */
export const isCityName = (lower: string): boolean => CITIES.has(lower);
