import { describe, expect, it } from 'vitest';
import { person } from '../../../../shared/pii/recognizers/person.ts';
import { scanInput } from '../../../../shared/pii/scan-input.ts';

/** [start, end, score] of every name the person recognizer reports. */
const names = (text: string): number[][] =>
  person.find(scanInput(text, 'US', false)).map((f) => [f.start, f.end, f.score]);

describe('person names', () => {
  // Pinned from the recognizer as it was before its word lists became one table and lines with
  // capitals were searched for cues, so the faster paths keep every finding.
  const cases: [why: string, text: string, found: number[][]][] = [
    ['a cue on a line with capitals', 'Agent: Hi maria, how can I help?', [[10, 15, 0.8]]],
    [
      'a cue on a lower-case line, with the surname',
      'Customer: yeah my name is gregory anderson',
      [[26, 42, 0.8]],
    ],
    ['a title before a lower-case surname', 'Agent: Thanks, speaking with Dr. patel now.', [[33, 38, 0.75]]],
    [
      'a surname cut at its length cap, and a cue after it',
      'Agent: Hi maria kowalczykowskiabcdefghijklm hi john',
      [
        [10, 36, 0.8],
        [47, 51, 0.8],
      ],
    ],
    [
      'cue words inside longer words cue nothing',
      "Agent: So o'hi maria and x'for john, hi ann",
      [[40, 43, 0.8]],
    ],
    ['a Kelvin sign after a cue word', 'Caller: Yes hi\u212a maria', [[16, 21, 0.8]]],
    [
      'particles and initials inside names',
      'Agent: Ludwig van Beethoven and Faina D. Yefremova called. Later Ludwig said hi.',
      [
        [7, 27, 0.8],
        [32, 50, 0.9],
        [65, 71, 0.5],
      ],
    ],
    [
      "I'm is a cue, never part of the name; a possessive is left out",
      "I'm Jose, this is Mark. Maria's card",
      [
        [4, 8, 0.95],
        [18, 22, 0.6],
        [24, 29, 0.5],
      ],
    ],
    ['brands, places and firms are no people', 'Rep: Wells Fargo, San Bernardino, Mayo-Walters Inc', []],
    [
      'a middle initial, and a title with two dots',
      'customer: emidio p lombardo and mr.. okafor',
      // "emidio" is on the Italian first-name list: on a lower-case line it brings its initial and surname.
      [
        [10, 27, 0.55],
        [37, 43, 0.75],
      ],
    ],
    [
      'spelled-out names',
      'Agent: Ok, last name is smith, spelled s m i t h; Shah, S-H-A-H',
      [
        [50, 54, 0.5],
        [39, 48, 0.7],
        [56, 63, 0.6],
      ],
    ],
  ];
  for (const [why, text, found] of cases) it(why, () => expect(names(text)).toEqual(found));
});

describe('later mentions of a one-word name', () => {
  const spans = (text: string): string[] =>
    person.find(scanInput(text, 'US', false)).map((f) => text.slice(f.start, f.end));

  it('do not spread from a possessive after the cue, which names what the speaker is', () => {
    const text =
      "Bot: Hi! I'm Quorvo's virtual assistant.\nPaloma (Quorvo Support): Hi there!\nPaloma (Quorvo Support): Done!";
    expect(spans(text)).toEqual(['Paloma', 'Paloma']);
  });

  it('takes no verb opening a sentence or French thanks for the given name before a middle name or initial', () => {
    for (const text of [
      'Review section 3.2. Shadow Lucía Paredes on Wednesday.',
      'Sophie (agente) : Merci M. Côté. Quelle est la nouvelle adresse?',
    ]) {
      const opened = names(text).map(([start]) => text.slice(start, (start ?? 0) + 6));
      expect(opened).not.toContain('Shadow');
      expect(opened).not.toContain('Merci ');
    }
  });
});
