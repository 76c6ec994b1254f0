// An on/off switch over a stored value: it flips at once, and follows the stored value after.
import { useEffect, useState, type ReactNode } from 'react';
import './Switch.css';

interface Props {
  checked: boolean;
  onChange(on: boolean): void;
  children: ReactNode;
  /** Shown but not usable (the site switch while everything is paused). */
  disabled?: boolean;
}

export function Switch({ checked, onChange, children, disabled = false }: Props) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <label className={`switch${disabled ? ' is-disabled' : ''}`}>
      <input
        type="checkbox"
        role="switch"
        disabled={disabled}
        checked={shown}
        onChange={(e) => {
          setShown(e.currentTarget.checked);
          onChange(e.currentTarget.checked);
        }}
      />
      <span>{children}</span>
    </label>
  );
}
