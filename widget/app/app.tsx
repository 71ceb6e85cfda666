import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptOutDecision } from '../../shared/api/opt-outs.ts';
import { dialogCatalogs } from '../../shared/i18n/dialog-catalogs.ts';
import { format } from '../../shared/i18n/pick-locale.ts';
import type { DialogContext } from '../lib/dialog-contract.ts';
import { safeHref } from '../lib/safe-url.ts';
import { withOverrides } from '../lib/texts.ts';
import { ChoiceGroup } from './components/choice-group.tsx';
import { trapTab } from './focus-trap.ts';

type Phase = 'edit' | 'confirm-opt-in' | 'saving' | 'saved' | 'queued';
const decisionOf = (optedOut: boolean): OptOutDecision => (optedOut ? 'opt-out' : 'opt-in');

/** The privacy choices dialog: one radio group per right, one Save, same steps either way (§7004). */
export function App({ context, onDone }: { context: DialogContext; onDone: () => void }) {
  const { config, lang } = context;
  const t = withOverrides(dialogCatalogs[lang], config, lang);
  const [state, setState] = useState(context.getState);
  const [sale, setSale] = useState(decisionOf(state.saleSharingOptedOut));
  const [sensitive, setSensitive] = useState(decisionOf(state.sensitiveLimited));
  const [phase, setPhase] = useState<Phase>('edit');
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmYes = useRef<HTMLButtonElement>(null);

  useEffect(() => context.subscribe(setState), [context]);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    const group = context.focus === 'sensitive' ? 'ql-sensitive' : 'ql-sale';
    el.querySelector<HTMLInputElement>(`input[name="${group}"]:checked`)?.focus();
  }, [context.focus]);

  // A queued choice that reaches the host while the dialog is open updates the message.
  useEffect(() => {
    if (phase === 'queued' && state.pendingSync === 0) setPhase('saved');
  }, [phase, state.pendingSync]);

  // The Save button disappears when the confirmation shows: keep keyboard focus inside the dialog.
  useEffect(() => {
    if (phase === 'confirm-opt-in') confirmYes.current?.focus();
  }, [phase]);

  const save = async (confirmed: boolean) => {
    // Civ. Code 1798.135 / §7028: opting back in after an opt-out is a request, then a separate confirmation.
    if (!confirmed && sale === 'opt-in' && state.saleSharingOptedOut && state.lastOptOutAt) {
      setPhase('confirm-opt-in');
      return;
    }
    setPhase('saving');
    const result = await context.save({
      saleSharing: sale,
      ...(state.usesSensitivePi ? { sensitive } : {}),
    });
    setPhase(result);
  };

  const close = () => {
    dialog.current?.close();
    onDone();
  };

  const policy = safeHref(config.privacyPolicyUrl, location.href);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="ql-title"
      aria-describedby="ql-intro"
      lang={lang}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={(event) => dialog.current && trapTab(event, dialog.current)}
    >
      <h2 id="ql-title">{t.title}</h2>
      <p id="ql-intro">{format(t.intro, { site: config.name })}</p>
      {phase === 'confirm-opt-in' ? (
        <div role="alertdialog" aria-labelledby="ql-confirm">
          <p id="ql-confirm">{t.confirmOptIn}</p>
          <div class="actions">
            <button type="button" class="primary" ref={confirmYes} onClick={() => void save(true)}>
              {t.confirmYes}
            </button>
            <button type="button" onClick={() => setPhase('edit')}>
              {t.confirmNo}
            </button>
          </div>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(false);
          }}
        >
          <ChoiceGroup
            name="ql-sale"
            legend={t.saleLegend}
            value={sale}
            protectiveLabel={t.saleOptOut}
            permissiveLabel={t.saleAllow}
            permissiveDisabled={state.gpc}
            onChange={setSale}
          >
            {state.gpcHonored && <p class="honored">{t.gpcHonored}</p>}
            {state.gpc && <p class="note">{t.gpcExplain}</p>}
            {state.gpc && <p class="note">{t.gpcLocked}</p>}
            {!state.gpc && state.saleSharingOptedOut && <p class="note">{t.optedOutStatus}</p>}
            {state.knownMinorAudience && <p class="note">{t.minorNotice}</p>}
          </ChoiceGroup>
          {state.usesSensitivePi && (
            <ChoiceGroup
              name="ql-sensitive"
              legend={t.sensitiveLegend}
              value={sensitive}
              protectiveLabel={t.sensitiveLimit}
              permissiveLabel={t.sensitiveAllow}
              onChange={setSensitive}
            />
          )}
          <div class="actions">
            <button type="submit" class="primary" disabled={phase === 'saving'}>
              {t.save}
            </button>
            <button type="button" onClick={close}>
              {t.close}
            </button>
            {policy && (
              <a href={policy} target="_blank" rel="noopener noreferrer">
                {t.policyLink}
              </a>
            )}
          </div>
        </form>
      )}
      <p class="status" role="status">
        {phase === 'saved' ? t.saved : phase === 'queued' ? t.queued : ''}
      </p>
    </dialog>
  );
}
