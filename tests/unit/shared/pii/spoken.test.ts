import { describe, expect, it } from 'vitest';
import { spokenView } from '../../../../shared/pii/spoken/normalise.ts';
import { originalEnd, originalStart } from '../../../../shared/pii/spoken/view.ts';

// The view keeps windows around rewritten words, each closed by a blank line.
const view = (t: string): string | undefined => spokenView(t, t.toLowerCase())?.text.trimEnd();

describe('spoken view', () => {
  it('turns spoken digits into digits, dropping fillers and reading doubles and triples', () => {
    expect(view('five five five uh oh one two')).toBe('555012');
    expect(view('double four triple seven')).toBe('44777');
  });

  it('reads years, house numbers and ordinals', () => {
    expect(view('march third nineteen eighty five')).toBe('march 3rd 1985');
    expect(view('two ten north twenty first street')).toBe('210 north 21st street');
    expect(view('your first deposit takes one or two days')).toBe('your first deposit takes 1 or 2 days');
    expect(view('one twenty three main street')).toBe('123 main street');
    expect(view('two thousand five')).toBe('2005');
  });

  it('leaves prose homophones alone at the edges of a number', () => {
    expect(view('talk to five five five one two one two')).toBe('talk to 5551212');
    expect(view('oh I see')).toBeUndefined();
  });

  it('reads Spanish number words, but never one alone or joined to an English homophone', () => {
    expect(view('cuatro uno cinco, cinco cinco cinco, cero uno dos siete')).toBe('4155550127');
    expect(view('del setenta y dos')).toBe('del 72');
    expect(view('cero doce veintisiete')).toBe('01227');
    expect(view('uno o dos semanas, como tres veces')).toBeUndefined();
  });

  it('joins a letter said before a spoken number into one ID', () => {
    expect(view('read back: D, four four seven, one nine oh two.')).toBe('read back: D4471902.');
    expect(view('C as in cat, zero three zero zero five nine eight eight')).toBe('C03005988');
    expect(view('plan b, four one five five five five one two one two')).toBe('plan b, 4155551212');
  });

  it('rebuilds spelled emails', () => {
    expect(view('my email is j doe at gmail dot com')).toBe('my email is jdoe@gmail.com');
    expect(view('j as in john smith at example dot org')).toBe('jsmith@example.org');
  });

  it('maps every rewritten character back to its source word', () => {
    const text = 'call five five five';
    const v = spokenView(text, text);
    if (!v) throw new Error('expected a view');
    expect(v.text.trimEnd()).toBe('call 555');
    expect(text.slice(originalStart(v, 5), originalEnd(v, 7))).toBe('five five five');
    expect(text.slice(originalStart(v, 0), originalEnd(v, 3))).toBe('call');
    expect(text.slice(originalStart(v, 6), originalEnd(v, 6))).toBe('five');
  });
});
