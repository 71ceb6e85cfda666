import { describe, expect, it } from 'vitest';
import { sha256, toHex } from '../../../../shared/pii/hash/sha256.ts';
import { abaValid } from '../../../../shared/pii/validators/aba.ts';
import { ibanValid } from '../../../../shared/pii/validators/iban.ts';
import { cardPrefixValid, luhnValid } from '../../../../shared/pii/validators/luhn.ts';
import { ssnValid } from '../../../../shared/pii/validators/ssn.ts';

describe('validators', () => {
  it('Luhn accepts test card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(cardPrefixValid('4111111111111111')).toBe(true);
    expect(cardPrefixValid('9111111111111111')).toBe(false);
  });

  it('ABA checksum', () => {
    expect(abaValid('011000015')).toBe(true);
    expect(abaValid('021000021')).toBe(true);
    expect(abaValid('011000016')).toBe(false);
    expect(abaValid('12345678')).toBe(false);
  });

  it('IBAN mod 97 and country length', () => {
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanValid('GB82WEST1234569876543')).toBe(false);
  });

  it('SSN structure', () => {
    expect(ssnValid('123456789')).toBe(true);
    for (const bad of [
      '000123456',
      '666123456',
      '900123456',
      '123001234',
      '123450000',
      '078051120',
      '111111111',
    ]) {
      expect(ssnValid(bad), bad).toBe(false);
    }
  });

  it('SHA-256 matches the FIPS 180-4 example', () => {
    expect(toHex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
