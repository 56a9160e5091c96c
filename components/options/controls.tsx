import type { ComponentChildren } from 'preact';
import { formatMessage } from '@/utils/settings/messages';
import type { NumberField } from '@/utils/settings/schema';
import { STRINGS } from './strings';

// Small accessible form controls for the options page: native inputs with visible labels, so the keyboard,
// screen readers and the browser's own focus handling all work without extra code.

export function Section(props: { id: string; title: string; intro?: string; busy?: boolean; children: ComponentChildren }) {
  const { id, title, intro, busy, children } = props;
  return (
    <section class="bs-card" aria-labelledby={`${id}-title`} aria-busy={busy ? true : undefined}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="bs-intro">{intro}</p>}
      {children}
    </section>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  layout?: 'stack' | 'row';
  disabled?: boolean;
}) {
  const { name, legend, options, value, onChange, layout = 'row', disabled } = props;
  return (
    <fieldset class={`bs-radios bs-radios-${layout}`} disabled={disabled}>
      <legend>{legend}</legend>
      <div class="bs-radio-list">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <label class="bs-radio" for={id} key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <span class="bs-radio-text">
                <span class="bs-radio-label">{option.label}</span>
                {option.hint && (
                  <span class="bs-hint" id={`${id}-hint`}>
                    {option.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Toggle(props: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, hint, checked, onChange } = props;
  return (
    <div class="bs-toggle">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>
        {label}
        {hint && (
          <span class="bs-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}

export function formatValue(field: NumberField, value: number): string {
  const decimals = String(field.step).split('.')[1]?.length ?? 0;
  return formatMessage(STRINGS.appearance.units[field.unit], { value: value.toFixed(decimals) });
}

export function RangeField(props: { id: string; label: string; field: NumberField; value: number; onChange: (value: number) => void }) {
  const { id, label, field, value, onChange } = props;
  const text = formatValue(field, value);
  return (
    <div class="bs-range">
      <div class="bs-range-head">
        <label for={id}>{label}</label>
        <output for={id} id={`${id}-value`}>
          {text}
        </output>
      </div>
      <input
        type="range"
        id={id}
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        aria-valuetext={text}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
    </div>
  );
}

export type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** A message after an action: polite for success, an alert for errors. */
export function NoticeLine({ notice, id }: { notice: Notice; id?: string }) {
  return (
    <p id={id} class={`bs-notice ${notice ? `bs-notice-${notice.kind}` : ''}`} role={notice?.kind === 'error' ? 'alert' : 'status'}>
      {notice?.text ?? ''}
    </p>
  );
}
