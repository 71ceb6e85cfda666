import { CITY_NAMES } from '../data/city-names.ts';
import { COUNTRY_NAMES } from '../data/country-names.ts';

const CITIES: ReadonlySet<string> = new Set(CITY_NAMES.split(/[|\n]/).filter((name) => name !== ''));
const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_NAMES);

/** Whether `lower` (lower-cased) is the whole name of a city callers name ("dayton", "chula vista"). */
export const isCityName = (lower: string): boolean => CITIES.has(lower);

/** Whether `lower` (lower-cased) names a city or a country ("madrid", "somalia"). */
export const isPlaceName = (lower: string): boolean => CITIES.has(lower) || COUNTRIES.has(lower);

/** Whether `lower` (lower-cased) names a country ("somalia", "el salvador"). */
export const isCountryName = (lower: string): boolean => COUNTRIES.has(lower);

/** Words after a city's name that make it a branch or a district: "Tulsa Midtown", "Dayton North". */
const DISTRICT_WORDS: ReadonlySet<string> = new Set([
  'midtown',
  'downtown',
  'uptown',
  'north',
  'south',
  'east',
  'west',
  'central',
  'metro',
  'airport',
]);

/** Whether `lower` (lower-cased words) is a city's name and then a district's word ("tulsa midtown"). */
export function isCityDistrict(lower: string): boolean {
  const space = lower.lastIndexOf(' ');
  return space > 0 && DISTRICT_WORDS.has(lower.slice(space + 1)) && CITIES.has(lower.slice(0, space));
}
