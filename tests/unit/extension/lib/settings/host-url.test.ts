import { describe, expect, it } from 'vitest';
import { validateHostUrl } from '../../../../../extension/lib/settings/host-url.ts';

describe('validateHostUrl', () => {
  it.each([
    ['https://calls.example.com', 'https://calls.example.com'],
    ['  https://calls.example.com/api/  ', 'https://calls.example.com/api'],
    ['http://127.0.0.1:8790', 'http://127.0.0.1:8790'],
    ['http://localhost:3000/', 'http://localhost:3000'],
  ])('accepts %s as %s', (input, url) => {
    expect(validateHostUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter the host URL/],
    ['calls example com', /is not a valid URL/],
    ['calls.example.com', /is not a valid URL/],
    ['ftp://calls.example.com', /must start with https/],
    ['http://calls.example.com', /Use https/],
    ['https://user:pw@calls.example.com', /user name and password/],
    ['https://calls.example.com/?a=1', /"\?" or "#"/],
  ])('rejects %j with a message saying what to fix', (input, message) => {
    const result = validateHostUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
