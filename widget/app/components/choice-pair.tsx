import type { ComponentChildren, RefObject } from 'preact';
import type { OptOutDecision } from '../../../shared/api/opt-outs.ts';

export interface ChoicePairProps {
  id: string;
  legend: string;
  protectiveLabel: string;
  permissiveLabel: string;
  /** Which button shows as the current choice; undefined when the visitor has not chosen (nothing pre-selected). */
  current: OptOutDecision | undefined;
  /** GPC locks the less protective option until the browser stops sending the signal. */
  permissiveDisabled?: boolean;
  busy: boolean;
  onChoose: (value: OptOutDecision) => void;
  protectiveRef?: RefObject<HTMLButtonElement | null>;
  permissiveRef?: RefObject<HTMLButtonElement | null>;
  children?: ComponentChildren;
}

/**
 * §7004(a)(2): each choice is one click on one of two buttons of the same size and style, so the
 * more protective path is never longer than the other. `aria-pressed` shows the current choice (§7025(c)(6)).
 */
export function ChoicePair(props: ChoicePairProps) {
  const button = (
    value: OptOutDecision,
    label: string,
    disabled: boolean,
    ref: RefObject<HTMLButtonElement | null> | undefined,
  ) => (
    <button
      type="button"
      ref={ref ?? null}
      aria-pressed={props.current === value}
      aria-disabled={props.busy}
      disabled={disabled}
      onClick={() => {
        if (!props.busy) props.onChoose(value);
      }}
    >
      {label}
    </button>
  );
  return (
    <fieldset id={props.id}>
      <legend>{props.legend}</legend>
      {props.children}
      <div class="pair">
        {button('opt-out', props.protectiveLabel, false, props.protectiveRef)}
        {button('opt-in', props.permissiveLabel, props.permissiveDisabled === true, props.permissiveRef)}
      </div>
    </fieldset>
  );
}
