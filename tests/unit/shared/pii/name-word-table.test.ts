import { describe, expect, it } from 'vitest';
import { FIRST_NAME_FILTER, NAME_WORD_TABLE } from '../../../../shared/pii/data/name-word-table.ts';
import { firstNameOnly, NAME_LISTS } from '../../../../shared/pii/text/name-lists.ts';
import {
  hashRange,
  lookup,
  wordBits,
  wordFilterText,
  wordTable,
  wordTableText,
} from '../../../../shared/pii/text/word-filter.ts';
import {
  BRAND,
  COMMON,
  FIRST,
  flagsAt,
  flagsOf,
  mayBeFirstNameOnly,
  PLACE,
  PLACE_PREFIX,
  SURNAME,
} from '../../../../shared/pii/text/word-flags.ts';

describe('name word table', () => {
  it('is the table the name lists make (else run: npx tsx tests/fixtures/pii/tools/gen-name-data.mjs)', () => {
    expect(wordTableText(NAME_LISTS)).toEqual(NAME_WORD_TABLE);
  });

  it('has the first-name filter the lists make, and it lets every such name through', () => {
    const names = [...wordBits(NAME_LISTS)].filter(([, bits]) => firstNameOnly(bits)).map(([w]) => w);
    expect(wordFilterText(names)).toBe(FIRST_NAME_FILTER);
    for (const name of names) expect(mayBeFirstNameOnly(hashRange(name, 0, name.length)), name).toBe(true);
    expect(names).toContain('maria');
    expect(names).not.toContain('mark');
  });

  it('gives every listed word the bits of every list that holds it', () => {
    const expected = new Map<string, number>();
    for (const [words, bits] of NAME_LISTS) {
      const keys = typeof words === 'string' ? words.split(/\s+/).filter((w) => w !== '') : words;
      for (const key of keys) expected.set(key, (expected.get(key) ?? 0) | bits);
    }
    for (const [key, bits] of expected) expect(flagsOf(key), key).toBe(bits);
    expect(flagsOf('maria')).toBe(FIRST);
    expect(flagsOf('mark') & (FIRST | COMMON)).toBe(FIRST | COMMON);
    expect(flagsOf('garcia')).toBe(SURNAME);
    expect(flagsOf('wells fargo')).toBe(BRAND);
  });

  it('finds keys beyond ASCII and nothing that only looks alike', () => {
    expect(flagsOf('straße')).toBe(PLACE);
    expect(flagsOf('são') & PLACE_PREFIX).toBe(PLACE_PREFIX);
    expect(flagsOf('strasse') & PLACE).toBe(PLACE);
    expect(flagsOf('sao') & PLACE_PREFIX).toBe(PLACE_PREFIX);
    for (const word of [
      '',
      'mariaxa',
      'mariaa',
      'Maria',
      'straß',
      'straßee',
      'sã',
      'são paulo',
      'x'.repeat(300),
    ])
      expect(flagsOf(word), word).toBe(0);
  });

  it('looks a word up in place, without slicing it out', () => {
    const text = 'call maria garcia now';
    expect(flagsAt(text, 5, 10)).toBe(FIRST);
    expect(flagsAt(text, 11, 17)).toBe(SURNAME);
    expect(flagsAt(text, 6, 11)).toBe(0);
  });

  it('builds small tables in memory with the same lookup', () => {
    const table = wordTable([
      [['mr', 'mrs', 'dr.'], 1],
      ['hi hello\nhey', 2],
      [['hi'], 4],
    ]);
    expect(lookup(table, 'mrs', 0, 3)).toBe(1);
    expect(lookup(table, 'dr.', 0, 3)).toBe(1);
    expect(lookup(table, 'hi', 0, 2)).toBe(6);
    expect(lookup(table, 'hey', 0, 3)).toBe(2);
    expect(lookup(table, 'ms', 0, 2)).toBe(0);
  });

  it('refuses keys a lookup could never find', () => {
    expect(() => wordTableText([[['Maria'], 1]])).toThrow(/lower case/);
    expect(() => wordTableText([[['x'.repeat(64)], 1]])).toThrow(/length/);
  });
});
