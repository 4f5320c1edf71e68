// Small shared controls of the shell: a toggle button and a labelled select, with visible focus rings.
import { useId, type ReactNode } from 'react';

const base =
  'inline-flex items-center gap-1 whitespace-nowrap rounded-md border px-2.5 py-1.5 text-sm font-medium focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent';

/** Class names for a toolbar button, pressed or not. */
export function buttonClass(pressed = false): string {
  return `${base} ${pressed ? 'border-accent bg-accent text-white' : 'border-muted/50 bg-white text-ink hover:bg-black/5'}`;
}

/** A button with aria-pressed state. */
export function ToggleButton(props: { pressed: boolean; onClick: () => void; children: ReactNode; controls?: string }) {
  return (
    <button type="button" aria-pressed={props.pressed} aria-controls={props.pressed ? props.controls : undefined} onClick={props.onClick} className={buttonClass(props.pressed)}>
      {props.children}
    </button>
  );
}

/** A native select with a visible label. */
export function LabelledSelect<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
  hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className={props.hideLabel ? 'sr-only' : 'text-muted'}>
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => {
          const chosen = props.options.find((o) => o.value === e.target.value);
          if (chosen) props.onChange(chosen.value);
        }}
        className="max-w-44 rounded-md border border-muted/50 bg-white px-2 py-1.5 text-sm text-ink focus-visible:outline-3 focus-visible:outline-accent"
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
