import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../data/months.ts';

/** The three letters every written form of a month starts with ("sep" for "sep", "sept", "september"). */
const stemOf = (month: string): string => month.slice(0, 3);

/** Each month's stem, in calendar order: "jan|feb|...|dec". */
export const MONTH_STEMS: string = MONTH_NAMES.map(stemOf).join('|');

/**
 * Every month name and abbreviation as one regex alternation, one branch per month ("sep(?:tember|t)?"),
 * longer forms first within each: at a position the longest form that fits matches, and a pattern that
 * goes on after the month may still fall back to a shorter one.
 */
export const MONTH_FORMS: string = MONTH_NAMES.map((name) => {
  const stem = stemOf(name);
  const forms = new Set([name, ...MONTH_ABBREVIATIONS.filter((a) => stemOf(a) === stem)]);
  const tails = [...forms]
    .filter((f) => f !== stem)
    .map((f) => f.slice(stem.length))
    .sort((a, b) => b.length - a.length);
  if (tails.length === 0) return stem;
  return `${stem}(?:${tails.join('|')})${forms.has(stem) ? '?' : ''}`;
}).join('|');

/** Spanish, Portuguese, Tagalog and Italian month names: "3 de marzo de 1976", "3 de março de 1952", "3 marzo 1986". */
export const IBERIAN_MONTHS: readonly string[] = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'janeiro',
  'fevereiro',
  'março',
  'maio',
  'junho',
  'julho',
  'setembro',
  'outubro',
  'dezembro',
  // Tagalog, from the Spanish, month before day: "Marso 3, 1925", "Hulyo 19, 1990".
  'pebrero',
  'marso',
  'hunyo',
  'hulyo',
  'setyembre',
  'oktubre',
  'nobyembre',
  'disyembre',
  // Italian: "3 marzo 1986".
  'gennaio',
  'febbraio',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'settembre',
  'ottobre',
  'dicembre',
];

/** French month names as a regex alternation, accents optional. */
export const FRENCH_MONTHS =
  'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';

/** Arabic month names, Levantine and Gulf: "١٥ آب ٢٠٢٢", "15 مارس 2020". */
export const ARABIC_MONTHS =
  'كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|' +
  'يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر';

/** Russian month names in the genitive a date writes: "22 января 1941". */
export const RUSSIAN_MONTHS =
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

/** Polish month names in the genitive a date writes: "9 kwietnia 2024". */
export const POLISH_MONTHS =
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia';

/** Turkish month names: "26 Ağustos 2024". */
const TURKISH_MONTHS = 'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık';

/** Haitian Creole month names long enough to be no other word: "14 oktòb 1990". */
const CREOLE_MONTHS = 'janvye|fevriye|jiy[eè]|septanm|okt[oò]b|novanm|desanm';

/**
 * Month names and short forms in Spanish, Portuguese, French, Haitian Creole, Arabic, Russian, Polish and Turkish ("15 abr 2025", "19 janvier 1938"), for
 * telling a written date from a house number and a street; dates themselves are read by their own language's pattern.
 */
const FOREIGN_MONTH_FORMS = [
  ...IBERIAN_MONTHS,
  'ene|abr|ago|dic|fev|set|out|dez',
  FRENCH_MONTHS,
  'janv|f[ée]vr|avr|juil|d[ée]c',
  CREOLE_MONTHS,
  ARABIC_MONTHS,
  RUSSIAN_MONTHS,
  POLISH_MONTHS,
  TURKISH_MONTHS,
].join('|');

/**
 * " MAR 2031", " March 1985", " abr 2025", " de marzo de 2025" after a day's number: "09 MAR 2031" is a date, which an address reader would
 * take for a house number, a street and a ZIP.
 */
export const MONTH_AND_YEAR_AFTER = new RegExp(
  `^ (?:de )?(?:${MONTH_FORMS}|${FOREIGN_MONTH_FORMS})\\.?,? (?:de )?(?:19|20)\\d\\d(?!\\d)`,
  'i',
);
