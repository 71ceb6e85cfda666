import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptOutDecision } from '../../shared/api/opt-outs.ts';
import { dialogCatalogs } from '../../shared/i18n/dialog-catalogs.ts';
import { format } from '../../shared/i18n/pick-locale.ts';
import type { DialogContext } from '../lib/dialog-contract.ts';
import type { Decisions } from '../lib/store.ts';
import { safeHref } from '../lib/safe-url.ts';
import { withOverrides } from '../lib/texts.ts';
import { ChoicePair } from './components/choice-pair.tsx';
import { ConfirmOptIn } from './components/confirm-opt-in.tsx';
import { trapTab } from './focus-trap.ts';

type Phase = 'edit' | 'confirm-opt-in' | 'saving' | 'saved' | 'queued';

/**
 * The privacy choices dialog. After the link opens it, each choice is one click on one of two equal
 * buttons (§7004(a)(2)); only opting back in to sale/sharing adds a separate confirmation (§7028).
 */
export function App({ context, onDone }: { context: DialogContext; onDone: () => void }) {
  const { config, lang } = context;
  const t = withOverrides(dialogCatalogs[lang], config, lang);
  const [state, setState] = useState(context.getState);
  // An "allow" shows as the current choice only once the visitor picked it here: nothing is pre-selected.
  const [allowed, setAllowed] = useState<{ sale?: boolean; sensitive?: boolean }>({});
  const [phase, setPhase] = useState<Phase>('edit');
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmYes = useRef<HTMLButtonElement>(null);
  const saleOptOut = useRef<HTMLButtonElement>(null);
  const saleAllow = useRef<HTMLButtonElement>(null);
  const sensitiveLimit = useRef<HTMLButtonElement>(null);
  const leftConfirm = useRef(false);

  useEffect(() => context.subscribe(setState), [context]);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    (context.focus === 'sensitive' ? sensitiveLimit : saleOptOut).current?.focus();
  }, [context.focus]);

  // A queued choice that reaches the host while the dialog is open updates the message.
  useEffect(() => {
    if (phase === 'queued' && state.pendingSync === 0) setPhase('saved');
  }, [phase, state.pendingSync]);

  // The confirmation replaces the buttons and back again: keep keyboard focus inside the dialog.
  useEffect(() => {
    if (phase === 'confirm-opt-in') {
      leftConfirm.current = true;
      confirmYes.current?.focus();
    } else if (leftConfirm.current && phase !== 'saving') {
      leftConfirm.current = false;
      saleAllow.current?.focus();
    }
  }, [phase]);

  const save = async (decisions: Decisions) => {
    setPhase('saving');
    const result = await context.save(decisions);
    if (decisions.saleSharing === 'opt-in') setAllowed((a) => ({ ...a, sale: true }));
    if (decisions.sensitive === 'opt-in') setAllowed((a) => ({ ...a, sensitive: true }));
    setPhase(result);
  };

  const chooseSale = (value: OptOutDecision) => {
    // Opting in while opted out (an earlier opt-out, or a known under-16 audience) is request, then confirm.
    if (value === 'opt-in' && state.saleSharingOptedOut) setPhase('confirm-opt-in');
    else void save({ saleSharing: value });
  };

  const close = () => {
    dialog.current?.close();
    onDone();
  };

  const current = (optedOut: boolean, chosenAllow: boolean | undefined): OptOutDecision | undefined =>
    optedOut ? 'opt-out' : chosenAllow ? 'opt-in' : undefined;
  const policy = safeHref(config.privacyPolicyUrl, location.href);
  const busy = phase === 'saving';
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
        <ConfirmOptIn
          question={state.knownMinorAudience && !state.lastOptOutAt ? t.confirmMinorOptIn : t.confirmOptIn}
          yes={t.confirmYes}
          no={t.confirmNo}
          yesRef={confirmYes}
          onYes={() => void save({ saleSharing: 'opt-in' })}
          onNo={() => setPhase('edit')}
        />
      ) : (
        <>
          <ChoicePair
            id="ql-sale"
            legend={t.saleLegend}
            protectiveLabel={t.saleOptOut}
            permissiveLabel={t.saleAllow}
            current={current(state.saleSharingOptedOut, allowed.sale)}
            permissiveDisabled={state.gpc}
            busy={busy}
            onChoose={chooseSale}
            protectiveRef={saleOptOut}
            permissiveRef={saleAllow}
          >
            {state.gpcHonored && <p class="honored">{t.gpcHonored}</p>}
            {state.gpc && <p class="note">{t.gpcExplain}</p>}
            {state.gpc && <p class="note">{t.gpcLocked}</p>}
            {!state.gpc && state.saleSharingOptedOut && <p class="note">{t.optedOutStatus}</p>}
            {state.knownMinorAudience && <p class="note">{t.minorNotice}</p>}
          </ChoicePair>
          {state.usesSensitivePi && (
            <ChoicePair
              id="ql-sensitive"
              legend={t.sensitiveLegend}
              protectiveLabel={t.sensitiveLimit}
              permissiveLabel={t.sensitiveAllow}
              current={current(state.sensitiveLimited, allowed.sensitive)}
              busy={busy}
              onChoose={(value) => void save({ sensitive: value })}
              protectiveRef={sensitiveLimit}
            >
              {state.sensitiveLimited && <p class="note">{t.sensitiveLimitedStatus}</p>}
            </ChoicePair>
          )}
          <div class="actions">
            <button type="button" class="close" onClick={close}>
              {t.close}
            </button>
            {policy && (
              <a href={policy} target="_blank" rel="noopener noreferrer">
                {t.policyLink}
              </a>
            )}
          </div>
        </>
      )}
      <p class="status" role="status">
        {phase === 'saved' ? t.saved : phase === 'queued' ? t.queued : ''}
      </p>
    </dialog>
  );
}
