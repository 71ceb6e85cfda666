// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
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
  const radio = (label: string) =>
    [...container.querySelectorAll('label')]
      .find((l) => l.textContent?.includes(label))
      ?.querySelector('input');
  const button = (label: string) =>
    [...container.querySelectorAll('button')].find((b) => b.textContent === label);
  return { container, saved, radio, button };
}

describe('choices dialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opting out is: choose the option, save', async () => {
    const { saved, radio, button } = mountApp({});
    radio('Do not sell or share')?.click();
    await tick();
    button('Save my choices')?.click();
    await tick();
    expect(saved).toEqual([{ saleSharing: 'opt-out' }]);
  });

  it('opting back in after an opt-out asks for a separate confirmation first', async () => {
    const { saved, radio, button, container } = mountApp({
      saleSharingOptedOut: true,
      lastOptOutAt: '2026-06-01T00:00:00.000Z',
    });
    expect(container.textContent).toContain('You have opted out of the sale and sharing');
    radio('Allow sale and sharing')?.click();
    await tick();
    button('Save my choices')?.click();
    await tick();
    expect(saved).toEqual([]);
    expect(container.textContent).toContain('You opted out earlier.');
    button('Yes, allow sale and sharing')?.click();
    await tick();
    expect(saved).toEqual([{ saleSharing: 'opt-in' }]);
  });

  it('with GPC: shows Opt-Out Request Honored and locks the permissive option', () => {
    const { radio, container } = mountApp({ gpc: true, gpcHonored: true, saleSharingOptedOut: true });
    expect(container.textContent).toContain('Opt-Out Request Honored');
    expect(radio('Allow sale and sharing')?.disabled).toBe(true);
    expect(radio('Do not sell or share')?.checked).toBe(true);
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
