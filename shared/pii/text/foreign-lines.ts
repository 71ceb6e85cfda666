/**
 * Lines written in languages whose ordinary words the name lists hold as given names elsewhere, or which
 * capitalise their nouns: Vietnamese ("anh", "xin", "Phòng"), German ("Ein Schaden", "Vertrag"), Haitian Creole
 * ("ede", "kat moun"), Italian ("dal conto", "che", "Terzo piano"), Hmong ("Tej zaum"), Persian in Latin letters ("bale
 * khodam hastam") and Turkish ("Talep", "Merhaba").
 * There a word stands for a name only after a cue; the lists alone do not make one. English
 * and Spanish lines, for which the lists are made, are none of these; nor are Polish ones, whose given names the
 * lists hold.
 */

/** Letters only Vietnamese writes: its tone marks on vowels, "đ", "ơ" and "ư". */
const VIETNAMESE = /[\u1ea0-\u1ef9\u0111\u01a1\u01b0]/;
/**
 * Letters only Turkish writes, "ğ" and the dotless "ı": its letters and e-mails open sentences and titles with
 * capitals ("Sayın Yetkili", "Uluslararası İade Talep Formu"), so there a run of capitals needs a given name too.
 */
const TURKISH = /[\u011f\u0131]/;
/** Either of the two above, for the one scan asking whether a text may hold such a line. */
const VIETNAMESE_OR_TURKISH = /[\u1ea0-\u1ef9\u0111\u01a1\u01b0\u011f\u0131]/;
/**
 * German function words no English line holds ("die", "den" and "des" it does, and Dutch "van der" is a surname's);
 * three, or two and a "ß", make a German line. Global only for its lastIndex count.
 */
const GERMAN =
  /(?<![a-zäöüß])(?:und|(?<!v[ao]n )der|das|ist|nicht|ich|sie|wir|mit|bei|für|auf|wurde|eine?[nm]?|keine?|habe|haben|bitte|vielen|dank|sehr|geehrte[rn]?)(?![a-zäöüß])/g;
/**
 * Haitian Creole words no English or Spanish line holds ("ou", "se", "pa" and "m" do: "you", "se", "pa", "i'm"); two
 * make a Creole line. Global only for its lastIndex count.
 */
const CREOLE =
  /(?<![a-zèò])(?:mwen|pou|ak|ki|yon|kijan|tanpri|mèsi|mesi|bonjou|bonswa|konnen|paske|kounye|kounya|anpil|pitit|rele|lajan|nimewo|bòdwo|lopital|timoun|rete|avè|dènye|chif|konbyen|nesans|dakò|mèkredi|madan)(?![a-zèò])/g;
/**
 * Italian words no English, Spanish or Portuguese line holds ("il" is Illinois in an address, "non" and "per"
 * are English); two make an Italian line. Global only for its lastIndex count.
 */
const ITALIAN =
  /(?<![a-zàèéìòù])(?:che|della|delle|degli|nella|nelle|alla|dalla|dal|sono|gli|anche|questo|questa|grazie|buongiorno|buonasera|perché|vorrei|potete|siamo|abbiamo|senza|oppure|finisce|quattro|cinque|sette|richiamare|già|più|ancora|molto|però|quello|quella|oggi|domani|ieri|allora|adesso|sempre|niente|mia|mio|figlia|figlio|marito|moglie|nata|nato)(?![a-zàèéìòù])/g;
/** Hmong words no English, Spanish or Portuguese line holds ("Kuv yog Kalia", "Ua tsaug"); two make a Hmong line. */
const HMONG = /(?<![a-z])(?:kuv|koj|nyob|tsaug|thov|muaj|lawv|ntawv|yuav|hmoob|tsev|ntxhais)(?![a-z])/g;
/**
 * Persian written in Latin letters ("Finglish"), whose words the lists hold as names ("bale", "man"): its verbs and
 * particles no English line holds; two make a Finglish line.
 */
const FINGLISH =
  /(?<![a-z])(?:hastam|hastin|hastid|khodam|agar|baraye|mikonam|mikonin|mikhayn|befarmaeed|befarmaeen|bashe|lotfan|khob|dige|shode|mishe|nadaram|daram|dorost|khanoom|salam|merci|mamnoon)(?![a-z])/g;
const MAX_LINE = 2000;

function countUpTo(pattern: RegExp, line: string, enough: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < enough && pattern.exec(line) !== null) n++;
  return n;
}

/**
 * Whether the lower-cased line `lower[from, to)` is written in one of the languages above: 'strict' for German and
 * Turkish, whose capitals open nouns, titles and sentences more than English ones do.
 */
function foreignLineKind(lower: string, from: number, to: number): 'strict' | 'other' | null {
  const line = lower.slice(from, Math.min(to, from + MAX_LINE));
  if (VIETNAMESE.test(line)) return 'other';
  if (TURKISH.test(line)) return 'strict';
  const german = countUpTo(GERMAN, line, 3);
  if (german >= 3 || (german === 2 && line.includes('ß'))) return 'strict';
  return countUpTo(CREOLE, line, 2) >= 2 ||
    countUpTo(ITALIAN, line, 2) >= 2 ||
    countUpTo(HMONG, line, 2) >= 2 ||
    countUpTo(FINGLISH, line, 2) >= 2
    ? 'other'
    : null;
}

/** Whether the lower-cased line `lower[from, to)` is written in one of the languages above. */
export const isForeignLine = (lower: string, from: number, to: number): boolean =>
  foreignLineKind(lower, from, to) !== null;

/**
 * The words above between spaces, as a line's inner words stand: a scan that looks for a space first runs three
 * times faster than one that tries every letter, and a text of those languages has such a word somewhere.
 */
const SPACED_WORD =
  / (?:und|der|das|ist|nicht|ich|sie|wir|mit|bei|für|auf|wurde|eine?[nm]?|keine?|habe|haben|bitte|dank|sehr|mwen|pou|ak|ki|yon|kijan|tanpri|mèsi|mesi|bonjou|bonswa|konnen|paske|anpil|pitit|rele|lajan|nimewo|lopital|che|della|delle|degli|nella|alla|dalla|dal|sono|gli|anche|questo|questa|grazie|vorrei|potete|siamo|senza|oppure|già|più|ancora|molto|però|oggi|domani|allora|adesso|sempre|kuv|koj|nyob|tsaug|thov|muaj|hastam|hastin|khodam|agar|baraye|befarmaeed|bashe|khob|dige|mishe)[ ,.]/;

/** Whether the text may hold a line of the languages above: one scan, asked once per text. */
const mayHoldForeignLine = (lower: string): boolean =>
  VIETNAMESE_OR_TURKISH.test(lower) || SPACED_WORD.test(lower);

/**
 * "chị Linh", "bác sĩ Cho", "Con gái tôi là Vy", "Nhân viên Thảo:", "mesye Jean", "madanm mwen Nadège": Vietnamese
 * kin words, titles and staff labels, "là" ("is"), Creole "mesye" and "mwen" ("my", after what it owns), and Hmong "yog"
 * ("is") and "tub" / "ntxhais" (son, daughter) right before a word make it a name on a foreign line.
 */
const HONORIFIC_BEFORE =
  /(?:^|[\s(])(?:anh|chị|em|cô|chú|bác|bác sĩ|ông|bà|là|tên|nhân viên|tài xế|mesye|madanm|mwen|yog|tub|ntxhais|ben|adım|sayın|merhaba|figlia|figlio|marito|moglie|temsilci|kızım|oğlum|eşim|annem|babam) $/;

export const honorificBefore = (lower: string, start: number): boolean =>
  HONORIFIC_BEFORE.test(lower.slice(Math.max(0, start - 12), start));

/** Whether the line holding `pos` is foreign, asked once per line and remembered. */
export class ForeignLines {
  private readonly lines = new Map<number, 'strict' | 'other' | null>();
  private possible: boolean | null = null;

  constructor(private readonly lower: string) {}

  at(pos: number): boolean {
    return this.kindAt(pos) !== null;
  }

  /** Whether the line holding `pos` is German or Turkish, whose capitals make runs that name no one. */
  strictAt(pos: number): boolean {
    return this.kindAt(pos) === 'strict';
  }

  private kindAt(pos: number): 'strict' | 'other' | null {
    // Asked once per text: most texts are English or Spanish throughout.
    this.possible ??= mayHoldForeignLine(this.lower);
    if (!this.possible) return null;
    const from = this.lower.lastIndexOf('\n', pos - 1) + 1;
    let known = this.lines.get(from);
    if (known === undefined) {
      let to = this.lower.indexOf('\n', pos);
      if (to < 0) to = this.lower.length;
      known = foreignLineKind(this.lower, from, to);
      this.lines.set(from, known);
    }
    return known;
  }
}
