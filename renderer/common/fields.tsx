/**
 * Small form controls shared by the inspector and the tables. Number fields keep the text the user
 * types (so "0." or "-" mid-typing is not destroyed) and commit only numbers that parse.
 */
import { useId, useState, type ReactNode } from 'react';
import { formatNumber } from '../format.ts';

export function Field({
  label,
  children,
  hint,
  error,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : hint ? (
        <div className="field__hint">{hint}</div>
      ) : null}
    </div>
  );
}

function parseNumber(text: string): number | null {
  const cleaned = text
    .replace(/,/g, '')
    .replace(/\u2212/g, '-')
    .trim();
  if (cleaned === '' || !/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

export interface NumberInputProps {
  value: number | undefined;
  onCommit(value: number | undefined): void;
  id?: string;
  ariaLabel?: string;
  allowEmpty?: boolean;
  className?: string;
  placeholder?: string;
  min?: number;
  max?: number;
  /**
   * Show and type a fraction as a percentage (0.035 as "3.5" beside a % sign). Files keep
   * fractions (docs/method.md section 1); people think of deadweight and growth in per cent.
   */
  percent?: boolean;
}

/** Percent in, fraction out, without float noise such as 0.030971000000000003. */
const fromPercent = (n: number) => Number((n / 100).toPrecision(12));
const toPercent = (v: number) => Number((v * 100).toPrecision(12));

export function NumberInput({
  value,
  onCommit,
  id,
  ariaLabel,
  allowEmpty = false,
  className,
  placeholder,
  min,
  max,
  percent = false,
}: NumberInputProps) {
  const show = (v: number | undefined) =>
    v === undefined ? '' : formatNumber(percent ? toPercent(v) : v).replace(/,/g, '');
  const parse = (t: string) => {
    const n = parseNumber(t);
    return n === null || !percent ? n : fromPercent(n);
  };
  const [text, setText] = useState(show(value));
  const [focused, setFocused] = useState(false);
  // Follow outside changes (undo, a slider) unless the user is typing in this field.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (!focused) setText(show(value));
  }
  const parsed = parse(text);
  const outOfRange = parsed !== null && ((min !== undefined && parsed < min) || (max !== undefined && parsed > max));
  const invalid = (text.trim() === '' ? !allowEmpty : parsed === null) || outOfRange;
  const input = (
    <input
      id={id}
      aria-label={ariaLabel}
      aria-invalid={invalid || undefined}
      className={`num-input ${invalid ? 'is-invalid' : ''} ${className ?? ''}`}
      inputMode="decimal"
      value={text}
      placeholder={placeholder}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        setText(show(value));
      }}
      onChange={(e) => {
        setText(e.target.value);
        const n = parse(e.target.value);
        if (e.target.value.trim() === '' && allowEmpty) onCommit(undefined);
        else if (n !== null && !((min !== undefined && n < min) || (max !== undefined && n > max))) onCommit(n);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
  if (!percent) return input;
  return (
    <span className="num-input-percent">
      {input}
      <span aria-hidden="true">%</span>
    </span>
  );
}

export function Select<T extends string>({
  id,
  value,
  options,
  onChange,
  ariaLabel,
}: {
  id?: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
  ariaLabel?: string;
}) {
  return (
    <select id={id} aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <h3>{title}</h3>
      {children ? <div className="empty-state__body">{children}</div> : null}
    </div>
  );
}
