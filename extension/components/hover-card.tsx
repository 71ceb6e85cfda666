import { useState } from 'preact/hooks';
import { LABEL_COLOURS, LABEL_NAMES, type PiiLabel } from '../lib/labels.ts';

export type HoverCardProps = {
  label: PiiLabel;
  score: number;
  masked: string;
  recordId: string | null;
  onCopy: () => Promise<void>;
};

/** The card shown over a highlighted value: what it is, how sure the engine is, and safe actions. */
export function HoverCard({ label, score, masked, recordId, onCopy }: HoverCardProps) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="card" role="dialog" aria-label={`${LABEL_NAMES[label]} found`}>
      <div class="title">
        <span class="swatch" style={{ background: LABEL_COLOURS[label] }} />
        {LABEL_NAMES[label]}
        <span class="score">{Math.round(score * 100)}% sure</span>
      </div>
      <div class="value">{masked}</div>
      {recordId ? <div class="record">Record {recordId}</div> : null}
      <button
        type="button"
        onClick={() => {
          void onCopy().then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy masked value'}
      </button>
    </div>
  );
}

export const HOVER_CARD_CSS = `
.card { font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #c8c8d0;
  border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 8px 10px; min-width: 180px; }
.title { display: flex; align-items: center; gap: 6px; font-weight: 600; }
.swatch { width: 12px; height: 12px; border-radius: 2px; border: 1px solid #888; }
.score { margin-left: auto; font-weight: 400; color: #444; }
.value { font-family: ui-monospace, monospace; margin: 4px 0; }
.record { color: #444; font-size: 12px; margin-bottom: 4px; }
button { font: inherit; padding: 2px 8px; border: 1px solid #667; border-radius: 4px; background: #f4f4f8;
  color: #111; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
`;
