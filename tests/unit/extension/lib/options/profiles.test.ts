import { describe, expect, it } from 'vitest';
import {
  addProfile,
  connectWithString,
  removeProfile,
} from '../../../../../extension/lib/options/profiles.ts';
import { defaultSettings } from '../../../../../extension/lib/settings/defaults.ts';
import { encodeConnectionString } from '../../../../../shared/api/connection.ts';

const token = 'qlt_profileTest_0123456789';

describe('host profiles', () => {
  it('a pasted connection string adds the host as the active profile', () => {
    const result = connectWithString(
      defaultSettings(),
      encodeConnectionString({ v: 1, host: 'https://calls.example.com/', token }),
    );
    expect(result).toMatchObject({
      ok: true,
      settings: {
        activeProfileId: 'calls-example-com',
        profiles: [{ hostUrl: 'https://calls.example.com', token }],
      },
    });
  });

  it('a damaged connection string or a malformed host gives the reason', () => {
    expect(connectWithString(defaultSettings(), 'hello')).toMatchObject({ ok: false, message: /QL1:/ });
    expect(addProfile(defaultSettings(), 'not a url', token)).toMatchObject({
      ok: false,
      message: /not a valid URL/,
    });
    expect(addProfile(defaultSettings(), 'https://calls.example.com', ' ')).toMatchObject({
      ok: false,
      message: /token/,
    });
  });

  it('saving the same host again replaces it; removing the active one activates the next', () => {
    const one = addProfile(defaultSettings(), 'https://a.example.com', token);
    if (!one.ok) throw new Error(one.message);
    const two = addProfile(one.settings, 'https://b.example.com', token);
    if (!two.ok) throw new Error(two.message);
    const again = addProfile(two.settings, 'https://b.example.com', `${token}x`);
    if (!again.ok) throw new Error(again.message);
    expect(again.settings.profiles.map((p) => p.id)).toEqual(['a-example-com', 'b-example-com']);
    expect(again.settings.profiles[1]?.token).toBe(`${token}x`);
    expect(removeProfile(again.settings, 'b-example-com').activeProfileId).toBe('a-example-com');
    expect(
      removeProfile(removeProfile(again.settings, 'b-example-com'), 'a-example-com').activeProfileId,
    ).toBeNull();
  });
});
