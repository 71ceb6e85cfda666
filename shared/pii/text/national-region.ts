import type { CountryCode } from 'libphonenumber-js';

/**
 * The country whose national numbers a text's language writes, when its script or its words say so: a Japanese text's
 * "080-5555-2741" or a German one's "0151 5550 2817" opens with the trunk prefix no North American number has, and
 * only that country's plan reads it. Null for texts that name no such country.
 */
export function nationalRegion(text: string): CountryCode | null {
  if (KANA.test(text)) return 'JP';
  if (HANGUL.test(text)) return 'KR';
  GERMAN_WORDS.lastIndex = 0;
  let german = 0;
  while (german < 2 && GERMAN_WORDS.exec(text) !== null) german++;
  return german >= 2 ? 'DE' : null;
}

const KANA = /[\u3040-\u30ff]/;
const HANGUL = /[\uac00-\ud7a3]/;
/** Words only German writes, capitalised or not. Global only for its lastIndex count. */
const GERMAN_WORDS =
  /(?<![A-Za-zÄÖÜäöüß])(?:und|nicht|ich|wir|bitte|vielen|Dank|danke|erreichbar|Rückruf|Guten|Tag|unter|für|mit|bei|über)(?![A-Za-zÄÖÜäöüß])/g;
