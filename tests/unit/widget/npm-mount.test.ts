// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../../widget/npm.ts';

describe("mount() from 'quietline/widget'", () => {
  afterEach(() => vi.restoreAllMocks());

  it('with a bad option logs one error naming it, renders nothing and throws nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(mount({ site: 'demo', host: 'not a url' })).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('embed config field "host" is invalid');
    expect(document.querySelector('quietline-privacy-choices')).toBeNull();
  });

  it('installs the IAB APIs synchronously and answers ping before the site config arrives', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const api = mount({ site: 'demo', host: 'https://privacy.example' });
    expect(api?.getState()).toMatchObject({ ready: false, saleSharingOptedOut: false });
    const win = window as unknown as { __gpp: (c: string, cb: (d: { cmpStatus: string }) => void) => void };
    let status = '';
    win.__gpp('ping', (d) => {
      status = d.cmpStatus;
    });
    expect(status).toBe('loading');
    vi.unstubAllGlobals();
  });
});
