// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadState, saveState } from '../../../widget/lib/persistence.ts';
import type { StoredState } from '../../../widget/lib/stored-state.ts';

const now = new Date('2026-11-30T12:00:00Z');
// Fixture of the version 1 layout as written to localStorage.
const v1Fixture: StoredState = {
  v: 1,
  browserId: 'AbCdEfGh12345678',
  saleSharing: { decision: 'opt-out', source: 'link', at: '2026-11-01T10:00:00.000Z' },
  lastOptOutAt: '2026-11-01T10:00:00.000Z',
};

describe('persistence', () => {
  beforeEach(() => {
    localStorage.clear();
    // biome-ignore lint/suspicious/noDocumentCookie: the widget under test writes document.cookie itself.
    for (const c of document.cookie.split('; ')) document.cookie = `${c.split('=')[0]}=; Max-Age=0; Path=/`;
  });

  it('reads the version 1 fixture back unchanged', () => {
    localStorage.setItem('quietline:state:demo', JSON.stringify(v1Fixture));
    expect(loadState('demo', now)).toEqual(v1Fixture);
  });

  it('starts fresh on corrupt or unknown-version data', () => {
    localStorage.setItem('quietline:state:demo', '{"v":99,"browserId":"x"}');
    const state = loadState('demo', now);
    expect(state.v).toBe(1);
    expect(state.saleSharing).toBeUndefined();
  });

  it('the first-party cookie restores an opt-out when localStorage was cleared', () => {
    saveState('demo', v1Fixture);
    expect(document.cookie).toContain('quietline_demo=1.AbCdEfGh12345678.o-');
    localStorage.clear();
    const state = loadState('demo', now);
    expect(state.browserId).toBe('AbCdEfGh12345678');
    expect(state.saleSharing?.decision).toBe('opt-out');
  });
});
