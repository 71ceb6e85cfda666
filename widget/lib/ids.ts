const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 22 URL-safe characters (132 random bits): browser ids and idempotency keys. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(22));
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 63];
  return out;
}
