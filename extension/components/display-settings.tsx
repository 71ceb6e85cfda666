import { LABEL_COLOURS, LABEL_NAMES, LABELS } from '../lib/labels.ts';
import type { Settings } from '../lib/settings/schema.ts';

export type DisplaySettingsProps = { settings: Settings; onSave: (next: Settings) => void };

/** Which kinds of information to highlight, and whether values are masked for screen sharing. */
export function DisplaySettings({ settings, onSave }: DisplaySettingsProps) {
  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">What to show</h2>
      <fieldset>
        <legend>Labels</legend>
        {LABELS.map((label) => (
          <label key={label} class="check">
            <input
              type="checkbox"
              checked={settings.labels.includes(label)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                const labels = on
                  ? LABELS.filter((l) => l === label || settings.labels.includes(l))
                  : settings.labels.filter((l) => l !== label);
                onSave({ ...settings, labels });
              }}
            />
            <span class="swatch" style={{ background: LABEL_COLOURS[label] }} aria-hidden="true" />
            {LABEL_NAMES[label]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Masking</legend>
        <label class="check">
          <input
            type="radio"
            name="masking"
            checked={settings.masking === 'off'}
            onChange={() => onSave({ ...settings, masking: 'off' })}
          />
          Show values with a coloured highlight
        </label>
        <label class="check">
          <input
            type="radio"
            name="masking"
            checked={settings.masking === 'screen-share'}
            onChange={() => onSave({ ...settings, masking: 'screen-share' })}
          />
          Screen-share mode: paint over values, click one to reveal it
        </label>
      </fieldset>
    </section>
  );
}
