/**
 * Words that put a bank's account in the same call or the same breath ("pay the loan from my checking
 * account", "direct deposit"): then an account number nearby may well be a bank's.
 */
export const BANKING =
  /(?<![a-z])(?:bank|banking|checking|savings|routing|aba|direct deposit|wire|ach|eft|credit union|deposit (?:it|to|into))(?![a-z])/;
