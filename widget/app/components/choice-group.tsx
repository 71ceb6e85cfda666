import type { ComponentChildren } from 'preact';
import type { OptOutDecision } from '../../../shared/api/opt-outs.ts';

export interface ChoiceGroupProps {
  name: string;
  legend: string;
  value: OptOutDecision;
  protectiveLabel: string;
  permissiveLabel: string;
  /** GPC or policy can lock the less protective option. */
  permissiveDisabled?: boolean;
  onChange: (value: OptOutDecision) => void;
  children?: ComponentChildren;
}

/** §7004(a)(2): both options are equal radios in one group; neither is pre-styled to nudge. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const option = (value: OptOutDecision, label: string, disabled: boolean) => (
    <label class={disabled ? 'disabled' : undefined}>
      <input
        type="radio"
        name={props.name}
        value={value}
        checked={props.value === value}
        disabled={disabled}
        onChange={() => props.onChange(value)}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.children}
      {option('opt-out', props.protectiveLabel, false)}
      {option('opt-in', props.permissiveLabel, props.permissiveDisabled === true)}
    </fieldset>
  );
}
