import type { RefObject } from 'preact';

export interface ConfirmOptInProps {
  question: string;
  yes: string;
  no: string;
  yesRef: RefObject<HTMLButtonElement | null>;
  onYes: () => void;
  onNo: () => void;
}

/** Civ. Code 1798.135 / §7028: the second, separate step of opting back in to sale and sharing. */
export function ConfirmOptIn(props: ConfirmOptInProps) {
  return (
    <div role="alertdialog" aria-labelledby="ql-confirm">
      <p id="ql-confirm">{props.question}</p>
      <div class="pair">
        <button type="button" ref={props.yesRef} onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" onClick={props.onNo}>
          {props.no}
        </button>
      </div>
    </div>
  );
}
