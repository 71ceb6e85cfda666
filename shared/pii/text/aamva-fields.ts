import type { Finding, PiiLabel } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * The fields of a US or Canadian driver's licence as its PDF417 barcode holds them (the AAMVA card design standard),
 * which ID scanners at rental counters, pharmacies and bank branches pass on: raw ("DAQD1234562" on its own line) or
 * keyed in a log ("DAQ":"041927733", DCS=SMITH). Each element's three letters say what its value is.
 */
const ELEMENT_LABELS: ReadonlyMap<string, PiiLabel> = new Map([
  ['DAQ', 'DRIVERS_LICENSE'],
  ['DCS', 'PERSON'],
  ['DAC', 'PERSON'],
  ['DAD', 'PERSON'],
  ['DCT', 'PERSON'],
  ['DAA', 'PERSON'],
  ['DBB', 'DOB'],
  ['DAG', 'ADDRESS'],
  ['DAH', 'ADDRESS'],
  ['DAK', 'ZIP'],
]);

/** An element keyed in JSON, a form or a log: the ID, a colon or equals sign, then the value up to its delimiter. */
const KEYED =
  /(?<![A-Za-z0-9_])"?(DAQ|DCS|DAC|DAD|DCT|DAA|DBB|DAG|DAH|DAK)"? ?[:=] ?"?([^"\n\r,;&|}]{1,40})/g;
/** An element of the raw barcode text: the ID opening its line (or the subfile's "DL"), the value running on. */
const RAW = /(?:^|[\n\r]|DL)(DAQ|DCS|DAC|DAD|DCT|DAA|DBB|DAG|DAH|DAK)([^\n\r]{1,40})/g;
/** Values a licence writes for a field it does not have ("NONE", "unavl"). */
const NO_VALUE = /^(?:none|unavl|unavail|n\/?a|unknown)$/i;
/** Every text holding a licence's fields holds its number or its holder's family name or birth date. */
const HINT = /DAQ|DCS|DBB/;

/** The elements of the labels wanted (all when null) in `text`: only where two different elements stand, which prose never shows. */
export function aamvaFields(text: string, wanted: ReadonlySet<PiiLabel> | null): Finding[] {
  if (!HINT.test(text)) return [];
  const found: { id: string; start: number; end: number }[] = [];
  for (const pattern of [KEYED, RAW]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const id = m[1] as string;
      const raw = m[2] as string;
      const value = raw.trim();
      if (value === '' || NO_VALUE.test(value)) continue;
      const end = m.index + m[0].length - (raw.length - raw.trimEnd().length);
      found.push({ id, start: end - value.length, end });
    }
  }
  if (new Set(found.map((f) => f.id)).size < 2) return [];
  const out: Finding[] = [];
  for (const f of found) {
    const label = ELEMENT_LABELS.get(f.id) as PiiLabel;
    if (!wanted || wanted.has(label)) out.push(finding(f.start, f.end, label, 0.85, 'aamva'));
  }
  return out;
}
