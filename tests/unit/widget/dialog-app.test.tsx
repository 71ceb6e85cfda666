// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteConfig } from '../../../shared/api/sites.ts';
import { App } from '../../../widget/app/app.tsx';
import type { DialogContext } from '../../../widget/lib/dialog-contract.ts';
import type { Decisions, WidgetState } from '../../../widget/lib/store.ts';

const config: SiteConfig = {
  key: 'demo',
  name: 'Acme',
  linkStyle: 'privacy-choices',
  usesSensitivePi: false,
  knownMinorAudience: false,
  privacyPolicyUrl: '/privacy',
  languages: ['en', 'es'],
  defaultLanguage: 'en',
};
const baseState: WidgetState = {
  ready: true,
  saleSharingOptedOut: false,
  sensitiveLimited: false,
  gpc: false,
  gpcHonored: false,
  knownMinorAudience: false,
  usesSensitivePi: false,
  gppString: 'DBABLA~x',
  uspString: '1YNN',
  pendingSync: 0,
  lastOptOutAt: undefined,
};
const tick = () => new Promise((r) => setTimeout(r, 0));
// Focus moves in an effect, which Preact runs after the next frame.
const focused = (el: Element | undefined) => vi.waitFor(() => expect(document.activeElement).toBe(el));

function mountApp(state: Partial<WidgetState>, overrides: Partial<DialogContext> = {}) {
  const saved: Decisions[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  const context: DialogContext = {
    lang: 'en',
    config,
    focus: 'sale',
    nonce: undefined,
    now: () => new Date('2026-11-30T12:00:00Z'),
    getState: () => ({ ...baseState, ...state }),
    subscribe: () => () => undefined,
    save: async (d) => {
      saved.push(d);
      return 'saved';
    },
    onClose: () => undefined,
    ...overrides,
  };
  render(<App context={context} onDone={() => undefined} />, container);
  const buttons = () => [...container.querySelectorAll('button')];
  const button = (label: string) => buttons().find((b) => b.textContent === label);
  const click = async (label: string) => {
    const target = button(label);
    if (!target) throw new Error(`no button "${label}"`);
    target.click();
    await tick();
  };
  const pressed = () =>
    buttons()
      .filter((b) => b.getAttribute('aria-pressed') === 'true')
      .map((b) => b.textContent);
  return { container, saved, button, click, pressed };
}

describe('choices dialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opting out of sale and sharing is one click, and says it is saved', async () => {
    const { saved, click, container, pressed } = mountApp({});
    await click('Opt out of sale and sharing');
    expect(saved).toEqual([{ saleSharing: 'opt-out' }]);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Your choices are saved.');
    expect(container.querySelector('input')).toBeNull();
    expect(pressed()).toEqual([]); // the test context does not push the new state; the store does
  });

  it('allowing is one click too, on a button of the same kind, with nothing pre-selected', async () => {
    const { saved, click, button, pressed } = mountApp({});
    const optOut = button('Opt out of sale and sharing');
    const allow = button('Allow sale and sharing');
    expect(pressed()).toEqual([]);
    expect(allow?.className).toBe(optOut?.className);
    expect(allow?.parentElement).toBe(optOut?.parentElement);
    await focused(optOut);
    await click('Allow sale and sharing');
    expect(saved).toEqual([{ saleSharing: 'opt-in' }]);
    expect(pressed()).toEqual(['Allow sale and sharing']);
  });

  it('opting back in after an opt-out asks for a separate confirmation first', async () => {
    const { saved, click, button, container, pressed } = mountApp({
      saleSharingOptedOut: true,
      lastOptOutAt: '2026-06-01T00:00:00.000Z',
    });
    expect(container.textContent).toContain('You have opted out of the sale and sharing');
    expect(pressed()).toEqual(['Opt out of sale and sharing']);
    await click('Allow sale and sharing');
    expect(saved).toEqual([]);
    expect(container.textContent).toContain('You opted out earlier.');
    await focused(button('Yes, allow sale and sharing'));
    await click('No, keep my opt-out');
    expect(saved).toEqual([]);
    await focused(button('Allow sale and sharing'));
    await click('Allow sale and sharing');
    await click('Yes, allow sale and sharing');
    expect(saved).toEqual([{ saleSharing: 'opt-in' }]);
  });

  it('known under-16 audience: shown as opted out, and opting in is request then confirm', async () => {
    const { saved, click, container, pressed } = mountApp({
      saleSharingOptedOut: true,
      knownMinorAudience: true,
    });
    expect(container.textContent).toContain('under 16 unless they opt in');
    expect(pressed()).toEqual(['Opt out of sale and sharing']);
    await click('Allow sale and sharing');
    expect(saved).toEqual([]);
    expect(container.textContent).toContain('only a parent or guardian may agree');
    await click('Yes, allow sale and sharing');
    expect(saved).toEqual([{ saleSharing: 'opt-in' }]);
  });

  it('with GPC: shows Opt-Out Request Honored as the current choice and locks allowing', () => {
    const { button, container, pressed } = mountApp({
      gpc: true,
      gpcHonored: true,
      saleSharingOptedOut: true,
    });
    expect(container.textContent).toContain('Opt-Out Request Honored');
    expect(button('Allow sale and sharing')?.disabled).toBe(true);
    expect(pressed()).toEqual(['Opt out of sale and sharing']);
  });

  it('limiting sensitive PI is one click either way, from its own pair of buttons', async () => {
    const { saved, click, button } = mountApp({ usesSensitivePi: true }, { focus: 'sensitive' });
    const limit = button('Limit use to what is needed to provide the service');
    await focused(limit);
    await click('Limit use to what is needed to provide the service');
    await click('Allow other uses');
    expect(saved).toEqual([{ sensitive: 'opt-out' }, { sensitive: 'opt-in' }]);
  });

  it('tells the visitor when the choice waits offline to be sent', async () => {
    // As in the page: a queued choice is counted as pending, else the dialog would show it as sent.
    const { click, container } = mountApp({ pendingSync: 1 }, { save: async () => 'queued' });
    await click('Opt out of sale and sharing');
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/saved on this device/);
  });

  it('site texts are shown as text, and a javascript: policy URL is not linked', () => {
    const { container } = mountApp(
      {},
      {
        config: { ...config, privacyPolicyUrl: 'javascript:alert(1)', texts: { en: { title: '<b>Hi</b>' } } },
      },
    );
    expect(container.querySelector('h2')?.textContent).toBe('<b>Hi</b>');
    expect(container.querySelector('h2 b')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
  });
});
