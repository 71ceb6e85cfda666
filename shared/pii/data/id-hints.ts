/**
 * Words a birth date, licence or passport number is never given without. Each recognizer skips a text
 * holding none of its own; the scan input reads their union once, so most texts skip all three at once.
 */

/**
 * Tagalog, Haitian Creole, Polish, German, Russian, Chinese, Korean and Arabic birth words ("ipinanganak", "dat
 * nesans", "urodzony", "geboren", "дата рождения", "出生日期", "생년월일", "تاريخ الميلاد"): each is a birth word and
 * its own hint.
 */
export const FOREIGN_BIRTH_WORDS: readonly string[] = [
  'ipinanganak',
  'nesans',
  'urodzon',
  'geboren',
  // German "Geburtsdatum 17.05.1979", "Geburtstag".
  'geburt',
  'рождения',
  // Russian "д.р." (дата рождения) before a birth date.
  'д.р.',
  // Japanese 生年月日.
  '生年月日',
  '出生',
  // Polish "ur. 17.06.1979" (urodzony), Korean 생년월일 and 생일, Arabic ميلاد ("تاريخ الميلاد", "ميلاده").
  ' ur. ',
  '(ur. ',
  '생년월일',
  '생일',
  'ميلاد',
  // Italian "data di nascita"; Hindi जन्म तिथि ("date of birth"); Greek "ημ. γέννησης", "γεν.".
  'nascita',
  'जन्म',
  'γέννησης',
  'γεν.',
  // Italian "nato il"; Persian "تاریخ تولد"; Vietnamese "ngày sinh", "sinh ngày"; Somali "taariikhda dhalashada";
  // Spanish "nac." (nacida, nacimiento).
  'nato il',
  'nata il',
  // Polish "data urodzenia".
  'urodzenia',
  'تولد',
  'ngày sinh',
  'sinh ngày',
  'dhalashada',
  '(nac. ',
  ' nac. ',
  // Turkish "doğum tarihi" (date of birth).
  'doğum',
  // Portuguese "DN" (data de nascimento), Spanish "FN" (fecha de nacimiento): "DN: 22/09/1975", "(FN 09/03/2014)".
  'dn:',
  ', dn ',
  '(dn ',
  'fn:',
  '(fn ',
  // German "geb. 03.05.2015" (geboren); Amharic "የትውልድ ቀን" (date of birth).
  'geb. ',
  'የትውልድ',
  // Ukrainian "Дата народження".
  'народження',
  // Hmong "hnub yug" (birthday); Tagalog "kapanganakan"; Georgian "დაბადების თარიღი"; Hebrew "תאריך לידה", "נולד";
  // Thai "วันเกิด", "วันเดือนปีเกิด"; Lao "ວັນເກີດ"; Khmer "ថ្ងៃខែឆ្នាំកំណើត"; Armenian "ծննդյան ամսաթիվ", "ծնվել".
  'hnub yug',
  'kapanganakan',
  'დაბადების',
  'לידה',
  'נולד',
  'วันเกิด',
  'ปีเกิด',
  'ເກີດ',
  'កំណើត',
  'ծննդյան',
  'ծնվել',
  // Written in Latin letters: Ukrainian "datu narodzhennia", Russian "data rozhdeniya", Korean "saengnyeonworil"
  // (생년월일) and "saengil" (birthday).
  'narodzhen',
  'rozhdeni',
  'saengnyeon',
  'saengil',
];

/** Every birth word ("date of birth", "birthday", "fecha de nacimiento", "nació") contains one of these. */
/** "D0B" is how a scanned or faxed form's "DOB" comes out of character recognition. */
export const BIRTH_HINTS: readonly string[] = [
  'born',
  'birth',
  'dob',
  'd.o.b',
  'd o b',
  'naci',
  'de nac',
  'nací',
  // Portuguese: "data de nascimento"; French: "date de naissance".
  'nasc',
  'naissance',
  'née le',
  'né le',
  'd0b',
  ...FOREIGN_BIRTH_WORDS,
];

/**
 * A driving licence in German ("Führerschein-Nr."), Vietnamese ("số bằng lái xe"), Chinese ("加州驾照"), Korean ("운전면허")
 * and Arabic ("الرخصة").
 */
export const LICENCE_WORDS_ABROAD: readonly string[] = [
  'führerschein',
  // Japanese "運転免許証番号：第302104587760号"; Russian "водительского удостоверения", Ukrainian "посвідчення водія".
  '運転免許',
  'водительск',
  'посвідчення водія',
  'bằng lái',
  // Vietnamese typed without its marks: "bang lai xe California so Y5093318".
  'bang lai',
  // Italian "Patente italiana n. MI5123488T", "numero di patente".
  'patente',
  '驾照',
  '駕照',
  '운전면허',
  'الرخصة',
  // Russian "права" (a driver's rights, as callers call the licence); Georgian "მართვის მოწმობა"; Hebrew "רישיון
  // נהיגה"; Thai "ใบขับขี่"; Armenian "վարորդական"; Persian "گواهینامه"; Hmong "daim ntawv tsav tsheb".
  'права',
  'მართვის',
  'רישיון',
  'ใบขับขี่',
  'վարորդական',
  'گواهینامه',
  'tsav tsheb',
];

/** "licen" covers both spellings; "dl" field names ("dl_number"); a learner's permit is a licence; "MA lic S48210937". */
export const LICENCE_HINTS: readonly string[] = [
  'licen',
  'dl',
  'permit',
  ' lic ',
  'permis',
  'drivers_lic',
  ...LICENCE_WORDS_ABROAD,
];

/**
 * The word for a passport: Spanish-speaking callers say "pasaporte"; French and Portuguese write "passeport" and
 * "passaporte", Haitian Creole "paspò"; Polish, Russian, Arabic ("جواز سفر"), Korean, Chinese, Vietnamese and Japanese their own words.
 */
export const PASSPORT_WORDS: readonly string[] = [
  'passport',
  'pasaporte',
  'passeport',
  'passaporte',
  'passaporto',
  // Haitian Creole "paspò ayisyen"; Hindi "पासपोर्ट".
  'paspò',
  'पासपोर्ट',
  'διαβατήριο',
  'διαβατηρίου',
  'paszport',
  'паспорт',
  'جواز',
  '여권',
  '护照',
  '護照',
  'hộ chiếu',
  '旅券',
  // Hebrew "דרכון", Georgian "პასპორტი", Armenian "անձնագիր", Thai "หนังสือเดินทาง", Persian "گذرنامه", Khmer
  // "លិខិតឆ្លងដែន".
  'דרכון',
  'პასპორტ',
  'անձնագ',
  'หนังสือเดินทาง',
  'گذرنامه',
  'លិខិតឆ្លងដែន',
];

/** The passport words, and "PP 566120984", "PP#": rosters' short form, which the recognizer reads as a word. */
export const PASSPORT_HINTS: readonly string[] = [...PASSPORT_WORDS, 'pp ', 'pp#', 'pp:'];

export const ID_HINTS: readonly string[] = [...BIRTH_HINTS, ...LICENCE_HINTS, ...PASSPORT_HINTS];
